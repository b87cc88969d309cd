"""Which parts of the page tree are private, known without a query per request.

Wagtail asks the database on every ``.public()`` (all view restrictions) and on
every page served (the restrictions of the page and its ancestors). Private
sections are rare and change only when an editor restricts or frees a page, so
their paths are kept in Django's cache and dropped whenever a restriction is
saved or deleted, a page moves (paths change) or a new alias appears (aliases
follow their source's restrictions)."""

from django.db.models import Q
from django.db.models.signals import post_delete, post_save

from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet
from wagtail.signals import post_page_move

from .caching import cache, forget_now_and_on_commit, kept_for

CACHE_KEY = "newsroom:private-sections"


def private_sections():
    """``{"sections": [(path, depth)], "reach": [path]}``: the restricted pages,
    and the paths under which a page may be restricted (the restricted pages
    and every alias of them, as Wagtail follows aliases to their source)."""
    sections = cache.get(CACHE_KEY)
    if sections is None:
        restricted = list(
            PageViewRestriction.objects.values_list("page_id", "page__path", "page__depth")
        )
        reach = {path for _id, path, _depth in restricted}
        sources = {page_id for page_id, _path, _depth in restricted}
        while sources:
            aliases = list(Page.objects.filter(alias_of__in=sources).values_list("id", "path"))
            reach.update(path for _id, path in aliases)
            sources = {alias_id for alias_id, _path in aliases}
        sections = {
            "sections": sorted({(path, depth) for _id, path, depth in restricted}),
            "reach": sorted(reach),
        }
        cache.set(CACHE_KEY, sections, kept_for())
    return sections


def is_public(page):
    """``public()`` for one page already fetched."""
    return not any(
        page.path.startswith(path) and page.depth >= depth
        for path, depth in private_sections()["sections"]
    )


def may_be_restricted(page):
    """False when no view restriction can apply to ``page``; True means ask
    Wagtail."""
    return any(page.path.startswith(path) for path in private_sections()["reach"])


def forget_private_sections(**kwargs):
    forget_now_and_on_commit(lambda: cache.delete(CACHE_KEY))


def _page_saved(sender, instance, created, **kwargs):
    if created and isinstance(instance, Page) and instance.alias_of_id:
        forget_private_sections()


def connect():
    for signal in (post_save, post_delete):
        signal.connect(
            forget_private_sections,
            sender=PageViewRestriction,
            dispatch_uid=f"home.privacy.restriction.{signal is post_save}",
        )
    post_save.connect(_page_saved, dispatch_uid="home.privacy.page_saved")
    post_page_move.connect(forget_private_sections, dispatch_uid="home.privacy.page_moved")


class ReadersPageQuerySet(PageQuerySet):
    """Wagtail's page queryset whose ``public()`` reads the private sections from
    the cache instead of querying every restriction each time."""

    def private_q(self):
        q = Q()
        for path, depth in private_sections()["sections"]:
            # Wagtail's descendant_of_q(restricted page, inclusive=True).
            q |= Q(path__startswith=path) & Q(depth__gte=depth)
        return q if q else Q(pk__in=[])


class ReadersPageManager(PageManager.from_queryset(ReadersPageQuerySet)):
    pass


def every_page():
    """All pages, of any type, with the cached ``public()``: where code would
    write ``Page.objects``."""
    return ReadersPageQuerySet(Page).order_by("path")
