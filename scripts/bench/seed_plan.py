"""The deterministic plan of the benchmark data sets (pure Python, no MLflow import).

Two kinds of data set (performance.md §5.2):

* ``exp-10k`` / ``exp-100k`` (and ``exp-1k``): one experiment each with N chat traces over the 30 days before a
  base time. The plan decides, per trace index i (0 = oldest), its time offset, span count, user,
  session and turn, ERROR or not, tags and whether its request carries the free-text needle.
  Trace i's request carries the marker ``ROW-<i:06d>``; times strictly increase with i, so a
  newest-first list shows ROW-(N-1), ROW-(N-2), ...
* ``trace-<size>-<profile>``: one trace of ``size`` spans (tree of branching 4, span j's parent
  is (j-1)//4, named ``S<j>``) in the experiment ``bench-big-traces``.

Everything derives from the data set name and ``SPEC_VERSION`` through seeded RNGs; only the base
time (the seeding moment) is absolute. Changing anything that alters the data means bumping
``SPEC_VERSION``, which makes cached data sets be seeded again.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

SPEC_VERSION = "bench-seed-1"
DAY_MS = 86_400_000
WINDOW_MS = 30 * DAY_MS
USERS = 500
TEAMS = tuple(f"team-{k}" for k in range(8))
ENVS = ("prod", "staging")
ERROR_SHARE = 0.05
SESSION_SHARE = 0.20
NEEDLE = "kumquat"  # appears in no other text the seeder writes
NEEDLE_SHARE = 0.01
EXAMPLE_USER = "user-0007"
EXAMPLE_TEAM = "team-3"
NEWEST_MARKERS = 25
PAGE_SIZE = 50

# exp-1k: the same shape at 1,000 traces, for the harness's CI smoke run (seconds to seed).
EXPERIMENT_DATASETS = {"exp-1k": 1_000, "exp-10k": 10_000, "exp-100k": 100_000}
BIG_TRACE_DATASETS = {
    f"trace-{label}-{profile}": (size, profile)
    for label, size in (("1k", 1_000), ("10k", 10_000), ("50k", 50_000))
    for profile in ("lean", "llm")
}
BIG_TRACE_EXPERIMENT = "bench-big-traces"
# session-50: an experiment holding one conversation of 50 turns, for the sessions issue's budget on
# rendering a 50-turn session (the experiments' own sessions have 2-8 turns).
LONG_SESSION_DATASETS = {"session-50": 50}
LONG_SESSION_ID = "long-session-0001"
ALL_DATASETS = (*EXPERIMENT_DATASETS, *LONG_SESSION_DATASETS, *BIG_TRACE_DATASETS)


def experiment_name(dataset: str) -> str:
    return BIG_TRACE_EXPERIMENT if dataset in BIG_TRACE_DATASETS else f"bench-{dataset}"


def marker(i: int) -> str:
    return f"ROW-{i:06d}"


@dataclass(frozen=True, slots=True)
class PlannedTrace:
    index: int
    offset_ms: int  # request time minus (base time - WINDOW_MS)
    duration_ms: int
    spans: int
    user: str
    session: str | None
    turn: int  # 1-based turn within the session, 0 without a session
    error: bool
    needle: bool
    team: str
    env: str
    root_type: str  # AGENT or CHAT_MODEL


@dataclass(frozen=True)
class ExperimentPlan:
    dataset: str
    traces: list[PlannedTrace]

    @property
    def span_count(self) -> int:
        return sum(t.spans for t in self.traces)


def plan_experiment(dataset: str) -> ExperimentPlan:
    if dataset in LONG_SESSION_DATASETS:
        return plan_long_session(dataset)
    n = EXPERIMENT_DATASETS[dataset]
    rng = random.Random(f"{SPEC_VERSION}:{dataset}")
    # Units: sessions of 2-8 turns (5 on average) holding ~20% of the traces, the rest single traces.
    units: list[tuple[str | None, str, list[int]]] = []  # (session id, user, turn offsets in ms)
    in_sessions = 0
    while in_sessions < round(n * SESSION_SHARE) - 1:
        turns = min(rng.randint(2, 8), round(n * SESSION_SHARE) - in_sessions)
        start = rng.randrange(0, WINDOW_MS - 2 * 3_600_000)
        offsets = [start]
        for _ in range(turns - 1):
            offsets.append(offsets[-1] + rng.randint(30_000, 600_000))
        units.append((f"session-{len(units):05d}", f"user-{rng.randrange(USERS):04d}", offsets))
        in_sessions += turns
    for _ in range(n - in_sessions):
        units.append((None, f"user-{rng.randrange(USERS):04d}", [rng.randrange(0, WINDOW_MS - 60_000)]))

    rows = sorted(
        (offset, unit_index, turn)
        for unit_index, (_, _, offsets) in enumerate(units)
        for turn, offset in enumerate(offsets, start=1)
    )
    errors = set(rng.sample(range(n), round(n * ERROR_SHARE)))
    needles = set(rng.sample(range(n), max(1, round(n * NEEDLE_SHARE))))
    traces: list[PlannedTrace] = []
    previous = -1
    for i, (offset, unit_index, turn) in enumerate(rows):
        offset = max(offset, previous + 1)  # strictly increasing: a stable newest-first order
        previous = offset
        session, user, _ = units[unit_index]
        traces.append(PlannedTrace(
            index=i,
            offset_ms=offset,
            duration_ms=int(min(30_000, rng.lognormvariate(7.5, 0.8))),
            spans=rng.randint(3, 8),
            user=user,
            session=session,
            turn=turn if session else 0,
            error=i in errors,
            needle=i in needles,
            team=rng.choice(TEAMS),
            env="prod" if rng.random() < 0.8 else "staging",
            root_type="AGENT" if rng.random() < 0.7 else "CHAT_MODEL",
        ))
    if traces[-1].offset_ms >= WINDOW_MS:
        raise ValueError("plan overflowed the 30-day window")
    return ExperimentPlan(dataset, traces)


def plan_long_session(dataset: str) -> ExperimentPlan:
    """One user's conversation: every trace a turn of one session, 30 s to 3 min apart, on the
    window's last day; no errors, so every turn shows an answer."""
    turns = LONG_SESSION_DATASETS[dataset]
    rng = random.Random(f"{SPEC_VERSION}:{dataset}")
    offset = WINDOW_MS - DAY_MS
    traces: list[PlannedTrace] = []
    for i in range(turns):
        traces.append(PlannedTrace(
            index=i,
            offset_ms=offset,
            duration_ms=int(min(30_000, rng.lognormvariate(7.5, 0.8))),
            spans=rng.randint(3, 8),
            user=EXAMPLE_USER,
            session=LONG_SESSION_ID,
            turn=i + 1,
            error=False,
            needle=False,
            team=EXAMPLE_TEAM,
            env="prod",
            root_type="AGENT",
        ))
        offset += rng.randint(30_000, 180_000)
    return ExperimentPlan(dataset, traces)


