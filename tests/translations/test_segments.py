"""What translators get to translate inside a body: an image's alternative text,
caption and credit are text segments; the image itself is chosen once."""

from wagtail_factories import ImageFactory
from wagtail_localize.segments import OverridableSegmentValue, StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from home.factories import ContentPageFactory
from tests.base import SiteTestCase


class BodySegmentsTests(SiteTestCase):
    def test_alt_text_caption_and_credit_are_translatable(self):
        figure = {
            "image": {
                "image": ImageFactory(),
                "alt_text": "Uczestnicy warsztatów",
                "decorative": False,
            },
            "caption": "Warsztaty w Lublinie",
            "credit": "Fot. Redakcja",
        }
        page = ContentPageFactory(parent=self.tree["home"]["pl"], body=[("figure", figure)])
        segments = extract_segments(page)
        texts = {
            segment.path.rsplit(".", 1)[-1]: segment.render_text()
            for segment in segments
            if isinstance(segment, StringSegmentValue) and segment.path.startswith("body.")
        }
        self.assertEqual(
            texts,
            {
                "alt_text": "Uczestnicy warsztatów",
                "caption": "Warsztaty w Lublinie",
                "credit": "Fot. Redakcja",
            },
        )
        overridable = [s for s in segments if isinstance(s, OverridableSegmentValue)]
        self.assertEqual([s.path.rsplit(".", 1)[-1] for s in overridable], ["image"])
