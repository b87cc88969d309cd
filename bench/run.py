#!/usr/bin/env python
"""Benchmark of the public pages under production settings.

For each page it measures throughput and latency through gunicorn with wrk, and counts
the SQL queries of a warm request in-process. See bench/README.md.

    .venv/bin/python bench/run.py [--duration 10] [--url name=/path/] [--json out.json]
"""

import argparse
import dataclasses
import http.client
import json
import logging
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import traceback
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
VENV_BIN = ROOT / ".venv" / "bin"
DEFAULT_SQLITE = BENCH_DIR / ".bench.sqlite3"
# Uploads made by load_demo_content stay inside bench/, away from a developer's media/.
MEDIA_ROOT = BENCH_DIR / ".media"
GUNICORN_LOG = BENCH_DIR / ".gunicorn.log"
SETTINGS_MODULE = "cms.settings.production"
HOST = "127.0.0.1"
GUNICORN_WORKERS = 2
WRK_THREADS = 2
WRK_CONNECTIONS = 4
STARTUP_TIMEOUT_S = 60
SETUP_TIMEOUT_S = 900
LOG_TAIL_LINES = 40

SETUP_COMMANDS = (
    ("migrate", "--noinput"),
    ("load_demo_content",),
    ("collectstatic", "--noinput"),
)

BASELINE = "healthz"
DEFAULT_URLS = {
    "home_pl": "/pl/",
    "library_pl": "/pl/dobre-praktyki/",
    "library_en_facets": "/en/good-practices/?area=governance&country=pl",
    "practice_en": "/en/good-practices/digital-app-for-learning-latvian/",
    "geojson_pl": "/pl/dobre-praktyki/map.geojson",
    "award_pl": "/pl/aktualnosci/miasta-otwarte-2015/",
    "award_en": "/en/news/open-cities-2015/",
    "awarded_practice_uk": "/uk/dobri-praktyky/miskyi-punkt-obsluhovuvannia-inozemtsiv/",
    "events_pl": "/pl/wydarzenia/",
    "events_en_filtered": "/en/events/?type=workshop&year=2021",
    "event_en": "/en/events/epi-launch-in-riga/",
    "calendar_pl": "/pl/wydarzenia/calendar.ics",
    "stories_pl": "/pl/aktualnosci/",
    "stories_en_filtered": "/en/news/?kind=fact-check",
    "story_en": "/en/news/does-the-region-do-nothing-to-integrate-migrants/",
    "feed_rss_pl": "/pl/aktualnosci/feed.rss",
    "feed_atom_en": "/en/news/feed.atom",
    "claims_pl": "/pl/sprawdzamy-fakty/",
    "home_en": "/en/",
    "home_uk": "/uk/",
    "about_pl": "/pl/o-nas/",
    "search_pl": "/pl/szukaj/?q=integracja",
    "search_en_practices": "/en/search/?q=migrants&type=practice",
    "topics_pl": "/pl/tematy/",
    "topic_pl": "/pl/tematy/dostep-do-rynku-pracy/",
    "topic_en": "/en/topics/labour-market-access/",
    "topic_feed_uk": "/uk/temy/dostup-do-rynku-pratsi/feed.rss",
    "sitemap": "/sitemap.xml",
    "robots": "/robots.txt",
    # One SELECT 1 through the whole middleware stack: the floor every page is compared to.
    BASELINE: "/healthz",
}

TIME_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}
LATENCY_RE = r"^\s*{pct}%\s+([\d.]+)(us|ms|s|m|h)\s*$"
REQUESTS_RE = re.compile(r"^Requests/sec:\s+([\d.]+)\s*$", re.MULTILINE)
NON_2XX_RE = re.compile(r"Non-2xx or 3xx responses:\s+(\d+)")
SOCKET_ERRORS_RE = re.compile(
    r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)"
)

# Output of `wrk -t2 -c4 -d1s --latency` against a 404, with the 50%/99% units and a
# socket-errors line edited in so that --self-check exercises every branch of the parser.
WRK_SAMPLE = """\
Running 1s test @ http://127.0.0.1:18765/missing
  2 threads and 4 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     2.20ms  642.68us   7.13ms   72.52%
    Req/Sec     0.88k    49.42     0.97k    63.64%
  Latency Distribution
     50%  642.68us
     75%    2.55ms
     90%    3.04ms
     99%    1.26s
  1935 requests in 1.10s, 0.96MB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 1935
Requests/sec:   1758.37
Transfer/sec:      0.87MB
"""


