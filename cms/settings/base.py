"""Settings shared by every environment.

Every environment variable the project reads is declared here or in
``production.py`` with its type and default, through django-environ.
"""

from pathlib import Path
from urllib.parse import urlsplit

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
# A developer may keep local overrides in .env; production reads the real environment.
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

SECRET_KEY = env.str("SECRET_KEY", default="")
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1"])

INSTALLED_APPS = [
    "home",
    "practices",
    "stories",
    "events",
    "topics",
    "frontpage",
    "dashboard",
    "search",
    "pagecache",
    "translations",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail_modeladmin",
    "wagtail_localize.modeladmin",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_countries",
    "leaflet",
    "axes",
    "csp",
    "django_http_compression",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Outside everything that touches the database: it looks at the rows once the
    # request's transactions are over.
    "home.uploads.OrphanUploadsMiddleware",
    # Before sessions: a cached page for an anonymous reader touches no database.
    "pagecache.middleware.PageCacheMiddleware",
    # Inside the page cache: a page is compressed once, when it is stored, and each
    # reader's copy costs no compression (the cache keeps one entry per encoding).
    # Zstandard or Brotli where the browser takes them: smaller than gzip, and a
    # fraction of its time to write (the 700 kB map: 1 to 4 ms instead of 9).
    "django_http_compression.middleware.HttpCompressionMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "home.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "translations.middleware.TranslationEditorErrors",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Axes must come last: it turns a locked-out login into its lockout response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite is the embedded default; production points DATABASE_URL at PostgreSQL.
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
# Keep connections: PostgreSQL's Polish dictionary costs a load per new connection.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://")}
# The site's frame, registers, locales and private sections are cached until a
# change drops them (home.chrome). A local-memory cache is each process's own,
# where a change drops them in one process only: the others keep theirs this long.
LOCAL_CACHE_SECONDS = env.int("LOCAL_CACHE_SECONDS", default=2)

# Full-page cache for anonymous readers (pagecache/): 0 seconds turns it off. It
# lives in the default cache: Redis in production, local memory otherwise.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600)
PAGE_CACHE_ALIAS = "default"
# What the cached pages tell browsers and CDNs. A CDN is purged with the page cache
# when WAGTAILFRONTENDCACHE is configured below; otherwise it keeps a page briefly.
PAGE_CACHE_BROWSER_SECONDS = env.int("PAGE_CACHE_BROWSER_SECONDS", default=60)
PAGE_CACHE_STALE_SECONDS = env.int("PAGE_CACHE_STALE_SECONDS", default=30)

# A CDN in front of the site, purged on every change (Wagtail's frontend cache).
WAGTAILFRONTENDCACHE = {}
if env.str("FRONTEND_CACHE_PURGE_URL", default=""):  # Varnish, Squid, nginx purge
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env.str("FRONTEND_CACHE_PURGE_URL"),
    }
if env.str("CLOUDFLARE_ZONEID", default=""):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env.str("CLOUDFLARE_BEARER_TOKEN"),
        "ZONEID": env.str("CLOUDFLARE_ZONEID"),
    }
if env.str("CLOUDFRONT_DISTRIBUTION_ID", default=""):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": env.str("CLOUDFRONT_DISTRIBUTION_ID"),
    }
PAGE_CACHE_CDN_SECONDS = env.int(
    "PAGE_CACHE_CDN_SECONDS", default=60 * 60 * 24 if WAGTAILFRONTENDCACHE else 60
)

# Axes checks the lockout before the password is looked at.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]

# Login throttling. The lockout depends on the username and address tried, never on
# whether the account exists, so the response cannot be used to probe for accounts.
# How many proxies of ours stand in front of the site (a TLS terminator, a CDN):
# readers' addresses are then read from X-Forwarded-For (home.clients), for the
# suggestion form's rate limit and for login throttling alike.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
AXES_CLIENT_IP_CALLABLE = "home.clients.client_address"
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.float("AXES_COOLOFF_HOURS", default=1.0)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "account_locked.html"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
# Failed attempts are deleted on success or after the cool-off; a log of successful
# sign-ins (username, address, browser) would be kept forever, so none is written.
AXES_DISABLE_ACCESS_LOG = True

