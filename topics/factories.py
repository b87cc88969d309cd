import wagtail_factories

from . import models


class TopicIndexPageFactory(wagtail_factories.PageFactory):
    title = "Tematy"
    slug = "tematy"
    introduction = "Wszystko, co publikujemy, według tematów."

    class Meta:
        model = models.TopicIndexPage
