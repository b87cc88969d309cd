from home.blocks import BodyBlock
from practices.blocks import PracticeBlock


class EventBodyBlock(BodyBlock):
    """The shared body blocks plus the practice card, so an event's text can point
    at the practices it presents (Wagtail's reference index sees the card)."""

    practice = PracticeBlock()