class BenchError(Exception):
    """A failure that ends the run with a message instead of a traceback."""


@dataclasses.dataclass
class WrkResult:
    requests_per_s: float
    p50_ms: float
    p99_ms: float
    non_2xx_3xx: int
    socket_errors: int


@dataclasses.dataclass
class Row:
    name: str
    path: str
    status: int | None = None
    requests_per_s: float | None = None
    percent_of_baseline: float | None = None
    p50_ms: float | None = None
    p99_ms: float | None = None
    queries: int | None = None
    non_2xx_3xx: int | None = None
    socket_errors: int | None = None


# --- command line -------------------------------------------------------------------------


def parse_url_option(value: str) -> tuple[str, str]:
    name, sep, path = value.partition("=")
    if not sep or not name or not path.startswith("/"):
        raise argparse.ArgumentTypeError(f"expected name=/path/, got {value!r}")
    return name, path


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Throughput (gunicorn + wrk) and SQL queries of the public pages.",
        epilog="BENCH_DATABASE_URL=postgres://... selects PostgreSQL instead of "
        f"the SQLite file {DEFAULT_SQLITE.relative_to(ROOT)}.",
    )
    parser.add_argument(
        "--duration", type=int, default=10, metavar="S", help="wrk seconds per URL (10)"
    )
    parser.add_argument(
        "--url",
        action="append",
        default=[],
        type=parse_url_option,
        metavar="NAME=/PATH/",
        help="extra URL to measure; repeatable; a default name is replaced",
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the rows as JSON")
    parser.add_argument(
        "--only-queries", action="store_true", help="count queries only; no gunicorn or wrk"
    )
    parser.add_argument(
        "--skip-setup",
        action="store_true",
        help="reuse the database as is: no migrate, load_demo_content, collectstatic",
    )
    parser.add_argument(
        "--scale",
        action="store_true",
        help="grow the content to the issues' sizes first (bench/scale.py; idempotent)",
    )
    parser.add_argument(
        "--self-check", action="store_true", help="test the wrk output parser and exit"
    )
    args = parser.parse_args(argv)
    if args.duration < 1:
        parser.error("--duration must be at least 1 second")
    return args


# --- environment and setup ----------------------------------------------------------------


def database_url() -> str:
    # Four slashes: sqlite:/// followed by the absolute path.
    return os.environ.get("BENCH_DATABASE_URL") or f"sqlite:///{DEFAULT_SQLITE}"


def redact(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


def bench_env(db_url: str) -> dict[str, str]:
    """The environment of every Django process of the run, this one included."""
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE=SETTINGS_MODULE,
        # Fresh per run: nothing signed by the benchmark needs to outlive it.
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS=f"{HOST},localhost",
        DATABASE_URL=db_url,
        # wrk speaks plain HTTP; the redirect to HTTPS would be all it measured.
        SECURE_SSL_REDIRECT="False",
        CACHE_URL="locmemcache://",
        MEDIA_ROOT=str(MEDIA_ROOT),
    )
    return env


def tail(text: str, lines: int = LOG_TAIL_LINES) -> str:
    return "\n".join(text.rstrip().splitlines()[-lines:])


def manage(env: dict[str, str], *command: str) -> None:
    label = " ".join(command)
    print(f"setup: manage.py {label} ...", file=sys.stderr, flush=True)
    started = time.monotonic()
    try:
        result = subprocess.run(
            [str(VENV_BIN / "python"), "manage.py", *command],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=SETUP_TIMEOUT_S,
        )
    except subprocess.TimeoutExpired as exc:
        raise BenchError(f"manage.py {label} did not finish in {SETUP_TIMEOUT_S} s") from exc
    if result.returncode != 0:
        raise BenchError(
            f"manage.py {label} failed (exit {result.returncode}):\n{tail(result.stdout)}"
        )
    print(f"setup: manage.py {label} ok ({time.monotonic() - started:.1f} s)", file=sys.stderr)


def run_setup(env: dict[str, str]) -> None:
    for command in SETUP_COMMANDS:
        manage(env, *command)


def scale_content(env: dict[str, str]) -> None:
    print("setup: bench/scale.py ...", file=sys.stderr, flush=True)
    result = subprocess.run(
        [str(VENV_BIN / "python"), str(BENCH_DIR / "scale.py")],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=SETUP_TIMEOUT_S,
    )
    if result.returncode != 0:
        raise BenchError(
            f"bench/scale.py failed (exit {result.returncode}):\n{tail(result.stdout)}"
        )
    print(tail(result.stdout), file=sys.stderr)


def check_database_exists(db_url: str) -> None:
    # PostgreSQL is checked by the first query; a missing SQLite file would be created empty.
    if not db_url.startswith("sqlite:"):
        return
    # As django-environ reads it: sqlite:////abs/path is /abs/path.
    path = Path(urlsplit(db_url).path[1:])
    if not path.exists():
        raise BenchError(f"--skip-setup: {path} does not exist; run without --skip-setup")


def require_django() -> None:
    try:
        import django  # noqa: F401
    except ImportError as exc:
        raise BenchError(f"Django is not importable; run with {VENV_BIN / 'python'}") from exc


def describe(exc_info) -> str:
    """The exception and the innermost project frame: enough to find the bug."""
    _, exc, tb = exc_info
    frames = traceback.extract_tb(tb)
    own = [f for f in frames if f.filename.startswith(str(ROOT)) and "/.venv/" not in f.filename]
    where = own[-1] if own else frames[-1]
    summary = "".join(traceback.format_exception_only(exc)).strip()
    return f"{summary} (at {where.filename}:{where.lineno})"


# --- SQL queries, in-process --------------------------------------------------------------


def measure_queries(rows: list[Row], env: dict[str, str]) -> None:
    """Count the queries of the second (warm) request of each URL."""
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection, connections
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    # Each failing page is reported once below; production logging would add two tracebacks.
    logging.getLogger("django.request").setLevel(logging.CRITICAL)
    # A page that raises should show up as a 500 in the table, not end the run.
    client = Client(HTTP_HOST=HOST, raise_request_exception=False)
    try:
        for row in rows:
            client.get(row.path)
            with CaptureQueriesContext(connection) as captured:
                response = client.get(row.path)
            row.status = response.status_code
            row.queries = len(captured.captured_queries)
            if getattr(response, "exc_info", None):
                print(f"warning: {row.name}: {describe(response.exc_info)}", file=sys.stderr)
    except Exception as exc:
        raise BenchError(f"counting queries failed: {exc!r}") from exc
    finally:
        connections.close_all()


# --- gunicorn -----------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def fetch_status(port: int, path: str, timeout: float = 10.0) -> int:
    # http.client, not urllib: a redirect must show as 301/302, not be followed.
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


def start_gunicorn(env: dict[str, str], port: int, log) -> subprocess.Popen:
    command = [
        str(VENV_BIN / "gunicorn"),
        "cms.wsgi:application",
        "--workers",
        str(GUNICORN_WORKERS),
        "--bind",
        f"{HOST}:{port}",
    ]
    print(f"gunicorn: starting on {HOST}:{port}, log {GUNICORN_LOG}", file=sys.stderr)
    # Own session, so a stuck server can be killed with its workers and nothing else.
    return subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )


