#!/usr/bin/env python
"""Benchmark of the public pages under production settings, against issue 8's targets.

In each mode (page cache off, then on) it counts the SQL queries of a warm request to
every page in-process (bench/queries.py), then serves the site with gunicorn and
measures each page with wrk, as a ratio to a minimal view served by the same server,
and reads the workers' memory. It prints one table with every target and whether it
was met. See bench/README.md.

    .venv/bin/python bench/run.py [--duration 10] [--scale] [--strict] [--json out.json]
"""

import argparse
import dataclasses
import http.client
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

import targets  # noqa: E402  (bench/targets.py: what is measured against what)
from targets import BASELINE, CACHED, MINIMAL_PATH, MODES, UNCACHED, Row  # noqa: E402

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
VENV_BIN = ROOT / ".venv" / "bin"
DEFAULT_SQLITE = BENCH_DIR / ".bench.sqlite3"
# Uploads made by load_demo_content stay inside bench/, away from a developer's media/.
MEDIA_ROOT = BENCH_DIR / ".media"
GUNICORN_LOG = BENCH_DIR / ".gunicorn.log"
# cms.settings.production with bench/urls.py, which adds the minimal view.
SETTINGS_MODULE = "bench.settings"
# Redis as production uses it, in a database of its own that each mode starts empty.
DEFAULT_CACHE_URL = "redis://127.0.0.1:6379/7"
HOST = "127.0.0.1"
HEALTH_PATH = "/healthz"
# As every browser asks, in the warm-up requests and in wrk's alike: the site
# compresses for those who do, and caches each encoding on its own.
ACCEPT_ENCODING = "gzip, deflate, br"
GUNICORN_WORKERS = 2
WRK_THREADS = 2
WRK_CONNECTIONS = 4
STARTUP_TIMEOUT_S = 60
# A page slower than this is reported as not answering; one slower than WRK_TIMEOUT
# counts as a socket error in wrk. Generous: a slow page must be measured, not lost.
FETCH_TIMEOUT_S = 60
WRK_TIMEOUT = "30s"
SETUP_TIMEOUT_S = 900
LOG_TAIL_LINES = 40

SETUP_COMMANDS = (
    ("migrate", "--noinput"),
    ("load_demo_content",),
    ("collectstatic", "--noinput"),
)

