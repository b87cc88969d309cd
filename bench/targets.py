"""The targets of issue 8 and how a measured row is judged against them.

Pure functions and data only: bench/run.py measures, this module decides, and
``run.py --self-check`` tests it without a server."""

import dataclasses
import statistics

UNCACHED = "uncached"
CACHED = "cached"
MODES = (UNCACHED, CACHED)

# The reference every rate is divided by: a view that returns a small HttpResponse
# through the whole middleware stack (bench/urls.py), on the same server.
BASELINE = "minimal"
MINIMAL_PATH = "/bench/minimal"

HOME = "home"
SEARCH = "search"
DETAIL = "detail"
LIST = "list"
GEOJSON = "geojson"
OTHER = "other"

# What kind of page each default row is; a row not named here (a --url) is OTHER.
KINDS = {
    "home_pl": HOME,
    "home_en": HOME,
    "home_uk": HOME,
    "search_pl": SEARCH,
    "search_en_practices": SEARCH,
    "story_en": DETAIL,
    "award_pl": DETAIL,
    "award_en": DETAIL,
    "event_en": DETAIL,
    "practice_en": DETAIL,
    "awarded_practice_uk": DETAIL,
    "stories_pl": LIST,
    "stories_en_filtered": LIST,
    "events_pl": LIST,
    "events_en_filtered": LIST,
    "library_pl": LIST,
    "library_en_facets": LIST,
    "geojson_pl": GEOJSON,
}

# Uncached: the least share of the minimal view's rate, in percent.
UNCACHED_MIN_PERCENT = {HOME: 1.7, SEARCH: 1.7, DETAIL: 3.2, LIST: 2.5, GEOJSON: 1.5}
# Cached: every public page.
CACHED_MIN_PERCENT = 50.0
MAX_P99_OVER_P50 = 3.0
MAX_DETAIL_QUERIES = 12
MAX_WORKER_MB = 120.0

# The list pages whose query count must not depend on their length: each is counted
# at full scale and again, in a rolled-back transaction, with all but SMALL_LIST_ITEMS
# of the source language's items of its model hidden (bench/queries.py). The unfiltered
# source-language lists, because they are the ones bench/scale.py grows.
SMALL_LIST_ITEMS = 10
LIST_SIZE_MODELS = {
    "stories_pl": "stories.StoryPage",
    "events_pl": "events.EventPage",
    "library_pl": "practices.Practice",
}


@dataclasses.dataclass
class Row:
    name: str
    path: str
    mode: str
    status: int | None = None
    requests_per_s: float | None = None
    percent_of_baseline: float | None = None
    p50_ms: float | None = None
    p99_ms: float | None = None
    queries: int | None = None
    # The same list page's queries with SMALL_LIST_ITEMS items (LIST_SIZE_MODELS rows).
    queries_small: int | None = None
    non_2xx_3xx: int | None = None
    socket_errors: int | None = None
    target: str = ""
    met: bool | None = None
    missed: list[str] = dataclasses.field(default_factory=list)

    @property
    def kind(self) -> str:
        return BASELINE if self.name == BASELINE else KINDS.get(self.name, OTHER)

    @property
    def tail_ratio(self) -> float | None:
        if not self.p50_ms or self.p99_ms is None:
            return None
        return self.p99_ms / self.p50_ms


@dataclasses.dataclass
class Check:
    label: str
    # None: not measured in this run (--only-queries), so neither met nor missed.
    met: bool | None


def rate_target(row: Row) -> float | None:
    """The least percent of the minimal view's rate this row must reach, if any."""
    if row.kind == BASELINE:
        return None
    if row.mode == CACHED:
        return CACHED_MIN_PERCENT
    return UNCACHED_MIN_PERCENT.get(row.kind)


def checks(row: Row) -> list[Check]:
    if row.kind == BASELINE:
        return []
    found = [Check("200", row.status == 200)]
    least = rate_target(row)
    if least is not None:
        got = row.percent_of_baseline
        found.append(Check(f">={least:g}%", None if got is None else got >= least))
    tail = row.tail_ratio
    found.append(
        Check(
            f"p99<={MAX_P99_OVER_P50:g}xp50",
            None if tail is None else tail <= MAX_P99_OVER_P50,
        )
    )
    if row.mode == UNCACHED and row.kind == DETAIL:
        found.append(
            Check(
                f"q<={MAX_DETAIL_QUERIES}",
                None if row.queries is None else row.queries <= MAX_DETAIL_QUERIES,
            )
        )
    if row.mode == UNCACHED and row.name in LIST_SIZE_MODELS:
        same = None
        if row.queries is not None and row.queries_small is not None:
            same = row.queries == row.queries_small
        found.append(Check(f"q same at {SMALL_LIST_ITEMS}", same))
    return found


def judge(row: Row) -> None:
    """Fill in the row's target text and whether it met all of it."""
    found = checks(row)
    row.target = ", ".join(check.label for check in found if check.label != "200")
    row.missed = [check.label for check in found if check.met is False]
    if not found:
        row.met = None
    elif row.missed:
        row.met = False
    elif any(check.met is None for check in found):
        row.met = None
    else:
        row.met = True


