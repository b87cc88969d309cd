from django.http import Http404
from django.views.generic import TemplateView

from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from home.pagination import paginate

from .desk import DESK_LISTS

PER_PAGE = 50


class DeskListingView(WagtailAdminTemplateMixin, TemplateView):
    """Everything in one desk list, for when the dashboard shows only the first
    entries. A list that is not for the user does not exist for them."""

    template_name = "dashboard/listing.html"

    def dispatch(self, request, slug):
        self.desk_list = DESK_LISTS.get(slug)
        if self.desk_list is None or not self.desk_list.is_for(request.user):
            raise Http404
        return super().dispatch(request, slug)

    def get_page_title(self):
        return self.desk_list.heading

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.desk_list.heading}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page_obj = paginate(self.request, self.desk_list.entries(self.request.user), PER_PAGE)
        context.update(
            {"desk_list": self.desk_list, "page_obj": page_obj, "entries": page_obj.object_list}
        )
        return context