DEFAULT_URLS = {
    # First: the reference. Measured again after the pages; see targets.baseline_rate.
    BASELINE: MINIMAL_PATH,
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

# /proc/<pid>/status of a gunicorn worker, cut to the lines that are read.
STATUS_SAMPLE = """\
Name:\tgunicorn
State:\tS (sleeping)
Pid:\t4242
PPid:\t4240
VmPeak:\t  130000 kB
VmRSS:\t   97656 kB
Threads:\t1
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


# --- command line -------------------------------------------------------------------------


def parse_url_option(value: str) -> tuple[str, str]:
    name, sep, path = value.partition("=")
    if not sep or not name or not path.startswith("/"):
        raise argparse.ArgumentTypeError(f"expected name=/path/, got {value!r}")
    if name == BASELINE:
        raise argparse.ArgumentTypeError(f"{BASELINE!r} is the reference view's name")
    return name, path


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Throughput (gunicorn + wrk), latency, queries and worker memory of "
        "the public pages, uncached and cached, against issue 8's targets.",
        epilog="BENCH_DATABASE_URL=postgres://... selects PostgreSQL instead of "
        f"the SQLite file {DEFAULT_SQLITE.relative_to(ROOT)}.",
    )
    parser.add_argument(
        "--duration", type=int, default=10, metavar="S", help="wrk seconds per URL (10)"
    )
    parser.add_argument(
        "--mode",
        choices=("both", *MODES),
        default="both",
        help="page cache off (uncached), on (cached) or both, in that order (both)",
    )
    parser.add_argument(
        "--cache-url",
        default=DEFAULT_CACHE_URL,
        metavar="URL",
        help=f"CACHE_URL of the site; flushed before each mode ({DEFAULT_CACHE_URL})",
    )
    parser.add_argument(
        "--url",
        action="append",
        default=[],
        type=parse_url_option,
        metavar="NAME=/PATH/",
        help="extra URL to measure; repeatable; a default name is replaced",
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the results")
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
        help="grow the content to the issue's sizes first (bench/scale.py; idempotent)",
    )
    parser.add_argument("--strict", action="store_true", help="exit 1 when any target is missed")
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="test the parsers, ratios and target logic, and exit",
    )
    args = parser.parse_args(argv)
    if args.duration < 1:
        parser.error("--duration must be at least 1 second")
    return args


def selected_modes(choice: str) -> tuple[str, ...]:
    return MODES if choice == "both" else (choice,)


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


def bench_env(db_url: str, cache_url: str = DEFAULT_CACHE_URL) -> dict[str, str]:
    """The environment of every Django process of the run, this one included."""
    env = dict(os.environ)
    python_path = [str(ROOT), *filter(None, env.get("PYTHONPATH", "").split(os.pathsep))]
    env.update(
        DJANGO_SETTINGS_MODULE=SETTINGS_MODULE,
        # gunicorn imports bench.settings and bench.urls from the project root.
        PYTHONPATH=os.pathsep.join(python_path),
        # Fresh per run: nothing signed by the benchmark needs to outlive it.
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS=f"{HOST},localhost",
        DATABASE_URL=db_url,
        # wrk speaks plain HTTP; the redirect to HTTPS would be all it measured.
        SECURE_SSL_REDIRECT="False",
        CACHE_URL=cache_url,
        MEDIA_ROOT=str(MEDIA_ROOT),
    )
    return env


def mode_env(env: dict[str, str], mode: str) -> dict[str, str]:
    """The page cache off (PAGE_CACHE_SECONDS=0) or at the site's default."""
    env = dict(env)
    if mode == UNCACHED:
        env["PAGE_CACHE_SECONDS"] = "0"
    else:
        # Whatever the shell exported, cached means the setting production ships.
        env.pop("PAGE_CACHE_SECONDS", None)
    return env


def is_redis(cache_url: str) -> bool:
    return urlsplit(cache_url).scheme in ("redis", "rediss")


def prepare_cache(cache_url: str) -> None:
    """Check that a Redis cache answers, and empty it. The site would run on without
    it (home.cache.ForgivingRedisCache) and the numbers would be the database's."""
    if not is_redis(cache_url):
        print(f"cache: {redact(cache_url)} (per process, nothing to flush)", file=sys.stderr)
        return
    try:
        import redis
    except ImportError as exc:
        raise BenchError(f"redis is not importable; run with {VENV_BIN / 'python'}") from exc
    client = redis.Redis.from_url(cache_url, socket_timeout=5, socket_connect_timeout=5)
    try:
        client.ping()
        client.flushdb()
    except redis.RedisError as exc:
        raise BenchError(
            f"no Redis at {redact(cache_url)} ({exc}); start redis-server or pass "
            "--cache-url locmemcache://"
        ) from exc
    finally:
        client.close()


def tail(text: str, lines: int = LOG_TAIL_LINES) -> str:
    return "\n".join(text.rstrip().splitlines()[-lines:])


def run_python(env: dict[str, str], label: str, *command: str) -> str:
    print(f"setup: {label} ...", file=sys.stderr, flush=True)
    started = time.monotonic()
    try:
        result = subprocess.run(
            [str(VENV_BIN / "python"), *command],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=SETUP_TIMEOUT_S,
        )
    except subprocess.TimeoutExpired as exc:
        raise BenchError(f"{label} did not finish in {SETUP_TIMEOUT_S} s") from exc
    if result.returncode != 0:
        raise BenchError(f"{label} failed (exit {result.returncode}):\n{tail(result.stdout)}")
    print(f"setup: {label} ok ({time.monotonic() - started:.1f} s)", file=sys.stderr)
    return result.stdout


def manage(env: dict[str, str], *command: str) -> None:
    run_python(env, f"manage.py {' '.join(command)}", "manage.py", *command)


def run_setup(env: dict[str, str]) -> None:
    for command in SETUP_COMMANDS:
        manage(env, *command)


def scale_content(env: dict[str, str]) -> None:
    output = run_python(env, "bench/scale.py", str(BENCH_DIR / "scale.py"))
    print(tail(output), file=sys.stderr)


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


# --- SQL queries, in a process of the mode's own ------------------------------------------


def count_queries(rows: list[Row], env: dict[str, str], mode: str) -> None:
    """Fill in each row's status and query counts (bench/queries.py)."""
    request = {
        "rows": [[row.name, row.path] for row in rows],
        # The length test is about rendering: only the uncached pages render.
        "list_sizes": targets.LIST_SIZE_MODELS if mode == UNCACHED else {},
        "small_items": targets.SMALL_LIST_ITEMS,
    }
    with tempfile.TemporaryDirectory(prefix="bench-queries-") as folder:
        request_file = Path(folder) / "request.json"
        result_file = Path(folder) / "result.json"
        request_file.write_text(json.dumps(request))
        print(f"queries: counting ({mode}) ...", file=sys.stderr, flush=True)
        result = subprocess.run(
            [str(VENV_BIN / "python"), str(BENCH_DIR / "queries.py"), request_file, result_file],
            cwd=ROOT,
            env=env,
            stderr=subprocess.PIPE,
            text=True,
            timeout=SETUP_TIMEOUT_S,
        )
        # Warnings about failing pages; the rest of a failure's output is below.
        for line in result.stderr.splitlines():
            if line.startswith("warning:"):
                print(line, file=sys.stderr)
        if result.returncode != 0:
            raise BenchError(f"counting queries failed ({mode}):\n{tail(result.stderr)}")
        counted = json.loads(result_file.read_text())
    for row in rows:
        found = counted[row.name]
        row.status = found["status"]
        row.queries = found["queries"]
        row.queries_small = found["queries_small"]


# --- gunicorn -----------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def fetch_status(port: int, path: str, timeout: float = FETCH_TIMEOUT_S) -> int:
    # http.client, not urllib: a redirect must show as 301/302, not be followed.
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        conn.request("GET", path, headers={"Accept-Encoding": ACCEPT_ENCODING})
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
            status = fetch_status(port, HEALTH_PATH, timeout=2)
        except OSError as exc:
            last = repr(exc)
        else:
            if status == 200:
                return
            last = f"HTTP {status}"
        time.sleep(0.25)
    raise BenchError(
        f"{HEALTH_PATH} did not answer 200 within {STARTUP_TIMEOUT_S} s (last: {last}):\n"
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


def worker_memory_mb(master_pid: int) -> list[float]:
    """VmRSS of each process whose parent is the gunicorn master: its workers."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:  # gone since the listing
            continue
        if targets.parent_pid(status) == master_pid:
            rss = targets.vmrss_mb(status)
            if rss is not None:
                found.append(rss)
    return sorted(found)


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
        f"--timeout={WRK_TIMEOUT}",
        "--latency",
        "--header",
        f"Accept-Encoding: {ACCEPT_ENCODING}",
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


def measure_mode(
    rows: list[Row], env: dict[str, str], wrk: str, duration: int
) -> tuple[float | None, list[float]]:
    """wrk every row through one gunicorn, the minimal view first and last; the rate
    of the minimal view and the workers' memory once every page has been served."""
    port = free_port()
    baseline = next(row for row in rows if row.name == BASELINE)
    with GUNICORN_LOG.open("w") as log:
        proc = start_gunicorn(env, port, log)
        try:
            wait_until_healthy(proc, port)
            for row in rows:
                measure_row(row, port, wrk, duration)
            first = baseline.requests_per_s
            again = run_wrk(wrk, f"http://{HOST}:{port}{baseline.path}", duration)
            rate = targets.baseline_rate([first, again.requests_per_s])
            if first and again.requests_per_s and abs(again.requests_per_s / first - 1) > 0.2:
                print(
                    f"warning: the minimal view did {first:.0f} req/s before the pages and "
                    f"{again.requests_per_s:.0f} after: the machine's load changed",
                    file=sys.stderr,
                )
            baseline.requests_per_s = rate
            memory = worker_memory_mb(proc.pid)
        finally:
            stop_gunicorn(proc)
    return rate, memory


def measure_row(row: Row, port: int, wrk: str, duration: int) -> None:
    # A few requests first so that each worker has loaded templates and caches.
    try:
        statuses = [fetch_status(port, row.path) for _ in range(2 * GUNICORN_WORKERS)]
    except OSError as exc:
        print(f"warning: {row.name}: no answer ({exc!r}), not measured", file=sys.stderr)
        row.status = None
        return
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
    print(f"wrk: {row.mode} {row.name} {row.path} ({duration} s)", file=sys.stderr, flush=True)
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


# --- output -------------------------------------------------------------------------------


def write_json(
    rows: list[Row],
    baselines: dict[str, float | None],
    memory: targets.MemoryCheck | None,
    path: Path,
) -> None:
    data = {
        "rows": [
            {**dataclasses.asdict(row), "kind": row.kind, "p99_over_p50": row.tail_ratio}
            for row in rows
        ],
        "minimal_view_req_s": baselines,
        "worker_mb": memory.worker_mb if memory else None,
        "worker_mb_max": memory.max_mb if memory else None,
        "worker_memory_met": memory.met if memory else None,
    }
    path.write_text(json.dumps(data, indent=2) + "\n")


# --- self-check ---------------------------------------------------------------------------


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise BenchError(f"self-check: {message}")


def check_wrk_parser() -> None:
    result = parse_wrk_output(WRK_SAMPLE)
    expected = WrkResult(
        requests_per_s=1758.37, p50_ms=0.64268, p99_ms=1260.0, non_2xx_3xx=1935, socket_errors=3
    )
    for field in dataclasses.fields(WrkResult):
        got, want = getattr(result, field.name), getattr(expected, field.name)
        expect(abs(got - want) <= 1e-9, f"{field.name} parsed as {got}, expected {want}")
    try:
        parse_wrk_output("Running 1s test\n")
    except BenchError:
        pass
    else:
        raise BenchError("self-check: truncated wrk output was accepted")


def check_options() -> None:
    expect(
        parse_url_option("x=/a/?q=b=c") == ("x", "/a/?q=b=c"),
        "--url with '=' in the query string parsed wrongly",
    )
    try:
        parse_url_option(f"{BASELINE}=/x/")
    except argparse.ArgumentTypeError:
        pass
    else:
        raise BenchError("self-check: --url may not replace the reference view")
    expect(selected_modes("both") == (UNCACHED, CACHED), "both modes, uncached first")
    env = {"PAGE_CACHE_SECONDS": "0", "OTHER": "1"}
    expect(mode_env(env, UNCACHED)["PAGE_CACHE_SECONDS"] == "0", "uncached turns the cache off")
    expect("PAGE_CACHE_SECONDS" not in mode_env(env, CACHED), "cached uses the site's default")
    expect(env["PAGE_CACHE_SECONDS"] == "0", "mode_env changed its argument")
    expect(is_redis("redis://127.0.0.1:6379/7") and not is_redis("locmemcache://"), "is_redis")
    expect(
        Path(bench_env("sqlite:///x")["PYTHONPATH"].split(os.pathsep)[0]) == ROOT,
        "gunicorn must find bench.settings: the project root first on PYTHONPATH",
    )


def check_memory() -> None:
    expect(targets.parent_pid(STATUS_SAMPLE) == 4240, "PPid not read")
    mb = targets.vmrss_mb(STATUS_SAMPLE)
    expect(mb is not None and abs(mb - 99.999744) < 1e-9, f"97656 kB read as {mb} MB")
    expect(targets.vmrss_mb("Name:\tzombie\nPPid:\t1\n") is None, "a zombie has no VmRSS")
    memory = targets.MemoryCheck({UNCACHED: [80.0, 121.5], CACHED: [60.0]})
    expect(memory.max_mb == 121.5 and memory.met is False, "121.5 MB must miss 120 MB")
    expect(targets.MemoryCheck({UNCACHED: [119.9]}).met is True, "119.9 MB meets 120 MB")
    expect(targets.MemoryCheck({}).met is None, "no workers read: not judged")


def judged(name: str, mode: str, **measured) -> Row:
    row = Row(name, "/x/", mode, **measured)
    targets.judge(row)
    return row


def check_targets() -> None:
    # Ratios: each mode's rows against its own minimal view.
    rows = [
        Row(BASELINE, MINIMAL_PATH, UNCACHED, requests_per_s=4000.0),
        Row("story_en", "/s/", UNCACHED, requests_per_s=130.0),
        Row("story_en", "/s/", CACHED, requests_per_s=1500.0),
    ]
    targets.add_ratios(rows, {UNCACHED: 4000.0, CACHED: 3000.0})
    expect(abs(rows[1].percent_of_baseline - 3.25) < 1e-9, "uncached ratio")
    expect(abs(rows[2].percent_of_baseline - 50.0) < 1e-9, "cached ratio uses its own minimal")
    expect(targets.baseline_rate([4000.0, 3000.0]) == 3500.0, "baseline: mean of two runs")
    expect(targets.baseline_rate([None, 0.0]) is None, "baseline: nothing measured")

    fast = {"status": 200, "p50_ms": 10.0, "p99_ms": 30.0}
    detail = judged("story_en", UNCACHED, percent_of_baseline=3.2, queries=12, **fast)
    expect(detail.met is True, f"detail at exactly 3.2% and 12 queries meets: {detail.missed}")
    expect(detail.target == ">=3.2%, p99<=3xp50, q<=12", f"detail target text {detail.target!r}")
    slow = judged("story_en", UNCACHED, percent_of_baseline=3.19, queries=13, **fast)
    expect(slow.missed == [">=3.2%", "q<=12"], f"slow detail missed {slow.missed}")
    expect(judged("home_pl", UNCACHED, percent_of_baseline=1.7, **fast).met, "home at 1.7%")
    expect(not judged("search_pl", UNCACHED, percent_of_baseline=1.6, **fast).met, "search")
    expect(judged("geojson_pl", UNCACHED, percent_of_baseline=1.5, **fast).met, "geojson")
    expect(not judged("events_pl", UNCACHED, percent_of_baseline=2.4, **fast).met, "list 2.5%")
    other = judged("sitemap", UNCACHED, percent_of_baseline=0.1, **fast)
    expect(other.met is True and other.target == "p99<=3xp50", "uncached sitemap: latency only")
    expect(not judged("sitemap", CACHED, percent_of_baseline=49.9, **fast).met, "cached 50%")
    expect(
        judged("story_en", CACHED, percent_of_baseline=50, queries=40, **fast).met,
        "queries are judged uncached only",
    )
    tail = judged("robots", CACHED, percent_of_baseline=90, status=200, p50_ms=1, p99_ms=3.01)
    expect(tail.missed == ["p99<=3xp50"], f"p99 over 3x p50 missed: {tail.missed}")
    broken = judged("home_pl", UNCACHED, status=500, percent_of_baseline=9, p50_ms=1, p99_ms=1)
    expect(broken.missed == ["200"], "a page that is not 200 misses")

    same = judged(
        "stories_pl", UNCACHED, queries=20, queries_small=20, percent_of_baseline=3, **fast
    )
    expect(same.met is True and "q same at 10" in same.target, "same list queries meet")
    grows = judged(
        "stories_pl", UNCACHED, queries=22, queries_small=20, percent_of_baseline=3, **fast
    )
    expect(grows.missed == ["q same at 10"], "a list whose queries grow misses")
    expect(
        "q same" not in judged("stories_en_filtered", UNCACHED, **fast).target,
        "filtered lists are not counted at two sizes",
    )

    counted_only = judged("story_en", UNCACHED, status=200, queries=5)
    expect(counted_only.met is None, "--only-queries: rates unknown, so not judged met")
    expect(
        judged("story_en", UNCACHED, status=200, queries=13).met is False,
        "--only-queries still misses a query target",
    )
    reference = judged(BASELINE, UNCACHED, status=200, requests_per_s=4000.0)
    expect(reference.met is None and reference.target == "", "the reference has no target")

    expect(targets.any_missed([grows], None), "a missed row fails --strict")
    expect(targets.any_missed([detail], targets.MemoryCheck({CACHED: [130.0]})), "memory fails")
    expect(not targets.any_missed([detail, reference], targets.MemoryCheck({})), "all met")

    table = targets.format_table([reference, detail, grows]).splitlines()
    for column in (
        "page",
        "mode",
        "req/s",
        "% min",
        "p50 ms",
        "p99 ms",
        "p99/p50",
        "queries",
        "target",
        "met",
    ):
        expect(column in table[0], f"table has no {column!r} column")
    expect("22 (10: 20)" in table[4] and "no: q same at 10" in table[4], "list row shows both")
    summary = targets.format_summary(
        [detail, grows], {UNCACHED: 4000.0}, targets.MemoryCheck({UNCACHED: [90.0]})
    )
    expect("targets: 1 met, 1 missed: stories_pl (uncached)" in summary, summary)


def self_check() -> None:
    check_wrk_parser()
    check_options()
    check_memory()
    check_targets()
    print("self-check ok")


# --- main ---------------------------------------------------------------------------------


def exit_on_sigterm(signum, frame) -> None:
    # SystemExit unwinds through the finally that stops gunicorn; the default action would not.
    sys.exit(128 + signum)


def run_modes(args, urls, env) -> tuple[list[Row], dict, targets.MemoryCheck | None]:
    wrk = None if args.only_queries else ensure_wrk()
    rows, baselines, memory = [], {}, {}
    for mode in selected_modes(args.mode):
        mode_rows = [Row(name, path, mode) for name, path in urls.items()]
        env_of_mode = mode_env(env, mode)
        prepare_cache(args.cache_url)
        count_queries(mode_rows, env_of_mode, mode)
        if wrk:
            # The counting filled the cache: each mode's server starts from nothing.
            prepare_cache(args.cache_url)
            baselines[mode], memory[mode] = measure_mode(mode_rows, env_of_mode, wrk, args.duration)
        rows += mode_rows
    targets.add_ratios(rows, baselines)
    for row in rows:
        targets.judge(row)
    return rows, baselines, targets.MemoryCheck(memory) if wrk else None


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, exit_on_sigterm)
    try:
        if args.self_check:
            self_check()
            return 0
        urls = {**DEFAULT_URLS, **dict(args.url)}
        db_url = database_url()
        env = bench_env(db_url, args.cache_url)
        print(f"database: {redact(db_url)}, cache: {redact(args.cache_url)}", file=sys.stderr)
        require_django()
        prepare_cache(args.cache_url)
        if args.skip_setup:
            check_database_exists(db_url)
        else:
            run_setup(env)
        if args.scale:
            scale_content(env)
        rows, baselines, memory = run_modes(args, urls, env)
    except BenchError as exc:
        print(f"bench: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("bench: interrupted", file=sys.stderr)
        return 130
    print(targets.format_table(rows))
    print(targets.format_summary(rows, baselines, memory))
    failed = sorted({f"{row.name} ({row.status})" for row in rows if row.status != 200})
    if failed:
        print(f"warning: not 200, numbers are not meaningful: {', '.join(failed)}", file=sys.stderr)
    if args.json:
        write_json(rows, baselines, memory, args.json)
        print(f"wrote {args.json}", file=sys.stderr)
    if args.strict and targets.any_missed(rows, memory):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
