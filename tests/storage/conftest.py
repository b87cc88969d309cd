"""A local S3-compatible server (moto) and the site's media storage pointed at it.

The storage settings come from the environment through the real settings module,
so these tests cover the configuration a deployment uses, not a hand-made one."""

import json
import logging
import os
import socket
import subprocess
import sys

from django.conf import settings

import boto3
import pytest
from moto.server import ThreadedMotoServer

BUCKET = "newsroom-media"
REGION = "eu-central-1"
TILES = "https://tiles.example.org"
LOOPBACK = {"127.0.0.1", "::1", "localhost"}


def settings_from_environment(**variables):
    """The production settings a fresh process builds from these variables."""
    environment = {name: value for name, value in os.environ.items() if "AWS" not in name}
    environment.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY="s3-settings-check",
        ALLOWED_HOSTS="newsroom.example.org",
        DATABASE_URL="sqlite:///:memory:",
        MAP_TILE_URL=f"{TILES}/{{z}}/{{x}}/{{y}}.png",
        # Set, if empty, so that a developer's .env cannot name a bucket.
        AWS_STORAGE_BUCKET_NAME="",
    )
    environment.update(variables)
    script = (
        "import json; from django.conf import settings; print(json.dumps({"
        "'storages': settings.STORAGES, 'docs': settings.WAGTAILDOCS_SERVE_METHOD, "
        "'img_src': settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


@pytest.fixture(autouse=True)
def _loopback_only(monkeypatch):
    """boto3 would quietly reach AWS if the endpoint were lost on the way."""
    connect = socket.socket.connect

    def guarded(sock, address):
        if sock.family in (socket.AF_INET, socket.AF_INET6) and address[0] not in LOOPBACK:
            raise AssertionError(f"network access outside this machine: {address}")
        return connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture(scope="module")
def s3_endpoint():
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture(scope="module")
def s3_storages(s3_endpoint):
    configured = settings_from_environment(
        AWS_STORAGE_BUCKET_NAME=BUCKET,
        AWS_S3_ENDPOINT_URL=s3_endpoint,
        AWS_S3_REGION_NAME=REGION,
        AWS_S3_ACCESS_KEY_ID="newsroom-test",
        AWS_S3_SECRET_ACCESS_KEY="newsroom-test-secret",
    )
    return configured["storages"]


class Bucket:
    def __init__(self, endpoint, options):
        self.endpoint = endpoint
        self.client = boto3.client(
            "s3",
            endpoint_url=endpoint,
            region_name=options["region_name"],
            aws_access_key_id=options["access_key"],
            aws_secret_access_key=options["secret_key"],
        )
        self.client.create_bucket(
            Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": REGION}
        )

    def keys(self):
        pages = self.client.get_paginator("list_objects_v2").paginate(Bucket=BUCKET)
        return {item["Key"] for page in pages for item in page.get("Contents", [])}

    def read(self, key):
        return self.client.get_object(Bucket=BUCKET, Key=key)["Body"].read()

    def url(self, key):
        return f"{self.endpoint}/{BUCKET}/{key}"

    def delete(self, key):
        self.client.delete_object(Bucket=BUCKET, Key=key)

    def empty(self):
        for key in self.keys():
            self.delete(key)
        self.client.delete_bucket(Bucket=BUCKET)


@pytest.fixture
def bucket(s3_endpoint, s3_storages, settings):
    """An empty bucket as the site's media storage for one test. Changing STORAGES
    resets Django's storage handler and ``default_storage``, which Wagtail's image,
    rendition and document fields use, so uploads go to the bucket."""
    media = Bucket(s3_endpoint, s3_storages["default"]["OPTIONS"])
    # Static files stay as the test settings have them (no collected manifest here).
    settings.STORAGES = {**settings.STORAGES, "default": s3_storages["default"]}
    yield media
    media.empty()
