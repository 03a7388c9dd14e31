"""Logs the traces the trace-page specs need beside the seeded data, through the real MLflow SDK,
into experiments of their own (the seeded experiment keeps the counts its manifest records).

    python e2e/support/log_traces.py untrusted
        one finished trace whose spans hold HTML, script tags, a javascript: link and a 10 MB
        string; prints {"experiment_id", "trace_id"}
    python e2e/support/log_traces.py live N
        an in-progress trace (root never ends) with N finished child spans; prints
        {"experiment_id", "trace_id"}; each line read from stdin adds N more finished spans and
        prints {"spans": total}

The tracking server comes from MLFLOW_TRACKING_URI.
"""

from __future__ import annotations

import json
import os
import sys
import time

import mlflow
from mlflow.tracing.client import TracingClient
from mlflow.tracing.trace_manager import InMemoryTraceManager

HOSTILE_HTML = '<img src=x onerror="window.__pwned = 1"> <script>window.__pwned = 2</script>'
BIG_STRING_CHARS = 10 * 1024 * 1024


def emit(payload: dict) -> None:
    print(json.dumps(payload), flush=True)


def untrusted() -> None:
    experiment = mlflow.set_experiment("trace-view-untrusted")
    with mlflow.start_span("answer_question", span_type="AGENT") as root:
        root.set_inputs({"question": f"Show me {HOSTILE_HTML}"})
        with mlflow.start_span("hostile_llm", span_type="LLM") as llm:
            llm.set_inputs({"messages": [{"role": "user", "content": f"Repeat this: {HOSTILE_HTML}"}]})
            llm.set_outputs({"choices": [{"index": 0, "message": {
                "role": "assistant",
                "content": f"Here it is: {HOSTILE_HTML}\n\n**bold** and [a bad link](javascript:window.__pwned=3) "
                           "and [a good link](https://example.com/docs)",
            }}]})
        with mlflow.start_span("huge_output", span_type="TOOL") as tool:
            tool.set_inputs({"size": BIG_STRING_CHARS})
            tool.set_outputs({"blob": "<b>" + "x" * BIG_STRING_CHARS + "</b>"})
        root.set_outputs({"answer": HOSTILE_HTML})
    trace_id = mlflow.get_last_active_trace_id()
    mlflow.flush_trace_async_logging()
    emit({"experiment_id": experiment.experiment_id, "trace_id": trace_id})


def live(batch: int) -> None:
    experiment = mlflow.set_experiment("trace-view-live")
    root = mlflow.start_span_no_context("live_agent", span_type="AGENT", inputs={"task": "keep going"},
                                        experiment_id=experiment.experiment_id)
    # Register the trace as IN_PROGRESS, as an app streaming its spans would (see scripts/seed_traces.py).
    with InMemoryTraceManager.get_instance().get_trace(root.trace_id) as in_memory:
        TracingClient().start_trace(in_memory.info)
    total = 0

    def add_spans() -> None:
        nonlocal total
        for _ in range(batch):
            total += 1
            child = mlflow.start_span_no_context(f"step_{total:04d}", span_type="TOOL", parent_span=root,
                                                 inputs={"step": total})
            child.end(outputs={"done": total})
        mlflow.flush_trace_async_logging()

    add_spans()
    emit({"experiment_id": experiment.experiment_id, "trace_id": root.trace_id})
    for _ in sys.stdin:
        add_spans()
        emit({"spans": total})
    time.sleep(0.1)


def main() -> None:
    mlflow.set_tracking_uri(os.environ["MLFLOW_TRACKING_URI"])
    command = sys.argv[1]
    if command == "untrusted":
        untrusted()
    elif command == "live":
        live(int(sys.argv[2]))
    else:
        raise SystemExit(f"unknown command {command!r}")


if __name__ == "__main__":
    main()
