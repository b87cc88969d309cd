"""Every way the site shows an image (its roles), with the renditions each one
needs. Templates draw a role with ``{% picture_for %}`` (``picture_tags``),
listings prefetch a role's renditions with ``rendition_prefetch``, and publishing
creates them beforehand (``home.renditions``): all three read the roles here, so
they ask for the same filter specs.

A model says which images it shows in which roles with a ``shown_images()``
method yielding ``(image, role names)``; a StreamField block says it with
``image_role`` in its ``Meta`` (see ``stream_images``)."""

from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Prefetch, prefetch_related_objects

from wagtail.images.shortcuts import get_renditions_or_not_found

PHOTO = ("avif", "webp", "jpeg")
# Logos may be transparent: PNG keeps that where AVIF and WebP are not read.
TRANSPARENT = ("avif", "webp", "png")
MIME_TYPES = {"avif": "image/avif", "webp": "image/webp", "jpeg": "image/jpeg", "png": "image/png"}


@dataclass(frozen=True)
class ImageRole:
    """One way of showing an image. ``resizes`` are Wagtail resize operations,
    smallest first. With ``sizes`` the candidates are offered by width (the
    image's box depends on the screen); without, the image has a fixed box
    (set in CSS) and the candidates are its 1x, 2x... densities. The last of
    ``formats`` is the fallback every browser reads, the others are offered
    first. ``eager`` images are above the fold; ``priority`` marks the page's
    main image, fetched first."""

    name: str
    resizes: tuple[str, ...]
    sizes: str = ""
    formats: tuple[str, ...] = PHOTO
    eager: bool = False
    priority: bool = False

    @property
    def fallback_format(self):
        return self.formats[-1]

    def specs(self, image_format=None):
        """Filter specs, format by format, each format's smallest first."""
        formats = [image_format] if image_format else self.formats
        return [f"{resize}|format-{fmt}" for fmt in formats for resize in self.resizes]

    def renditions(self, image):
        """``{format: [rendition, ...]}`` in the order of ``resizes``. One query
        at most, none when the image's renditions were prefetched. A missing
        original file gives Wagtail's "not found" stand-in instead of an error."""
        found = get_renditions_or_not_found(image, self.specs())
        return {fmt: [found[spec] for spec in self.specs(fmt)] for fmt in self.formats}

    def rendition(self, image):
        """The first fallback rendition: for a role with one size and one format
        (sharing, structured data), the rendition."""
        return self.renditions(image)[self.fallback_format][0]

    def srcset(self, renditions):
        """Candidates of one format; those a small original could not make any
        larger (Wagtail never upscales) are left out as duplicates."""
        candidates, seen = [], set()
        for density, rendition in enumerate(renditions, start=1):
            if (rendition.width, rendition.height) in seen:
                continue
            seen.add((rendition.width, rendition.height))
            descriptor = f"{rendition.width}w" if self.sizes else f"{density}x"
            candidates.append(f"{rendition.url} {descriptor}")
        return ", ".join(candidates)


def _fill(name, ratio, widths, sizes, **options):
    across, down = ratio
    resizes = tuple(f"fill-{w}x{round(w * down / across)}" for w in widths)
    return ImageRole(name, resizes, sizes, **options)


ROLES = {
    role.name: role
    for role in (
        # The story's picture under its headline, as wide as the page.
        _fill(
            "hero",
            (16, 9),
            (480, 800, 1200, 1600),
            "(max-width: 72rem) 100vw, 72rem",
            priority=True,
        ),
        # A story card in a list: a 16rem column beside the text on wider screens.
        _fill("card", (16, 9), (320, 480, 800), "(min-width: 48rem) 16rem, 100vw"),
        # A featured card or a home page card, where the picture spans the card.
        _fill(
            "wide_card",
            (16, 9),
            (480, 800, 1200),
            "(min-width: 72rem) 46rem, (min-width: 64rem) 66vw, 100vw",
        ),
        # A picture in running text, uncropped, as wide as the text column.
        ImageRole(
            "figure",
            ("width-480", "width-800", "width-1200"),
            "(max-width: 48rem) 100vw, 48rem",
        ),
        # An event's photo gallery: two or more columns from 48rem.
        ImageRole("gallery", ("width-480", "width-800"), "(max-width: 48rem) 100vw, 24rem"),
        # An author's photo, an 8rem circle.
        ImageRole("portrait", ("fill-128x128", "fill-256x256")),
        # The site's logo in the header, 3rem high.
        ImageRole("logo", ("height-48", "height-96"), formats=TRANSPARENT, eager=True),
        # A partner's logo on the home page, 3.5rem high.
        ImageRole("partner", ("height-56", "height-112"), formats=TRANSPARENT),
        # Social media previews (og:image) and the article image of structured data.
        ImageRole("sharing", ("fill-1200x630",), formats=("jpeg",)),
        # The publisher's logo in structured data.
        ImageRole("publisher_logo", ("max-512x512",), formats=("png",)),
    )
}


def role(name):
    try:
        return ROLES[name]
    except KeyError:
        raise ValueError(f"No image role {name!r}; the roles are {', '.join(ROLES)}.") from None


def specs_of(*role_names):
    return sorted({spec for name in role_names for spec in role(name).specs()})


def _renditions(role_names):
    from wagtail.images import get_image_model

    rendition_model = get_image_model().get_rendition_model()
    return rendition_model.objects.filter(filter_spec__in=specs_of(*role_names))


def rendition_prefetch(image_lookup, *role_names):
    """A prefetch of the renditions ``role_names`` need for the image at
    ``image_lookup`` (e.g. ``"hero_image"``): one query for a whole list, on
    top of the images' own (none when they are ``select_related``)."""
    return Prefetch(f"{image_lookup}__renditions", queryset=_renditions(role_names))


def prefetch_shown_renditions(shown: Iterable):
    """Fetch in one query the renditions of every ``(image, role names)`` a page
    shows, so that drawing its pictures asks nothing more."""
    images, names = [], set()
    for image, role_names in shown:
        if image is not None:
            images.append(image)
            names.update(role_names)
    if images:
        prefetch_related_objects(images, Prefetch("renditions", queryset=_renditions(names)))


def stream_images(stream):
    """``(image, (role,))`` for each block of a StreamField value whose
    ``Meta.image_role`` names how it shows its ``image``."""
    for child in stream or []:
        image_role = getattr(child.block.meta, "image_role", None)
        if image_role and child.value["image"]:
            yield child.value["image"], (image_role,)


def shown_by(instance):
    """``{image: {role names}}`` for what ``instance`` shows (nothing for a
    model without ``shown_images``)."""
    shown = {}
    for image, role_names in getattr(instance, "shown_images", lambda: [])():
        if image is not None:
            shown.setdefault(image, set()).update(role_names)
    return shown
