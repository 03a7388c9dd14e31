"""Logs large traces for scripts/bench-trace-view.mjs through the real MLflow SDK.

    .venv/bin/python scripts/bench_trace_seed.py --tracking-uri URL --sizes 10000,50000 [--profile lean|llm]

Each trace is a tree with branching factor 4 (span j's parent is span (j-1)//4), spans named
``S<j>`` (the benchmark markers, docs: performance.md §5.2) of types AGENT/CHAIN/LLM/TOOL, every
child inside its parent's time range. ``lean`` spans carry ~300 bytes of inputs and outputs,
``llm`` spans ~2.5 KB of chat messages and token usage. Prints {"experiment_id", "traces":
{size: trace_id}} as JSON on the last line.
"""

from __future__ import annotations

import argparse
import json
import os
import time

import mlflow

TYPES = ("CHAIN", "LLM", "TOOL", "RETRIEVER")


def payload(j: int, profile: str) -> tuple[dict, dict, dict]:
    if profile == "lean":
        text = f"step {j}: " + "lorem ipsum dolor sit amet " * 10
        return {"query": text}, {"result": text}, {}
    message = f"Request {j}. " + "Summarise the findings of the previous step in detail. " * 40
    inputs = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": message}]}
    outputs = {"choices": [{"index": 0, "message": {"role": "assistant", "content": message[::-1]}}]}
    usage = {"input_tokens": 600, "output_tokens": 600, "total_tokens": 1200}
    return inputs, outputs, {"mlflow.chat.tokenUsage": usage, "mlflow.llm.model": "gpt-4o-mini"}


def log_tree(size: int, profile: str, experiment_id: str) -> str:
    start_ns = time.time_ns() - 60_000_000_000
    depth = [0] * size
    for j in range(1, size):
        depth[j] = depth[(j - 1) // 4] + 1
    spans = []
    for j in range(size):
        inputs, _, attributes = payload(j, profile)
        span_type = "AGENT" if j == 0 else TYPES[j % len(TYPES)]
        kwargs = {"experiment_id": experiment_id} if j == 0 else {"parent_span": spans[(j - 1) // 4]}
        spans.append(mlflow.start_span_no_context(
            f"S{j}", span_type=span_type, inputs=inputs, attributes=attributes,
            start_time_ns=start_ns + depth[j] * 1_000_000 + j * 1_000, **kwargs))
    for j in range(size - 1, -1, -1):
        _, outputs, _ = payload(j, profile)
        spans[j].end(outputs=outputs, end_time_ns=start_ns + 30_000_000_000 - depth[j] * 1_000_000 - j * 1_000)
    mlflow.flush_trace_async_logging()
    return spans[0].trace_id


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tracking-uri", required=True)
    parser.add_argument("--sizes", default="10000,50000")
    parser.add_argument("--profile", choices=("lean", "llm"), default="lean")
    args = parser.parse_args()
    os.environ.setdefault("MLFLOW_ASYNC_TRACE_LOGGING_MAX_SPAN_BATCH_SIZE", "500")
    mlflow.set_tracking_uri(args.tracking_uri)
    experiment = mlflow.set_experiment(f"bench-trace-view-{args.profile}")
    traces = {}
    for size in (int(text) for text in args.sizes.split(",")):
        started = time.monotonic()
        traces[size] = log_tree(size, args.profile, experiment.experiment_id)
        print(f"logged {size} spans in {time.monotonic() - started:.1f} s", flush=True)
    print(json.dumps({"experiment_id": experiment.experiment_id, "traces": traces}), flush=True)


if __name__ == "__main__":
    main()
