"""The public form through which cities, NGOs and residents propose a practice."""

from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from django_countries import countries
from django_countries.fields import LazyTypedChoiceField

from .models import IntegrationArea, Practice

# "Name <e-mail>" must fit the practice's contact field (255 characters).
NAME_MAX_LENGTH = 100
EMAIL_MAX_LENGTH = 150
# Long enough for a real description, short enough that the form is no dumping ground.
DESCRIPTION_MAX_LENGTH = 5000
HONEYPOT = "notes"


def _max_length(name):
    return Practice._meta.get_field(name).max_length


def _area_choices():
    # A callable, so the labels follow the reader's language at render time.
    return [("", _("Choose an area"))] + [
        (value, capfirst(label)) for value, label in IntegrationArea.choices
    ]


class SingleLineField(forms.CharField):
    """A one-line answer: a pasted line break would end up in the moderators'
    e-mail subject and in the admin listing."""

    def to_python(self, value):
        value = super().to_python(value)
        return " ".join(value.split()) if value else value


class MultiLineField(forms.CharField):
    """Browsers count a line break as one character and send two (CRLF); without
    normalising, text that fits the ``maxlength`` in the browser fails here."""

    def __init__(self, *, rows, **kwargs):
        super().__init__(widget=forms.Textarea(attrs={"rows": rows}), **kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        return value.replace("\r\n", "\n").replace("\r", "\n") if value else value


class PracticeSuggestionForm(forms.Form):
    title = SingleLineField(
        label=_("Name of the practice"),
        max_length=_max_length("title"),
        error_messages={"required": _("Enter the name of the practice.")},
    )
    summary = MultiLineField(
        rows=3,
        label=_("Summary"),
        max_length=_max_length("summary"),
        help_text=_("Two sentences: what the practice does and for whom."),
        error_messages={"required": _("Enter a short summary.")},
    )
    area = forms.ChoiceField(
        label=_("Integration area"),
        choices=_area_choices,
        error_messages={"required": _("Choose the integration area.")},
    )
    description = MultiLineField(
        rows=8,
        label=_("Description"),
        max_length=DESCRIPTION_MAX_LENGTH,
        help_text=_("How it works, who runs it, since when and what it has achieved."),
        error_messages={"required": _("Describe the practice.")},
    )
    website = forms.URLField(
        required=False,
        assume_scheme="https",
        label=_("Website (optional)"),
        max_length=_max_length("website"),
        help_text=_("Where readers can learn more, e.g. https://example.org/project"),
    )
    city = SingleLineField(
        label=_("City or municipality"),
        max_length=_max_length("city"),
        error_messages={"required": _("Enter the city or municipality.")},
    )
    country = LazyTypedChoiceField(
        label=_("Country"),
        choices=countries,
        initial="PL",
        error_messages={"required": _("Choose the country.")},
    )
    name = SingleLineField(
        label=_("Your name"),
        max_length=NAME_MAX_LENGTH,
        help_text=_("A person, or the city or organisation you write for."),
        error_messages={"required": _("Enter your name.")},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=EMAIL_MAX_LENGTH,
        help_text=_("We write to you only about this proposal."),
        error_messages={
            "required": _("Enter your e-mail address."),
            "invalid": _("Enter an e-mail address like name@example.org."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that my name and e-mail address are used only to review this proposal "
            "and to contact me about it."
        ),
        help_text=_("We do not publish them or pass them on."),
        error_messages={
            "required": _("Tick the box to agree, otherwise we cannot review your proposal.")
        },
    )
    # The trap for robots: hidden from people by the template and the stylesheet.
    notes = forms.CharField(
        required=False,
        label=_("Leave this empty"),
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    # The groups the template shows, each under its own legend.
    groups = (
        (_("The practice"), ("title", "summary", "area", "description", "website")),
        (_("Place"), ("city", "country")),
        (_("About you"), ("name", "email")),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)

    def fieldsets(self):
        return [(legend, [self[name] for name in names]) for legend, names in self.groups]

    def error_fields(self):
        """Fields with errors, in the order they appear, for the error summary."""
        return [field for field in self.visible_fields() if field.errors]

    @property
    def caught_robot(self):
        """Whether the trap field was filled: decided on the raw data, so a robot
        is recognised even when the rest of what it sent is invalid."""
        return bool(self.is_bound and self.data.get(HONEYPOT, "").strip())

    def contact(self):
        return f"{self.cleaned_data['name']} <{self.cleaned_data['email']}>"
