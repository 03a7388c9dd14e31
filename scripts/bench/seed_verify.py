"""Reads the seeded data sets back over MLflow's REST API and compares them with the manifest.

Experiments: trace, span, ERROR and session counts (``traces/metrics``), token totals present,
the newest markers in newest-first order, page 2, and the first row of the structured and
free-text filters the benchmark uses. Big traces: ``traces/get`` returns every span, the root is
``S0`` and carries the marker. Prints one OK/MISMATCH line per check.
"""

from __future__ import annotations

import json
import re
import time
import urllib.request
from datetime import datetime

from seed_plan import plan_experiment

MARKER = re.compile(r"ROW-\d{6}")


def call(base: str, path: str, body: dict | None = None, timeout: float = 600) -> dict:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(f"{base}{path}", data=data, method="GET" if body is None else "POST",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read())


class Checker:
    """Prints one line per check with the time since the previous one (the REST calls it made)."""

    def __init__(self, dataset: str) -> None:
        self.dataset = dataset
        self.failures = 0
        self.since = time.monotonic()

    def check(self, what: str, actual, expected) -> None:
        ok = actual == expected
        self.failures += not ok
        detail = f"{actual!r}" if ok else f"got {actual!r}, expected {expected!r}"
        seconds = time.monotonic() - self.since
        print(f"  {'OK      ' if ok else 'MISMATCH'} {self.dataset}: {what} [{seconds:.2f}s]: {detail}", flush=True)
        self.since = time.monotonic()


def epoch_ms(rfc3339: str) -> int:
    return round(datetime.fromisoformat(rfc3339.replace("Z", "+00:00")).timestamp() * 1000)


def marker_times(dataset: str, entry: dict):
    """marker -> request time in ms, from the plan and the manifest's newest timestamp."""
    traces = plan_experiment(dataset).traces
    start = entry["newest_timestamp_ms"] - traces[-1].offset_ms
    return lambda marker: start + traces[int(marker[len("ROW-"):])].offset_ms


def metric(base: str, experiment_id: str, view: str, name: str, aggregation: str, filters=()) -> float:
    result = call(base, "/api/3.0/mlflow/traces/metrics", {
        "experiment_ids": [experiment_id], "view_type": view, "metric_name": name,
        "aggregations": [{"aggregation_type": aggregation}], "filters": list(filters)})
    points = result.get("data_points", [])
    return points[0]["values"][aggregation] if points else 0


def search(base: str, experiment_id: str, filter_string: str | None = None, max_results: int = 50,
           page_token: str | None = None) -> dict:
    body = {"locations": [{"type": "MLFLOW_EXPERIMENT", "mlflow_experiment": {"experiment_id": experiment_id}}],
            "max_results": max_results, "order_by": ["timestamp_ms DESC"]}
    if filter_string:
        body["filter"] = filter_string
    if page_token:
        body["page_token"] = page_token
    return call(base, "/api/3.0/mlflow/traces/search", body)


def markers(page: dict) -> list[str]:
    found = []
    for trace in page.get("traces", []):
        match = MARKER.search(trace.get("request_preview") or "")
        found.append(match.group(0) if match else None)
    return found


def verify_experiment(base: str, dataset: str, entry: dict) -> int:
    c = Checker(dataset)
    exp = entry["experiment_id"]
    c.check("trace_count", int(metric(base, exp, "TRACES", "trace_count", "COUNT")), entry["traces"])
    c.check("span_count", int(metric(base, exp, "SPANS", "span_count", "COUNT")), entry["spans"])
    c.check("ERROR traces", int(metric(base, exp, "TRACES", "trace_count", "COUNT", ['trace.status = "ERROR"'])),
            entry["errors"])
    c.check("session_count", int(metric(base, exp, "TRACES", "session_count", "COUNT")), entry["sessions"])
    c.check("total_tokens > 0", metric(base, exp, "TRACES", "total_tokens", "SUM") > 0, True)

    first = search(base, exp, max_results=50)
    c.check("newest markers", markers(first)[: len(entry["newest_markers"])], entry["newest_markers"])
    newest = first["traces"][0]
    metadata = newest.get("trace_metadata", {})
    c.check("newest trace has user/tokenUsage/sizeStats",
            all(k in metadata for k in ("mlflow.trace.user", "mlflow.trace.tokenUsage", "mlflow.trace.sizeStats")), True)
    c.check("newest trace has tags env/team", all(k in newest.get("tags", {}) for k in ("env", "team")), True)
    c.check("newest timestamp_ms", epoch_ms(newest["request_time"]), entry["newest_timestamp_ms"])
    if entry["page2_first_marker"]:
        page2 = search(base, exp, max_results=50, page_token=first.get("next_page_token"))
        c.check("page 2 first marker", markers(page2)[:1], [entry["page2_first_marker"]])
    # trace.text is bounded in time: unbounded, MLflow checks the spans of every older trace when
    # fewer than max_results + 1 traces match (minutes at 10K traces on SQLite).
    since = marker_times(dataset, entry)
    filters = {
        "status filter": ("trace.status = 'ERROR'", entry["error_newest_marker"]),
        "user filter": (f"metadata.`mlflow.trace.user` = '{entry['user_example']}'", entry["user_newest_marker"]),
        "team filter": (f"tag.team = '{entry['team_example']}'", entry["team_newest_marker"]),
        "text filter": (f"trace.text ILIKE '%{entry['text_needle']}%' AND trace.timestamp_ms >= "
                        f"{since(entry['text_newest_marker'])}" if entry["text_newest_marker"] else "",
                        entry["text_newest_marker"]),
    }
    for what, (filter_string, expected) in filters.items():
        if expected is None:  # nothing in the data set matches (e.g. no errors in session-50)
            continue
        c.check(what, markers(search(base, exp, filter_string, max_results=5))[:1], [expected])
    one = entry["newest_markers"][-1]
    c.check("marker text search", markers(search(
        base, exp, f"trace.text ILIKE '%{one}%' AND trace.timestamp_ms >= {since(one)}", max_results=5)), [one])
    session = search(base, exp, f"metadata.`mlflow.trace.session` = '{entry['newest_session_id']}'", max_results=20)
    sessions = {t["trace_metadata"].get("mlflow.trace.session") for t in session.get("traces", [])}
    c.check("newest session has its traces", (len(session.get("traces", [])) > 1, sessions),
            (True, {entry["newest_session_id"]}))
    return c.failures


def verify_big_trace(base: str, dataset: str, entry: dict) -> int:
    c = Checker(dataset)
    trace = call(base, f"/api/3.0/mlflow/traces/get?trace_id={entry['trace_id']}&allow_partial=true")["trace"]
    spans = trace["spans"]
    c.check("spans from traces/get", len(spans), entry["spans"])
    roots = [s for s in spans if not s.get("parent_span_id")]
    c.check("root name", [s["name"] for s in roots], [entry["root_name"]])
    c.check("marker in request preview", entry["marker"] in (trace["trace_info"].get("request_preview") or ""), True)
    size_stats = json.loads(trace["trace_info"]["trace_metadata"]["mlflow.trace.sizeStats"])
    c.check("sizeStats.num_spans", size_stats["num_spans"], entry["spans"])
    return c.failures


def verify(manifest: dict) -> bool:
    base = manifest["tracking_uri"].rstrip("/")
    failures = 0
    for dataset, entry in manifest["datasets"].items():
        check = verify_big_trace if "trace_id" in entry else verify_experiment
        failures += check(base, dataset, entry)
    print(f"verify: {'OK' if failures == 0 else f'{failures} mismatch(es)'}", flush=True)
    return failures == 0