def longest_session(traces: list[PlannedTrace]) -> dict | None:
    """The session with the most turns (the earliest such on a tie), with its first and last turn's markers."""
    by_session: dict[str, list[PlannedTrace]] = {}
    for t in traces:
        if t.session:
            by_session.setdefault(t.session, []).append(t)
    if not by_session:
        return None
    turns = max(by_session.values(), key=len)
    return {"id": turns[0].session, "turns": len(turns), "first_marker": marker(turns[0].index),
            "last_marker": marker(turns[-1].index)}


def newest(traces: list[PlannedTrace], predicate) -> PlannedTrace | None:
    return next((t for t in reversed(traces) if predicate(t)), None)


def experiment_facts(plan: ExperimentPlan, base_ms: int) -> dict:
    """What the harness needs to know about an experiment data set (the manifest entry)."""
    traces = plan.traces
    n = len(traces)
    start = base_ms - WINDOW_MS
    newest_session = newest(traces, lambda t: t.session is not None)

    def newest_marker(predicate) -> str | None:
        found = newest(traces, predicate)
        return marker(found.index) if found else None

    facts = {
        "traces": n,
        "spans": plan.span_count,
        "errors": sum(t.error for t in traces),
        "sessions": len({t.session for t in traces if t.session}),
        "users": len({t.user for t in traces}),
        "newest_markers": [marker(i) for i in range(n - 1, n - 1 - NEWEST_MARKERS, -1)],
        "page2_first_marker": marker(n - 1 - PAGE_SIZE) if n > PAGE_SIZE else None,
        "error_newest_marker": newest_marker(lambda t: t.error),
        "user_example": EXAMPLE_USER,
        "user_newest_marker": newest_marker(lambda t: t.user == EXAMPLE_USER),
        "team_example": EXAMPLE_TEAM,
        "team_newest_marker": newest_marker(lambda t: t.team == EXAMPLE_TEAM),
        "text_needle": NEEDLE,
        "text_newest_marker": newest_marker(lambda t: t.needle),
        "newest_session_id": newest_session.session if newest_session else None,
        "longest_session": longest_session(traces),
        "oldest_timestamp_ms": start + traces[0].offset_ms,
        "newest_timestamp_ms": start + traces[-1].offset_ms,
    }
    return facts


# ---------------------------------------------------------------------------------------------
# Big traces
# ---------------------------------------------------------------------------------------------

BIG_TYPES = ("CHAIN", "LLM", "TOOL", "RETRIEVER")
BIG_ROOT_NS = 60_000_000_000  # the root span lasts 60 s


def big_marker(dataset: str) -> str:
    return f"BIGTRACE-{dataset}"


def big_span_type(j: int) -> str:
    return "AGENT" if j == 0 else BIG_TYPES[j % len(BIG_TYPES)]


def big_span_times(size: int, start_ns: int) -> list[tuple[int, int]]:
    """(start, end) per span: each parent's time is split into 4 slots, one per child, with a 5%
    margin at both ends of a slot, so every child lies strictly inside its parent."""
    times = [(start_ns, start_ns + BIG_ROOT_NS)]
    for j in range(1, size):
        parent_start, parent_end = times[(j - 1) // 4]
        slot = (parent_end - parent_start) // 4
        k = (j - 1) % 4
        margin = max(1, slot // 20)
        times.append((parent_start + k * slot + margin, parent_start + (k + 1) * slot - margin))
    return times
