from django import template
from django.conf import settings

register = template.Library()


@register.simple_tag
def map_settings():
    """Tile server and whether the map may load before the reader asks for it."""
    return {
        "tile_url": settings.MAP_TILE_URL,
        "attribution": settings.MAP_TILE_ATTRIBUTION,
        "self_hosted": settings.MAP_TILES_SELF_HOSTED,
    }
