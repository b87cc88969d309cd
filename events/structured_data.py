"""schema.org ``Event`` for an event page."""

from home.models import SiteSettings

from .models.event_page import EventStatus

SCHEMA_STATUS = {
    EventStatus.SCHEDULED: "https://schema.org/EventScheduled",
    EventStatus.POSTPONED: "https://schema.org/EventPostponed",
    EventStatus.CANCELLED: "https://schema.org/EventCancelled",
    EventStatus.MOVED_ONLINE: "https://schema.org/EventMovedOnline",
}


def _dates(event):
    """Dates for all-day events; otherwise local times with their UTC offset."""
    if event.all_day:
        return event.start_date.isoformat(), event.last_day.isoformat()
    end = event.local_end or event.local_start
    return event.local_start.isoformat(), end.isoformat()


def _location(event):
    places = []
    if event.in_person:
        address = {"@type": "PostalAddress"}
        if event.address:
            address["streetAddress"] = event.address
        if event.city:
            address["addressLocality"] = event.city
        if event.country:
            address["addressCountry"] = event.country.code
        place = {
            "@type": "Place",
            "name": event.venue or event.city,
            "address": address,
        }
        if event.has_location:
            place["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": event.latitude,
                "longitude": event.longitude,
            }
        places.append(place)
    if event.online_url:
        places.append({"@type": "VirtualLocation", "url": event.online_url})
    if not places:
        return None
    return places[0] if len(places) == 1 else places


def event_json_ld(event, request):
    start, end = _dates(event)
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.summary,
        "url": event.get_full_url(request),
        "inLanguage": event.content_locale.language_code,
        "startDate": start,
        "endDate": end,
        "eventStatus": SCHEMA_STATUS.get(event.status, SCHEMA_STATUS[EventStatus.SCHEDULED]),
        "eventAttendanceMode": f"https://schema.org/{event.attendance_mode}",
    }
    location = _location(event)
    if location:
        data["location"] = location
    organisers = [
        {"@type": "Organization", "name": org.name, **({"url": org.website} if org.website else {})}
        for org in event.organisers_for_readers
    ]
    if not organisers:
        # Without named organisers, the body that publishes the site stands behind it.
        publisher = SiteSettings.for_request(request).organisation_name
        organisers = [{"@type": "Organization", "name": publisher}] if publisher else []
    if organisers:
        data["organizer"] = organisers
    if event.registration_url:
        data["offers"] = {
            "@type": "Offer",
            "url": event.registration_url,
            **(
                {"validThrough": event.local_registration_deadline.isoformat()}
                if event.registration_deadline
                else {}
            ),
        }
    return data
