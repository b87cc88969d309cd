#!/usr/bin/env python
"""Soak test: mixed anonymous traffic over every page type while an editor
publishes a change every few seconds. Reports requests, errors, 5xx answers and how
long each change took to become visible to readers.

    .venv/bin/python bench/soak.py [--minutes 5] [--every 5] [--skip-setup]

It uses bench/run.py's database, environment and gunicorn (production settings,
2 workers); BENCH_DATABASE_URL selects PostgreSQL (recommended: SQLite allows one
writer at a time, so the publisher and the readers contend)."""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import run  # noqa: E402  (bench/run.py: setup, gunicorn, wrk)

# The page whose text the publisher changes: the Polish "about" page of the demo.
CHANGED_PATH = "/pl/o-nas/"
CHANGED_SLUG = "o-nas"
VISIBLE_TIMEOUT_S = 30

LUA = """
local paths = {%(paths)s}
local counter = 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1])
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      totals[status] = (totals[status] or 0) + count
    end
  end
  for status, count in pairs(totals) do
    io.write(string.format("STATUS %%d %%d\\n", status, count))
  end
end
"""


class Publisher(threading.Thread):
    """Publishes a change every ``every`` seconds and measures when readers see it."""

    def __init__(self, port, every, stop):
        super().__init__(daemon=True)
        self.port, self.every, self.stop = port, every, stop
        self.delays, self.missed, self.failures = [], 0, []

    def run(self):
        from home.models import ContentPage

        page = ContentPage.objects.get(slug=CHANGED_SLUG, locale__language_code="pl")
        while not self.stop.wait(self.every):
            marker = f"soak-{uuid.uuid4().hex[:12]}"
            try:
                page.introduction = f"Zmiana {marker}."
                page.save_revision().publish()
            except Exception as error:  # noqa: BLE001 - reported, the soak goes on
                self.failures.append(repr(error))
                continue
            published = time.monotonic()
            if self.wait_for(marker, published):
                self.delays.append(time.monotonic() - published)
            else:
                self.missed += 1

    def wait_for(self, marker, since):
        import http.client

        while time.monotonic() - since < VISIBLE_TIMEOUT_S:
            conn = http.client.HTTPConnection(run.HOST, self.port, timeout=5)
            try:
                conn.request("GET", CHANGED_PATH)
                if marker in conn.getresponse().read().decode("utf-8", "replace"):
                    return True
            except OSError:
                pass
            finally:
                conn.close()
            time.sleep(0.05)
        return False


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=5)
    parser.add_argument("--every", type=float, default=5, help="seconds between changes")
    parser.add_argument("--skip-setup", action="store_true")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    paths = [path for name, path in run.DEFAULT_URLS.items() if name != run.BASELINE]
    env = run.bench_env(run.database_url())
    # Shared by the workers and the publisher, as in production: a purge must reach both.
    run.prepare_cache(run.DEFAULT_CACHE_URL)
    if not args.skip_setup:
        run.run_setup(env)
    os.environ.update(env)
    sys.path.insert(0, str(run.ROOT))
    import django

    django.setup()
    wrk = run.ensure_wrk()
    port = run.free_port()
    duration = max(1, int(args.minutes * 60))
    with open(run.GUNICORN_LOG, "w") as log:
        server = run.start_gunicorn(env, port, log)
        try:
            run.wait_until_healthy(server, port)
            broken = [path for path in paths if run.fetch_status(port, path) != 200]
            if broken:
                raise run.BenchError(f"not 200 before the soak: {', '.join(broken)}")
            with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
                script.write(LUA % {"paths": ", ".join(f'"{path}"' for path in paths)})
            stop = threading.Event()
            publisher = Publisher(port, args.every, stop)
            publisher.start()
            print(f"soak: {duration} s over {len(paths)} URLs", file=sys.stderr)
            result = subprocess.run(
                [
                    wrk,
                    f"-t{run.WRK_THREADS}",
                    f"-c{run.WRK_CONNECTIONS}",
                    f"-d{duration}s",
                    "--latency",
                    "-s",
                    script.name,
                    f"http://{run.HOST}:{port}",
                ],
                capture_output=True,
                text=True,
                timeout=duration + 120,
                check=False,
            )
            stop.set()
            publisher.join(VISIBLE_TIMEOUT_S + 5)
        finally:
            run.stop_gunicorn(server)
    Path(script.name).unlink(missing_ok=True)
    if result.returncode != 0:
        raise run.BenchError(f"wrk failed:\n{result.stderr}")
    statuses = {}
    for line in result.stdout.splitlines():
        if line.startswith("STATUS "):
            _, code, count = line.split()
            statuses[int(code)] = int(count)
    wrk_result = run.parse_wrk_output(result.stdout)
    total = sum(statuses.values())
    server_errors = sum(count for code, count in statuses.items() if code >= 500)
    delays = publisher.delays
    print(f"requests         {total} ({wrk_result.requests_per_s:.1f}/s over {duration} s)")
    print(f"status codes     {dict(sorted(statuses.items()))}")
    print(f"socket errors    {wrk_result.socket_errors}")
    print(f"5xx              {server_errors}")
    print(f"latency p50/p99  {wrk_result.p50_ms:.1f} / {wrk_result.p99_ms:.1f} ms")
    print(
        f"changes          {len(delays) + publisher.missed} published, {publisher.missed} "
        f"not visible within {VISIBLE_TIMEOUT_S} s, {len(publisher.failures)} failed to publish"
    )
    if delays:
        print(f"visible after    median {statistics.median(delays):.2f} s, max {max(delays):.2f} s")
    for failure in publisher.failures[:5]:
        print(f"publish failure: {failure}", file=sys.stderr)
    ok = (
        server_errors == 0
        and wrk_result.socket_errors == 0
        and not publisher.missed
        and not publisher.failures
        and all(delay <= 2 for delay in delays)
    )
    print("soak: PASS" if ok else "soak: FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except run.BenchError as error:
        print(f"soak: error: {error}", file=sys.stderr)
        sys.exit(1)
