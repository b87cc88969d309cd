"""Two app servers on different ports share PostgreSQL and Redis: a change published
through one is what the other serves on the very next request, cached or not."""

import os
import re
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

from django.conf import settings

import psycopg
import pytest
import redis
import requests

from .server_site import NEW_TITLE, OLD_TITLE

ROOT = Path(__file__).resolve().parents[2]
HOST = "newsroom.test"  # what a load balancer would pass on to both servers
REDIS_URL = "redis://127.0.0.1:6379/9"

pytestmark = [
    pytest.mark.skipif(
        not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"),
        reason="the shared database of two servers is PostgreSQL (SQLite is single-host)",
    ),
    # No Django test database: the servers get a database of their own, so this
    # test neither holds nor flushes the one every other test shares.
]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def shared_database():
    """A new, migrated database on the test server that both servers use, dropped after."""
    source = settings.DATABASES["default"]
    name = f"newsroom_two_servers_{uuid.uuid4().hex[:8]}"
    host, port = source["HOST"] or "127.0.0.1", source["PORT"] or 5432
    user = source["USER"] or "postgres"
    admin = f"host={host} port={port} user={user} dbname=postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = f"postgres://{user}@{host}:{port}/{name}"
    try:
        migrated = subprocess.run(
            [sys.executable, "manage.py", "migrate", "--noinput"],
            cwd=ROOT,
            env={**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.dev", "DATABASE_URL": url},
            capture_output=True,
            text=True,
        )
        assert migrated.returncode == 0, migrated.stderr
        yield url
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def servers(shared_database):
    redis.Redis.from_url(REDIS_URL).flushdb()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.pagecache.server_settings",
        "DATABASE_URL": shared_database,
        "CACHE_URL": REDIS_URL,
        "SECRET_KEY": "two-servers-test",
        "ALLOWED_HOSTS": HOST,
        "SECURE_SSL_REDIRECT": "False",
        "PYTHONPATH": str(ROOT),
    }
    built = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "-c",
            "from tests.pagecache.server_site import build; build()",
        ],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "cms.settings.dev"},
        capture_output=True,
        text=True,
    )
    assert built.returncode == 0, built.stderr
    page_id = int(built.stdout.strip().splitlines()[-1])
    processes, urls = [], []
    for _ in range(2):
        port = free_port()
        processes.append(
            subprocess.Popen(
                [
                    str(Path(sys.executable).parent / "gunicorn"),
                    "cms.wsgi",
                    "-b",
                    f"127.0.0.1:{port}",
                    "-w",
                    "1",
                ],
                cwd=ROOT,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        urls.append(f"http://127.0.0.1:{port}")
    try:
        for url in urls:
            wait_until_up(url)
        yield urls, page_id
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=10)
        redis.Redis.from_url(REDIS_URL).flushdb()


def wait_until_up(url, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            requests.get(f"{url}/healthz", headers={"Host": HOST}, timeout=5)
            return
        except requests.RequestException:
            time.sleep(0.3)
    raise AssertionError(f"{url} did not start")


def read(url, path):
    return requests.get(url + path, headers={"Host": HOST}, allow_redirects=False, timeout=10)


def signed_in(url):
    session = requests.Session()
    session.headers["Host"] = HOST
    session.get(f"{url}/admin/login/")
    response = session.post(
        f"{url}/admin/login/",
        data={
            "username": "redakcja",
            "password": "haslo-testowe",
            "csrfmiddlewaretoken": session.cookies["csrftoken"],
        },
        headers={"Referer": f"https://{HOST}/admin/login/"},
        allow_redirects=False,
    )
    assert response.status_code == 302, response.text[:500]
    return session


def post_form(session, url, path):
    """Open an admin confirmation form and submit it, as an editor's click does."""
    form = session.get(url + path)
    assert form.status_code == 200, form.status_code
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
    response = session.post(
        url + path,
        data={"csrfmiddlewaretoken": token},
        headers={"Referer": f"https://{HOST}{path}"},
        allow_redirects=False,
    )
    assert response.status_code == 302, response.text[:500]


def test_a_change_published_through_one_server_is_served_by_the_other_at_once(servers):
    (first, second), page_id = servers
    path = "/pl/zmiana/"
    # The second server fills the shared cache; the first serves that copy.
    read(second, "/pl/")  # the very first request creates the site's settings
    assert OLD_TITLE in read(second, path).text
    assert read(first, path).headers["X-Page-Cache"] == "hit"

    editor = signed_in(first)
    post_form(editor, first, f"/admin/bulk/wagtailcore/page/publish/?id={page_id}")
    response = read(second, path)
    assert response.status_code == 200
    assert NEW_TITLE in response.text and OLD_TITLE not in response.text

    assert read(second, path).headers["X-Page-Cache"] == "hit"
    post_form(editor, first, f"/admin/pages/{page_id}/unpublish/")
    assert read(second, path).status_code == 404
