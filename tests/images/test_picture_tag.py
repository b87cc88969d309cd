"""``{% picture_for %}``: a role's AVIF and WebP sources before the fallback,
candidates by width with ``sizes`` (or by density for fixed boxes), width and
height against layout shift, lazy loading except for the page's main image."""

from html.parser import HTMLParser

from django.template import Context, Template, TemplateSyntaxError
from django.test import TestCase

import wagtail_factories

from home.images import ROLES, prefetch_shown_renditions, specs_of


class Tags(HTMLParser):
    """The tags of a fragment as ``(name, {attribute: value})``, in order."""

    def __init__(self, html):
        super().__init__()
        self.tags = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def render(source, **context):
    return Template("{% load picture_tags %}" + source).render(Context(context))


def widths(srcset):
    return [candidate.rsplit(" ", 1)[1] for candidate in srcset.split(", ")]


class PictureTagTests(TestCase):
    def setUp(self):
        # Per test, as the files are (tests/conftest.py). Large enough for every
        # width the roles ask for: Wagtail never upscales.
        self.photo = wagtail_factories.ImageFactory(file__width=2000, file__height=1500)

    def draw(self, role, **attrs):
        options = " ".join(f'{name}="{value}"' for name, value in attrs.items())
        html = render(f'{{% picture_for image "{role}" {options} %}}', image=self.photo)
        return html, Tags(html).tags

    def test_hero_offers_avif_and_webp_by_width_and_loads_first(self):
        html, tags = self.draw("hero", alt="Uczestnicy spotkania")
        self.assertTrue(html.startswith("<picture>") and html.endswith("</picture>"))
        self.assertEqual([name for name, _attrs in tags], ["picture", "source", "source", "img"])
        sizes = "(max-width: 72rem) 100vw, 72rem"
        avif, webp, img = tags[1][1], tags[2][1], tags[3][1]
        self.assertEqual((avif["type"], webp["type"]), ("image/avif", "image/webp"))
        for tag, extension in ((avif, ".avif"), (webp, ".webp"), (img, ".jpg")):
            with self.subTest(extension=extension):
                self.assertEqual(widths(tag["srcset"]), ["480w", "800w", "1200w", "1600w"])
                self.assertEqual(tag["sizes"], sizes)
                urls = [candidate.split(" ")[0] for candidate in tag["srcset"].split(", ")]
                self.assertTrue(all(url.endswith(extension) for url in urls), urls)
        self.assertEqual((img["width"], img["height"]), ("480", "270"))
        self.assertTrue(img["src"].endswith(".jpg"))
        self.assertEqual(img["alt"], "Uczestnicy spotkania")
        self.assertEqual((img["loading"], img["fetchpriority"]), ("eager", "high"))
        self.assertNotIn("decoding", img)

    def test_other_roles_load_lazily(self):
        for role in ("card", "wide_card", "figure", "gallery", "portrait", "partner"):
            with self.subTest(role=role):
                _html, tags = self.draw(role, alt="")
                img = tags[-1][1]
                self.assertEqual((img["loading"], img["decoding"]), ("lazy", "async"))
                self.assertNotIn("fetchpriority", img)

    def test_priority_makes_any_role_load_first(self):
        html = render('{% picture_for image "figure" alt="" priority=True %}', image=self.photo)
        img = Tags(html).tags[-1][1]
        self.assertEqual((img["loading"], img["fetchpriority"]), ("eager", "high"))

    def test_card_keeps_its_class_and_crop(self):
        _html, tags = self.draw("card", alt="Zdjęcie", **{"class": "story-card__image"})
        img = tags[-1][1]
        self.assertEqual(img["class"], "story-card__image")
        self.assertEqual((img["width"], img["height"]), ("320", "180"))
        self.assertEqual(widths(img["srcset"]), ["320w", "480w", "800w"])
        self.assertEqual(img["sizes"], "(min-width: 48rem) 16rem, 100vw")

    def test_fixed_boxes_offer_densities_without_sizes(self):
        _html, tags = self.draw("portrait", alt="", **{"class": "person__photo"})
        for _name, attrs in tags[1:]:
            self.assertEqual(widths(attrs["srcset"]), ["1x", "2x"])
            self.assertNotIn("sizes", attrs)
        self.assertEqual((tags[-1][1]["width"], tags[-1][1]["height"]), ("128", "128"))

    def test_logos_fall_back_to_png_and_the_site_logo_is_not_lazy(self):
        _html, tags = self.draw("logo", alt="")
        img = tags[-1][1]
        self.assertEqual(
            [attrs["type"] for _name, attrs in tags[1:-1]], ["image/avif", "image/webp"]
        )
        self.assertTrue(img["src"].endswith(".png"))
        self.assertEqual(img["height"], "48")
        self.assertEqual(img["loading"], "eager")
        self.assertNotIn("fetchpriority", img)

    def test_a_small_original_offers_each_size_once(self):
        small = wagtail_factories.ImageFactory(file__width=600, file__height=400)
        html = render('{% picture_for image "figure" alt="" %}', image=small)
        for _name, attrs in Tags(html).tags[1:]:
            self.assertEqual(widths(attrs["srcset"]), ["480w", "600w"])

    def test_alt_text_is_escaped(self):
        html = render(
            '{% picture_for image "card" alt=text %}', image=self.photo, text='"><script>'
        )
        self.assertNotIn("<script>", html)
        self.assertEqual(Tags(html).tags[-1][1]["alt"], '"><script>')

    def test_no_image_renders_nothing(self):
        self.assertEqual(render('{% picture_for image "hero" alt="x" %}', image=None), "")
        self.assertEqual(render('{% picture_for missing.image "card" alt="x" %}'), "")
        self.assertEqual(
            render('{% picture_for image "sharing" as social %}[{{ social }}]', image=None),
            "[None]",
        )

    def test_as_gives_the_rendition_for_meta_tags(self):
        html = render(
            '{% picture_for image "sharing" as social %}{{ social.width }}x{{ social.height }} '
            "{{ social.url }}",
            image=self.photo,
        )
        size, url = html.split(" ")
        self.assertEqual(size, "1200x630")
        self.assertTrue(url.endswith(".jpg"))

    def test_mistakes_fail_when_the_template_is_read(self):
        for source in (
            '{% picture_for image "hero" %}',  # no alt text
            '{% picture_for image "banner" alt="" %}',  # no such role
            "{% picture_for image %}",
            '{% picture_for image "hero" alt %}',
        ):
            with self.subTest(source=source), self.assertRaises(TemplateSyntaxError):
                render(source, image=self.photo)

    def test_prefetched_renditions_render_without_queries(self):
        render('{% picture_for image "card" alt="" %}', image=self.photo)  # make them
        image = type(self.photo).objects.get(pk=self.photo.pk)
        prefetch_shown_renditions([(image, ("card",))])
        with self.assertNumQueries(0):
            render('{% picture_for image "card" alt="" %}', image=image)

    def test_every_role_asks_for_formats_it_can_serve(self):
        for role in ROLES.values():
            with self.subTest(role=role.name):
                self.assertIn(role.fallback_format, ("jpeg", "png"))
                self.assertEqual(len(specs_of(role.name)), len(role.resizes) * len(role.formats))
