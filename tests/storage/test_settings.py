"""Media storage is chosen by the environment: the file system unless a bucket is named."""

from tests.storage.conftest import TILES, settings_from_environment


def media_origins(configured):
    """The CSP's image sources besides our own origin, data: and the map tiles."""
    return [source for source in configured["img_src"] if source not in ("'self'", "data:", TILES)]


def test_without_a_bucket_uploads_stay_on_the_file_system():
    configured = settings_from_environment()
    assert configured["storages"]["default"] == {
        "BACKEND": "django.core.files.storage.FileSystemStorage"
    }
    assert media_origins(configured) == []


def test_a_bucket_in_the_environment_selects_s3_with_public_unsigned_images():
    configured = settings_from_environment(
        AWS_STORAGE_BUCKET_NAME="newsroom-media",
        AWS_S3_ENDPOINT_URL="https://minio.example.org:9000",
        AWS_S3_REGION_NAME="eu-central-1",
        AWS_S3_ACCESS_KEY_ID="key",
        AWS_S3_SECRET_ACCESS_KEY="secret",
    )
    assert configured["storages"]["default"] == {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": "newsroom-media",
            "endpoint_url": "https://minio.example.org:9000",
            "region_name": "eu-central-1",
            "access_key": "key",
            "secret_key": "secret",
            "custom_domain": None,
            "querystring_auth": False,
            "file_overwrite": False,
            "default_acl": None,
        },
    }
    # Readers' browsers may load images from the bucket, and from nowhere else new.
    assert media_origins(configured) == ["https://minio.example.org:9000"]
    # Private documents never leave through a redirect to the bucket.
    assert configured["docs"] == "serve_view"


def test_a_custom_domain_serves_the_images():
    configured = settings_from_environment(
        AWS_STORAGE_BUCKET_NAME="newsroom-media",
        AWS_S3_CUSTOM_DOMAIN="media.example.org",
    )
    options = configured["storages"]["default"]["OPTIONS"]
    assert options["custom_domain"] == "media.example.org"
    assert options["endpoint_url"] is None and options["access_key"] is None
    assert media_origins(configured) == ["https://media.example.org"]


def test_on_aws_the_bucket_host_is_allowed():
    configured = settings_from_environment(AWS_STORAGE_BUCKET_NAME="newsroom-media")
    assert media_origins(configured) == ["https://newsroom-media.s3.amazonaws.com"]
