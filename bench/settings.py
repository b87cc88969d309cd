"""The production settings with the benchmark's own URLs (bench/urls.py): the
reference view is served by the same stack as the pages, and the site's URLs do not
carry it. bench/run.py puts the project root on PYTHONPATH so that gunicorn finds it."""

from cms.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