# Languages: Polish is the source. Adding a language is one entry here and
# `manage.py sync_languages` (see README).
LANGUAGE_CODE = "pl"
LANGUAGES = [
    ("pl", "Polski"),
    ("en", "English"),
    ("uk", "Українська"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Warsaw"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Media on S3-compatible storage (AWS, MinIO, Ceph...) when a bucket is named. Images
# are public, at stable unsigned addresses that browsers and CDNs can cache; documents
# stay behind Wagtail's serve view (WAGTAILDOCS_SERVE_METHOD below), so the bucket
# must not be readable by the public outside original_images/ and images/ (README).
MEDIA_ORIGINS = []
if env.str("AWS_STORAGE_BUCKET_NAME", default=""):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env.str("AWS_STORAGE_BUCKET_NAME"),
            "endpoint_url": env.str("AWS_S3_ENDPOINT_URL", default=None),
            "region_name": env.str("AWS_S3_REGION_NAME", default=None),
            # Without keys boto3 looks for them itself (instance role, ~/.aws).
            "access_key": env.str("AWS_S3_ACCESS_KEY_ID", default=None),
            "secret_key": env.str("AWS_S3_SECRET_ACCESS_KEY", default=None),
            "custom_domain": env.str("AWS_S3_CUSTOM_DOMAIN", default=None),
            "querystring_auth": env.bool("AWS_QUERYSTRING_AUTH", default=False),
            # A new upload never replaces another one's file under the same name.
            "file_overwrite": env.bool("AWS_S3_FILE_OVERWRITE", default=False),
            # None: the bucket's policy decides who reads, not a per-object ACL.
            "default_acl": env.str("AWS_DEFAULT_ACL", default=None),
        },
    }
    _media = STORAGES["default"]["OPTIONS"]
    if _media["custom_domain"]:
        MEDIA_ORIGINS.append(f"https://{_media['custom_domain']}")
    elif _media["endpoint_url"]:
        _endpoint = urlsplit(_media["endpoint_url"])
        MEDIA_ORIGINS.append(f"{_endpoint.scheme}://{_endpoint.netloc}")
    else:
        MEDIA_ORIGINS.append(f"https://{_media['bucket_name']}.s3.amazonaws.com")

# Complex page editors post many fields at once.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
# Wagtail marks its own preview views SAMEORIGIN; nothing else is framed.
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy for public pages: only our own origin, no inline scripts.
# The Wagtail admin relies on inline styles and scripts, so it is left out.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *MEDIA_ORIGINS],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}

# Wagtail
WAGTAIL_SITE_NAME = "Miasta i regiony na rzecz integracji"
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database"},
}
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # Created by search/migrations/0001 (Polish hunspell, else simple).
    WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] = "newsroom"
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Background work goes through django-tasks: Wagtail's (reference index, file
# clean-up) and ours (image renditions on publish, home/renditions.py). The
# immediate backend, Wagtail's default, runs a task in the request that queued it
# once its transaction commits: the editor who publishes waits, never a reader.
TASKS = {
    # Wagtail's own tasks (reference and search index) stay in the request: the page
    # cache reads the reference index right after a publication commits.
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    # Renditions are made after the response, in a thread (home/background.py).
    "renditions": {"BACKEND": "home.background.ThreadBackend"},
}
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {
            "features": ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]
        },
    }
}
# Uploads: raster formats only (an SVG can carry script), bounded size and pixels.
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Documents go through Django so privacy rules apply and no path reaches the disk
# directly. With S3 too: a redirect would hand a private document's bucket address
# (unsigned, as images need) to whoever asked.
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# Practice map. With a third-party tile server no tile loads before the reader asks
# for the map (their IP address is personal data); a self-hosted one shows at once.
MAP_TILE_URL = env.str("MAP_TILE_URL", default="https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILE_ATTRIBUTION = env.str(
    "MAP_TILE_ATTRIBUTION",
    default='&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
)
MAP_TILES_SELF_HOSTED = env.bool("MAP_TILES_SELF_HOSTED", default=False)
_tiles = urlsplit(MAP_TILE_URL.replace("{s}", "a"))
CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"].append(f"{_tiles.scheme}://{_tiles.netloc}")

# wagtail-localize: a finished translation waits for a moderator like any other edit.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Machine translation: a self-hosted LibreTranslate, else DeepL, else none (and no
# button in the editor). See translations/machine.py.
MACHINE_TRANSLATION_TIMEOUT = env.int("MACHINE_TRANSLATION_TIMEOUT", default=10)
if env.str("LIBRETRANSLATE_URL", default=""):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "translations.machine.LibreTranslate",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": env.str("LIBRETRANSLATE_URL").rstrip("/"),
            "API_KEY": env.str("LIBRETRANSLATE_API_KEY", default=""),
            "TIMEOUT": MACHINE_TRANSLATION_TIMEOUT,
        },
    }
elif env.str("DEEPL_API_KEY", default=""):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "translations.machine.DeepL",
        "OPTIONS": {
            "AUTH_KEY": env.str("DEEPL_API_KEY"),
            "TIMEOUT": MACHINE_TRANSLATION_TIMEOUT,
        },
    }

# Searches are counted for the "popular searches" report in each worker's memory
# and written at most this often (search.hits): a search served from the page
# cache then touches no database. 0 writes every search at once.
SEARCH_HITS_WRITE_SECONDS = env.int("SEARCH_HITS_WRITE_SECONDS", default=10)
