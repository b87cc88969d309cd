"""Demo topic pages: one under the home page of every language, translated through
wagtail-localize. The topics themselves come with the practice library's demo
content (practices.demo), translated there."""

from django.conf import settings

from wagtail.models import Locale

from home.localization import translate_with
from home.models import HomePage

from .factories import TopicIndexPageFactory
from .models import TopicIndexPage

SOURCE = settings.LANGUAGE_CODE

INDEX = {
    "pl": {
        "title": "Tematy",
        "slug": "tematy",
        "introduction": (
            "Aktualności, wydarzenia i dobre praktyki zebrane według tematów: "
            "od dostępu do rynku pracy po mieszkalnictwo i zdrowie."
        ),
    },
    "en": {
        "title": "Topics",
        "slug": "topics",
        "introduction": (
            "News, events and good practices gathered by topic: "
            "from access to the labour market to housing and health."
        ),
    },
    "uk": {
        "title": "Теми",
        "slug": "temy",
        "introduction": (
            "Новини, події та добрі практики, зібрані за темами: "
            "від доступу до ринку праці до житла та здоров’я."
        ),
    },
}


def load(stdout):
    source = Locale.objects.get(language_code=SOURCE)
    home = HomePage.objects.get(locale=source, depth=2)
    index = TopicIndexPage.objects.child_of(home).first()
    if index is None:
        index = TopicIndexPageFactory(parent=home, show_in_menus=True, **INDEX[SOURCE])
        index.save_revision().publish()
        stdout.write("  created the topic pages")
    for locale in Locale.objects.exclude(pk=source.pk):
        existing = index.get_translation_or_none(locale)
        if existing is not None and existing.alias_of_id is None:
            continue
        values = INDEX[locale.language_code]
        translate_with(index, locale, TopicIndexPage(show_in_menus=True, **values))