def baseline_rate(rates: list[float]) -> float | None:
    """The minimal view is measured before and after a mode's pages: their mean
    evens out a machine that got busier or quieter in between."""
    rates = [rate for rate in rates if rate]
    return statistics.fmean(rates) if rates else None


def add_ratios(rows: list[Row], baselines: dict[str, float | None]) -> None:
    """Each row's rate as a percent of its own mode's minimal view."""
    for row in rows:
        reference = baselines.get(row.mode)
        if row.requests_per_s is not None and reference:
            row.percent_of_baseline = 100.0 * row.requests_per_s / reference


@dataclasses.dataclass
class MemoryCheck:
    worker_mb: dict[str, list[float]]

    @property
    def max_mb(self) -> float | None:
        every = [mb for values in self.worker_mb.values() for mb in values]
        return max(every) if every else None

    @property
    def met(self) -> bool | None:
        return None if self.max_mb is None else self.max_mb <= MAX_WORKER_MB


def vmrss_mb(status_text: str) -> float | None:
    """The VmRSS line of /proc/<pid>/status, in MB (10^6 bytes; the kernel's kB are
    KiB): None for a process that has no memory line (a zombie)."""
    for line in status_text.splitlines():
        if line.startswith("VmRSS:"):
            value, unit = line.split()[1:3]
            if unit != "kB":
                raise ValueError(f"unexpected VmRSS unit: {line!r}")
            return int(value) * 1024 / 1_000_000
    return None


def parent_pid(status_text: str) -> int | None:
    for line in status_text.splitlines():
        if line.startswith("PPid:"):
            return int(line.split()[1])
    return None


# --- output -------------------------------------------------------------------------------


def yes_no(met: bool | None, missed: list[str] | None = None) -> str:
    if met is None:
        return "-"
    if met:
        return "yes"
    return "no: " + ", ".join(missed) if missed else "no"


def format_table(rows: list[Row]) -> str:
    def num(value: float | int | None, spec: str) -> str:
        return "-" if value is None else format(value, spec)

    def queries(row: Row) -> str:
        if row.queries_small is None:
            return num(row.queries, "d")
        return f"{num(row.queries, 'd')} ({SMALL_LIST_ITEMS}: {row.queries_small})"

    header = (
        "page",
        "mode",
        "status",
        "req/s",
        "% min",
        "p50 ms",
        "p99 ms",
        "p99/p50",
        "queries",
        "target",
        "met",
    )
    cells = [
        (
            row.name,
            row.mode,
            num(row.status, "d"),
            num(row.requests_per_s, ".1f"),
            num(row.percent_of_baseline, ".2f"),
            num(row.p50_ms, ".2f"),
            num(row.p99_ms, ".2f"),
            num(row.tail_ratio, ".1f"),
            queries(row),
            row.target or ("reference" if row.kind == BASELINE else ""),
            yes_no(row.met, row.missed),
        )
        for row in rows
    ]
    widths = [max(len(line[i]) for line in [header, *cells]) for i in range(len(header))]
    left_aligned = {0, 1, 9, 10}

    def line(values: tuple[str, ...]) -> str:
        return "  ".join(
            value.ljust(width) if i in left_aligned else value.rjust(width)
            for i, (value, width) in enumerate(zip(values, widths, strict=True))
        ).rstrip()

    rule = "  ".join("-" * width for width in widths)
    return "\n".join([line(header), rule, *(line(values) for values in cells)])


def format_summary(
    rows: list[Row], baselines: dict[str, float | None], memory: MemoryCheck | None
) -> str:
    lines = []
    for mode, rate in baselines.items():
        if rate:
            lines.append(f"minimal view ({mode}): {rate:.1f} req/s")
    if memory is not None and memory.max_mb is not None:
        per_mode = "; ".join(
            f"{mode}: {', '.join(f'{mb:.1f}' for mb in values)}"
            for mode, values in memory.worker_mb.items()
        )
        lines.append(
            f"worker memory: max {memory.max_mb:.1f} MB RSS ({per_mode}); "
            f"target <={MAX_WORKER_MB:g} MB: {yes_no(memory.met)}"
        )
    met = sum(row.met is True for row in rows)
    unjudged = sum(row.met is None and row.kind != BASELINE for row in rows)
    missed = [f"{row.name} ({row.mode})" for row in rows if row.met is False]
    if memory is not None and memory.met is False:
        missed.append("worker memory")
    summary = f"targets: {met} met, {len(missed)} missed"
    if unjudged:
        summary += f", {unjudged} not fully measured"
    lines.append(summary + (f": {', '.join(missed)}" if missed else ""))
    return "\n".join(lines)


def any_missed(rows: list[Row], memory: MemoryCheck | None) -> bool:
    return any(row.met is False for row in rows) or (memory is not None and memory.met is False)
