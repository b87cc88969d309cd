"""Events: one module per page type, re-exported here."""

from .event_index_page import EventIndexPage
from .event_page import (
    EventPage,
    EventPhoto,
    EventPresentation,
    EventRelatedPractice,
    EventStatus,
    EventType,
)

__all__ = [
    "EventIndexPage",
    "EventPage",
    "EventPhoto",
    "EventPresentation",
    "EventRelatedPractice",
    "EventStatus",
    "EventType",
]