def wait_until_healthy(proc: subprocess.Popen, port: int) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    last = "no answer"
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise BenchError(
                f"gunicorn exited with {proc.returncode} before answering:\n"
                f"{tail(GUNICORN_LOG.read_text(errors='replace'))}"
            )
        try:
            status = fetch_status(port, DEFAULT_URLS[BASELINE], timeout=2)
        except OSError as exc:
            last = repr(exc)
        else:
            if status == 200:
                return
            last = f"HTTP {status}"
        time.sleep(0.25)
    raise BenchError(
        f"/healthz did not answer 200 within {STARTUP_TIMEOUT_S} s (last: {last}):\n"
        f"{tail(GUNICORN_LOG.read_text(errors='replace'))}"
    )


def stop_gunicorn(proc: subprocess.Popen) -> None:
    if proc.poll() is not None:
        return
    # SIGTERM lets the arbiter stop its workers gracefully.
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    print("gunicorn: stopped", file=sys.stderr)


# --- wrk ----------------------------------------------------------------------------------


def ensure_wrk() -> str:
    found = shutil.which("wrk")
    if found:
        return found
    if os.geteuid() != 0:
        raise BenchError(
            "wrk is not installed; install the Debian package (sudo apt-get install -y wrk) "
            "or run with --only-queries"
        )
    print("wrk: not found, installing with apt-get", file=sys.stderr)
    apt_env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "wrk"]
    if subprocess.run(install, env=apt_env, stdout=subprocess.DEVNULL).returncode != 0:
        # A fresh machine may have no package lists yet.
        subprocess.run(["apt-get", "update"], env=apt_env, stdout=subprocess.DEVNULL)
        if subprocess.run(install, env=apt_env, stdout=subprocess.DEVNULL).returncode != 0:
            raise BenchError("apt-get install -y wrk failed; install wrk or use --only-queries")
    found = shutil.which("wrk")
    if not found:
        raise BenchError("wrk was installed but is not on PATH")
    return found


