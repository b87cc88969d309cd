"""Events: one module per page type, re-exported here."""

from .event_index_page import EventIndexPage
from .event_page import EventPage, EventRelatedPractice, EventStatus, EventType
from .report import EventPhoto, EventPresentation

__all__ = [
    "EventIndexPage",
    "EventPage",
    "EventPhoto",
    "EventPresentation",
    "EventRelatedPractice",
    "EventStatus",
    "EventType",
]
