from wagtail.admin.forms import WagtailAdminPageForm

from .time_zones import as_wall_clock, zone


class EventPageForm(WagtailAdminPageForm):
    """Editors type an event's times as they read on the poster: local times where
    the event happens. Django would read them in the editor's own time zone, so
    the form shows and reads them in the event's zone instead."""

    LOCAL_TIME_FIELDS = ("start", "end", "registration_deadline")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            tz = zone(self.instance.time_zone)
            for name in self.LOCAL_TIME_FIELDS:
                value = getattr(self.instance, name)
                if value is not None and name in self.fields:
                    self.initial[name] = as_wall_clock(value, tz)

    def clean(self):
        from django.utils import timezone

        cleaned_data = super().clean()
        tz = zone(cleaned_data.get("time_zone", ""))
        for name in self.LOCAL_TIME_FIELDS:
            value = cleaned_data.get(name)
            if value is not None:
                # The field made it aware in the editor's zone; keep the wall clock
                # and put it in the event's zone.
                cleaned_data[name] = timezone.make_naive(value).replace(tzinfo=tz)
        return cleaned_data