def to_ms(value: str, unit: str) -> float:
    return float(value) * TIME_UNITS_MS[unit]


def parse_latency(output: str, percentile: int) -> float:
    match = re.search(LATENCY_RE.format(pct=percentile), output, re.MULTILINE)
    if not match:
        raise BenchError(f"no {percentile}% latency line in wrk output:\n{output}")
    return to_ms(*match.groups())


def parse_wrk_output(output: str) -> WrkResult:
    requests = REQUESTS_RE.search(output)
    if not requests:
        raise BenchError(f"no Requests/sec line in wrk output:\n{output}")
    non_2xx = NON_2XX_RE.search(output)
    socket_errors = SOCKET_ERRORS_RE.search(output)
    return WrkResult(
        requests_per_s=float(requests.group(1)),
        p50_ms=parse_latency(output, 50),
        p99_ms=parse_latency(output, 99),
        non_2xx_3xx=int(non_2xx.group(1)) if non_2xx else 0,
        socket_errors=sum(map(int, socket_errors.groups())) if socket_errors else 0,
    )


def run_wrk(wrk: str, url: str, duration: int) -> WrkResult:
    command = [
        wrk,
        f"-t{WRK_THREADS}",
        f"-c{WRK_CONNECTIONS}",
        f"-d{duration}s",
        "--latency",
        url,
    ]
    try:
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=duration + 60, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise BenchError(f"wrk did not finish for {url}") from exc
    if result.returncode != 0:
        raise BenchError(f"wrk failed for {url} (exit {result.returncode}):\n{result.stderr}")
    return parse_wrk_output(result.stdout)


def measure_throughput(rows: list[Row], env: dict[str, str], wrk: str, duration: int) -> None:
    port = free_port()
    with GUNICORN_LOG.open("w") as log:
        proc = start_gunicorn(env, port, log)
        try:
            wait_until_healthy(proc, port)
            for row in rows:
                measure_row(row, port, wrk, duration)
        finally:
            stop_gunicorn(proc)


def measure_row(row: Row, port: int, wrk: str, duration: int) -> None:
    # A few requests first so that each worker has loaded templates and caches.
    statuses = [fetch_status(port, row.path) for _ in range(2 * GUNICORN_WORKERS)]
    status = statuses[-1]
    if len(set(statuses)) > 1:
        print(f"warning: {row.name}: statuses vary between requests: {statuses}", file=sys.stderr)
    if row.status is not None and row.status != status:
        print(
            f"warning: {row.name}: gunicorn answered {status}, the in-process client "
            f"{row.status}; the query count is for the latter",
            file=sys.stderr,
        )
    row.status = status
    print(f"wrk: {row.name} {row.path} ({duration} s)", file=sys.stderr, flush=True)
    result = run_wrk(wrk, f"http://{HOST}:{port}{row.path}", duration)
    row.requests_per_s = result.requests_per_s
    row.p50_ms = result.p50_ms
    row.p99_ms = result.p99_ms
    row.non_2xx_3xx = result.non_2xx_3xx
    row.socket_errors = result.socket_errors
    if result.non_2xx_3xx or result.socket_errors:
        print(
            f"warning: {row.name}: {result.non_2xx_3xx} non-2xx/3xx responses, "
            f"{result.socket_errors} socket errors",
            file=sys.stderr,
        )


