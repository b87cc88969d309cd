"""The fixed scale every fact-check uses, shared by the claims register and the
"myth and fact" block."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Verdict(models.TextChoices):
    FALSE = "false", _("false")
    MISLEADING = "misleading", _("misleading")
    MISSING_CONTEXT = "missing-context", _("missing context")
    TRUE = "true", _("true")


# schema.org ratings: 1 is the worst, 4 the best (ClaimReview's reviewRating).
RATINGS = {
    Verdict.FALSE: 1,
    Verdict.MISLEADING: 2,
    Verdict.MISSING_CONTEXT: 3,
    Verdict.TRUE: 4,
}
WORST_RATING = min(RATINGS.values())
BEST_RATING = max(RATINGS.values())
