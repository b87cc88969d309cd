"""``{% picture_for image "role" alt=... %}``: an image as its role shows it
(``home.images``), a ``<picture>`` offering AVIF and WebP before the fallback,
with width and height so that nothing moves while it loads.

    {% picture_for page.hero_image "hero" alt=page.hero_alt %}
    {% picture_for person.photo "portrait" alt="" class="person__photo" %}
    {% picture_for practice.image "figure" alt=practice.image_alt priority=True %}
    {% picture_for page.sharing_image "sharing" as social %}  {# the rendition #}

Other attributes (``class``...) go on the ``<img>``. Pictures load lazily unless
their role is above the fold; ``priority=True`` (or the role's default) makes
the page's main image load first. No image, no output."""

from django import template
from django.forms.utils import flatatt
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from home.images import MIME_TYPES, ROLES, role

register = template.Library()


def draw_picture(image, image_role, alt, attrs=None, priority=None):
    renditions = image_role.renditions(image)
    sources = [
        format_html(
            "<source{}>",
            flatatt(
                {
                    "type": MIME_TYPES[fmt],
                    "srcset": image_role.srcset(renditions[fmt]),
                    "sizes": image_role.sizes or None,
                }
            ),
        )
        for fmt in image_role.formats[:-1]
    ]
    fallback = renditions[image_role.fallback_format]
    first = fallback[0]
    img = {
        "src": first.url,
        "srcset": image_role.srcset(fallback) if len(fallback) > 1 else None,
        "sizes": image_role.sizes or None,
        # The smallest candidate's size: the box keeps its aspect ratio while
        # loading, and an image that CSS does not size shows as it did before.
        "width": first.width,
        "height": first.height,
        "alt": alt,
        **(attrs or {}),
    }
    priority = image_role.priority if priority is None else priority
    if priority:
        img.update(loading="eager", fetchpriority="high")
    elif image_role.eager:
        img["loading"] = "eager"
    else:
        img.update(loading="lazy", decoding="async")
    # flatatt drops None values and escapes the others.
    return format_html("<picture>{}<img{}></picture>", mark_safe("".join(sources)), flatatt(img))


class PictureNode(template.Node):
    def __init__(self, image, role_name, options, target):
        self.image = image
        self.role_name = role_name
        self.options = options
        self.target = target

    def render(self, context):
        image = self.image.resolve(context)
        image_role = role(self.role_name.resolve(context))
        options = {name: value.resolve(context) for name, value in self.options.items()}
        if self.target:
            context[self.target] = image_role.rendition(image) if image else None
            return ""
        if not image:
            return ""
        alt = options.pop("alt")
        priority = options.pop("priority", None)
        return draw_picture(image, image_role, alt, options, priority)


@register.tag
def picture_for(parser, token):
    bits = token.split_contents()
    tag_name = bits.pop(0)
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"{tag_name} needs an image and a role.")
    image, role_name, *rest = bits
    target = None
    if len(rest) == 2 and rest[0] == "as":
        target = rest[1]
        rest = []
    options = {}
    for bit in rest:
        name, equals, value = bit.partition("=")
        if not equals:
            raise template.TemplateSyntaxError(f"{tag_name}: expected name=value, got {bit!r}.")
        options[name] = parser.compile_filter(value)
    if target is None and "alt" not in options:
        # Without it the <img> would read the image's title aloud; alt="" for decoration.
        raise template.TemplateSyntaxError(f'{tag_name} needs alt=... (alt="" for decoration).')
    role_name = parser.compile_filter(role_name)
    if isinstance(role_name.var, str) and role_name.var not in ROLES:
        raise template.TemplateSyntaxError(f"{tag_name}: no image role {role_name.var!r}.")
    return PictureNode(parser.compile_filter(image), role_name, options, target)