def add_baseline_ratios(rows: list[Row]) -> None:
    baseline = next((row for row in rows if row.name == BASELINE), None)
    if baseline is None or not baseline.requests_per_s:
        return
    for row in rows:
        if row.requests_per_s is not None:
            row.percent_of_baseline = 100.0 * row.requests_per_s / baseline.requests_per_s


# --- output -------------------------------------------------------------------------------


def format_table(rows: list[Row]) -> str:
    def num(value: float | int | None, spec: str) -> str:
        return "-" if value is None else format(value, spec)

    header = ("name", "path", "status", "req/s", "% base", "p50 ms", "p99 ms", "queries")
    cells = [
        (
            row.name,
            row.path,
            num(row.status, "d"),
            num(row.requests_per_s, ".1f"),
            num(row.percent_of_baseline, ".1f"),
            num(row.p50_ms, ".2f"),
            num(row.p99_ms, ".2f"),
            num(row.queries, "d"),
        )
        for row in rows
    ]
    widths = [max(len(line[i]) for line in [header, *cells]) for i in range(len(header))]
    text_columns = 2

    def line(values: tuple[str, ...]) -> str:
        return "  ".join(
            value.ljust(width) if i < text_columns else value.rjust(width)
            for i, (value, width) in enumerate(zip(values, widths, strict=True))
        ).rstrip()

    rule = "  ".join("-" * width for width in widths)
    return "\n".join([line(header), rule, *(line(values) for values in cells)])


def write_json(rows: list[Row], path: Path) -> None:
    path.write_text(json.dumps([dataclasses.asdict(row) for row in rows], indent=2) + "\n")


# --- self-check ---------------------------------------------------------------------------


def self_check() -> None:
    result = parse_wrk_output(WRK_SAMPLE)
    expected = WrkResult(
        requests_per_s=1758.37, p50_ms=0.64268, p99_ms=1260.0, non_2xx_3xx=1935, socket_errors=3
    )
    for field in dataclasses.fields(WrkResult):
        got, want = getattr(result, field.name), getattr(expected, field.name)
        if abs(got - want) > 1e-9:
            raise BenchError(f"self-check: {field.name} parsed as {got}, expected {want}")
    try:
        parse_wrk_output("Running 1s test\n")
    except BenchError:
        pass
    else:
        raise BenchError("self-check: truncated wrk output was accepted")
    if parse_url_option("x=/a/?q=b=c") != ("x", "/a/?q=b=c"):
        raise BenchError("self-check: --url with '=' in the query string parsed wrongly")
    print("self-check ok")


# --- main ---------------------------------------------------------------------------------


def exit_on_sigterm(signum, frame) -> None:
    # SystemExit unwinds through the finally that stops gunicorn; the default action would not.
    sys.exit(128 + signum)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, exit_on_sigterm)
    try:
        if args.self_check:
            self_check()
            return 0
        urls = {**DEFAULT_URLS, **dict(args.url)}
        rows = [Row(name, path) for name, path in urls.items()]
        db_url = database_url()
        env = bench_env(db_url)
        print(f"database: {redact(db_url)}", file=sys.stderr)
        require_django()
        if args.skip_setup:
            check_database_exists(db_url)
        else:
            run_setup(env)
        if args.scale:
            scale_content(env)
        measure_queries(rows, env)
        if not args.only_queries:
            measure_throughput(rows, env, ensure_wrk(), args.duration)
            add_baseline_ratios(rows)
    except BenchError as exc:
        print(f"bench: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("bench: interrupted", file=sys.stderr)
        return 130
    print(format_table(rows))
    failed = [f"{row.name} ({row.status})" for row in rows if row.status != 200]
    if failed:
        print(f"warning: not 200, numbers are not meaningful: {', '.join(failed)}", file=sys.stderr)
    if args.json:
        write_json(rows, args.json)
        print(f"wrote {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
