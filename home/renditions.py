"""Renditions are made when content is published, never while a reader waits.

Publishing a page or a snippet, saving a record that shows an image (an author,
an organisation, the site settings) and changing an image (its file or focal
point) queue the renditions of every role the image is shown in, once the
transaction commits. The work runs through django-tasks on the ``renditions``
backend: a thread of the web process, after the response (``home.background``);
the tests run it in the request."""

import logging
from functools import partial

from django.apps import apps
from django.db import transaction
from django.db.models.signals import post_save

from wagtail.images import get_image_model
from wagtail.images.models import SourceImageIOError
from wagtail.models import DraftStateMixin, ReferenceIndex
from wagtail.signals import published

from django_tasks import task

from .images import role, shown_by, specs_of

logger = logging.getLogger(__name__)

# Saving one of these image fields changes what its renditions look like.
RENDERED_IMAGE_FIELDS = {
    "file",
    "focal_point_x",
    "focal_point_y",
    "focal_point_width",
    "focal_point_height",
}


def _make(image, role_names):
    for name in role_names:
        role(name)  # an unknown role is a bug to hear about, not to skip
    try:
        # Existing renditions are found in one query; only the others are made.
        image.get_renditions(*specs_of(*role_names))
    except SourceImageIOError:
        logger.warning("Image %s has no original file; no renditions made.", image.pk)


@task(backend="renditions")
def make_renditions(image_id, role_names):
    """Make whatever renditions of the image ``role_names`` need and it lacks."""
    image = get_image_model().objects.filter(pk=image_id).first()
    if image is not None:  # else deleted since
        _make(image, role_names)


@task(backend="renditions")
def refresh_renditions(image_id):
    """An image changed: make its renditions for every record that shows it."""
    image = get_image_model().objects.filter(pk=image_id).first()
    if image is None:
        return
    role_names = set()
    for source, _references in ReferenceIndex.get_grouped_references_to(image):
        shown = shown_by(getattr(source, "specific", source))
        role_names.update(shown.get(image, ()))
    if role_names:
        _make(image, sorted(role_names))


def queue_renditions_of(instance):
    """After the commit, queue the renditions of every image ``instance`` shows."""
    for image, role_names in shown_by(instance).items():
        transaction.on_commit(
            partial(make_renditions.enqueue, image.pk, sorted(role_names)), robust=True
        )


def on_published(sender, instance, **kwargs):
    queue_renditions_of(instance)


def on_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        queue_renditions_of(instance)


def on_image_saved(sender, instance, created, raw=False, update_fields=None, **kwargs):
    # A new upload is shown nowhere yet: the record that shows it makes them.
    if raw or created:
        return
    if update_fields is not None and not RENDERED_IMAGE_FIELDS & set(update_fields):
        return  # Wagtail filling in the file's size or hash
    transaction.on_commit(partial(refresh_renditions.enqueue, instance.pk), robust=True)


def connect():
    """Wire the signals (``HomeConfig.ready``). Records with drafts make their
    renditions when published; the others (authors, organisations, site
    settings) whenever they are saved."""
    published.connect(on_published, dispatch_uid="renditions-on-publish")
    for model in apps.get_models():
        if hasattr(model, "shown_images") and not issubclass(model, DraftStateMixin):
            post_save.connect(
                on_saved, sender=model, dispatch_uid=f"renditions-{model._meta.label}"
            )
    post_save.connect(
        on_image_saved, sender=get_image_model(), dispatch_uid="renditions-on-image-change"
    )
