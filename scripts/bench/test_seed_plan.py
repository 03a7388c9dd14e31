"""Checks of the pure part of the bulk seeder (no MLflow server, no database).

    .venv/bin/python scripts/bench/test_seed_plan.py   (plain python3 works too)
"""

from __future__ import annotations

import json
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from seed_content import big_trace_spans, trace_spans  # noqa: E402
from seed_plan import (  # noqa: E402
    LONG_SESSION_ID,
    NEEDLE,
    WINDOW_MS,
    big_span_times,
    experiment_facts,
    marker,
    plan_experiment,
)

BASE_MS = 1_800_000_000_000


def within(child: dict, parent: dict) -> bool:
    return (parent["start_time_unix_nano"] <= child["start_time_unix_nano"]
            <= child["end_time_unix_nano"] <= parent["end_time_unix_nano"])


class ExperimentPlanTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls) -> None:
        cls.plan = plan_experiment("exp-10k")

    def test_deterministic(self) -> None:
        self.assertEqual(plan_experiment("exp-10k").traces, self.plan.traces)

    def test_shape(self) -> None:
        traces = self.plan.traces
        self.assertEqual(len(traces), 10_000)
        self.assertEqual(sum(t.error for t in traces), 500)
        self.assertAlmostEqual(sum(t.session is not None for t in traces) / len(traces), 0.2, delta=0.01)
        self.assertTrue(all(3 <= t.spans <= 8 for t in traces))
        offsets = [t.offset_ms for t in traces]
        self.assertTrue(all(a < b for a, b in zip(offsets, offsets[1:])), "times strictly increase")
        self.assertTrue(0 <= offsets[0] and offsets[-1] < WINDOW_MS)
        turns: dict[str, list[int]] = {}
        for t in traces:
            if t.session:
                turns.setdefault(t.session, []).append(t.turn)
        self.assertTrue(all(seq == list(range(1, len(seq) + 1)) for seq in turns.values()), "turns in time order")
        self.assertAlmostEqual(sum(map(len, turns.values())) / len(turns), 5, delta=0.5)

    def test_facts(self) -> None:
        facts = experiment_facts(self.plan, BASE_MS)
        self.assertEqual(facts["newest_markers"][:2], ["ROW-009999", "ROW-009998"])
        self.assertEqual(len(facts["newest_markers"]), 25)
        self.assertEqual(facts["page2_first_marker"], "ROW-009949")
        self.assertEqual(facts["newest_timestamp_ms"], BASE_MS - WINDOW_MS + self.plan.traces[-1].offset_ms)
        self.assertLess(facts["newest_timestamp_ms"], BASE_MS)
        error = self.plan.traces[int(facts["error_newest_marker"][4:])]
        self.assertTrue(error.error)
        self.assertFalse(any(t.error for t in self.plan.traces[error.index + 1:]))
        self.assertEqual(facts["users"], 500)

    def test_trace_content(self) -> None:
        for t in self.plan.traces[:300]:
            ids, spans = trace_spans("exp-10k", BASE_MS, t)
            self.assertEqual(len(spans), t.spans)
            by_id = {s["span_id"]: s for s in spans}
            self.assertEqual([s["name"] for s in spans if s["parent_span_id"] is None], [spans[0]["name"]])
            for s in spans[1:]:
                self.assertTrue(within(s, by_id[s["parent_span_id"]]), s["name"])
            text = json.dumps(spans)
            self.assertIn(marker(t.index), spans[0]["attributes"]["mlflow.spanInputs"])
            self.assertEqual(NEEDLE in text, t.needle)
            self.assertEqual(spans[0]["status"]["code"] == "STATUS_CODE_ERROR", t.error)
            llm = [s for s in spans if s["attributes"]["mlflow.spanType"] == '"LLM"']
            self.assertIn(len(llm), (1, 2))
            self.assertTrue(all("mlflow.chat.tokenUsage" in s["attributes"] for s in llm))
            self.assertTrue(ids[0].startswith("tr-") and len(ids[0]) == 35)


class LongSessionTest(unittest.TestCase):
    def test_one_conversation_of_fifty_turns(self) -> None:
        plan = plan_experiment("session-50")
        traces = plan.traces
        self.assertEqual(len(traces), 50)
        self.assertEqual({t.session for t in traces}, {LONG_SESSION_ID})
        self.assertEqual([t.turn for t in traces], list(range(1, 51)))
        self.assertEqual(len({t.user for t in traces}), 1)
        offsets = [t.offset_ms for t in traces]
        self.assertTrue(all(a < b for a, b in zip(offsets, offsets[1:])), "turns in time order")
        self.assertTrue(offsets[-1] < WINDOW_MS)
        facts = experiment_facts(plan, BASE_MS)
        self.assertEqual(facts["longest_session"], {"id": LONG_SESSION_ID, "turns": 50, "first_marker": "ROW-000000",
                                                    "last_marker": "ROW-000049"})
        self.assertIsNone(facts["error_newest_marker"])
        self.assertEqual(facts["sessions"], 1)

    def test_longest_session_of_an_experiment(self) -> None:
        plan = plan_experiment("exp-1k")
        longest = experiment_facts(plan, BASE_MS)["longest_session"]
        turns = [t for t in plan.traces if t.session == longest["id"]]
        self.assertEqual(len(turns), longest["turns"])
        self.assertEqual(max(sum(t.session == s for t in plan.traces) for s in {t.session for t in plan.traces if t.session}), longest["turns"])
        self.assertEqual(marker(turns[-1].index), longest["last_marker"])


class BigTraceTest(unittest.TestCase):
    def test_tree(self) -> None:
        size = 1_000
        times = big_span_times(size, 10**18)
        for profile, per_span in (("lean", 1_000), ("llm", 5_000)):
            _, spans = big_trace_spans("trace-1k-" + profile, BASE_MS, size, profile, times, 0, size)
            self.assertEqual([s["name"] for s in spans[:3]], ["S0", "S1", "S2"])
            for j, s in enumerate(spans[1:], start=1):
                parent = spans[(j - 1) // 4]
                self.assertEqual(s["parent_span_id"], parent["span_id"])
                self.assertTrue(within(s, parent) and s["start_time_unix_nano"] < s["end_time_unix_nano"])
            average = sum(len(json.dumps(s)) for s in spans) / size
            self.assertAlmostEqual(average / per_span, 1, delta=0.25)
            self.assertIn(f"BIGTRACE-trace-1k-{profile}", spans[0]["attributes"]["mlflow.spanInputs"])


if __name__ == "__main__":
    unittest.main()
