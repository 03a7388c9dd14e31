"""Bulk seeder of the benchmark data sets (performance.md §5.2), through MLflow's tracking store.

    .venv/bin/python scripts/bench/bulk_seed.py --tracking-uri http://127.0.0.1:5000 \\
        --backend-store-uri sqlite:////abs/bench.db --dataset exp-10k --dataset trace-10k-lean \\
        --out manifest.json [--verify]

``--backend-store-uri`` must be the store the server at ``--tracking-uri`` uses: traces are
written in process with ``SqlAlchemyStore.start_trace`` + ``log_spans`` (seed_writer.py), many
traces per transaction, never by writing tables directly. Data sets (seed_plan.py):
``exp-10k``/``exp-100k`` (experiments ``bench-exp-10k``/``bench-exp-100k``; ``exp-1k`` for smoke runs) and
``trace-{1k,10k,50k}-{lean,llm}`` (one trace each in ``bench-big-traces``).

Cache: a data set whose experiment carries the completion tag (``bench.seeded`` = spec version;
for big traces ``bench.seeded.<data set>``) is not seeded again, unless an experiment's data is
older than ``--max-age-days`` (default 7: its 30 days should end near today for the charts). A
half-seeded, outdated or too old one is removed first: its traces are deleted and the experiment
renamed and deleted (big traces: the trace only).

``--out`` gets the manifest the harness reads (markers, ids, counts, timestamps). ``--verify``
then reads everything back over the REST API of ``--tracking-uri`` (seed_verify.py) and exits
non-zero on a mismatch.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from seed_plan import (  # noqa: E402
    ALL_DATASETS,
    BIG_TRACE_DATASETS,
    DAY_MS,
    SPEC_VERSION,
    big_marker,
    big_span_times,
    experiment_facts,
    experiment_name,
    plan_experiment,
)

SEEDED_TAG = "bench.seeded"
DATASET_TAG = "bench.dataset"
TRACES_PER_BATCH = 250
SPANS_PER_BATCH = 2_000


def log(message: str) -> None:
    print(message, flush=True)


def now_ms() -> int:
    return int(time.time() * 1000)


# --- experiments ------------------------------------------------------------------------------

def retire_experiment(store, experiment, why: str) -> None:
    """Deletes an experiment's traces, then renames and deletes the experiment."""
    from mlflow.entities import LifecycleStage

    store.forget_experiments()
    deleted = store.delete_traces(experiment.experiment_id, max_timestamp_millis=now_ms() + 86_400_000)
    stale_name = f"{experiment.name}-stale-{now_ms()}"
    store.rename_experiment(experiment.experiment_id, stale_name)
    if experiment.lifecycle_stage == LifecycleStage.ACTIVE:
        store.delete_experiment(experiment.experiment_id)
    log(f"removed {why} experiment {experiment.experiment_id} ({deleted} traces), renamed {stale_name}")


def ensure_experiment(store, name: str):
    from mlflow.entities import LifecycleStage

    experiment = store.get_experiment_by_name(name)
    if experiment is not None and experiment.lifecycle_stage != LifecycleStage.ACTIVE:
        retire_experiment(store, experiment, "deleted")
        experiment = None
    if experiment is None:
        store.create_experiment(name)
        experiment = store.get_experiment_by_name(name)
    store.forget_experiments()
    return experiment


def set_tag(store, experiment_id: str, key: str, value: str) -> None:
    from mlflow.entities import ExperimentTag

    store.set_experiment_tag(experiment_id, ExperimentTag(key, value))


def seed_experiment(store, dataset: str, max_age_days: float) -> dict:
    from seed_content import trace_spans
    from seed_writer import TraceBuilder, to_spans

    name = experiment_name(dataset)
    plan = plan_experiment(dataset)
    experiment = store.get_experiment_by_name(name)
    tags = experiment.tags if experiment else {}
    why = "half-seeded"
    if experiment is not None and tags.get(SEEDED_TAG) == SPEC_VERSION:
        base_ms = int(tags["bench.base_time_ms"])
        age_days = (now_ms() - base_ms) / DAY_MS
        if not max_age_days or age_days <= max_age_days:
            seconds = float(tags.get("bench.seed_seconds", "nan"))
            log(f"cached {dataset} (experiment {experiment.experiment_id}, seeded in {seconds:.1f}s)")
            return {"experiment_id": experiment.experiment_id, **experiment_facts(plan, base_ms),
                    "seed_seconds": seconds, "seed_cpu_seconds": float(tags.get("bench.seed_cpu_seconds", "nan")),
                    "cached": True}
        why = f"{age_days:.1f}-day-old"  # its 30 days no longer end near now
    elif experiment is not None and SEEDED_TAG in tags:
        why = f"outdated ({tags[SEEDED_TAG]})"
    if experiment is not None:
        retire_experiment(store, experiment, why)
    experiment = ensure_experiment(store, name)
    experiment_id = experiment.experiment_id
    base_ms = now_ms()
    started, cpu_started = time.monotonic(), time.process_time()
    traces = plan.traces
    next_report = 0.1
    for lo in range(0, len(traces), TRACES_PER_BATCH):
        batch = []
        for t in traces[lo: lo + TRACES_PER_BATCH]:
            ids, dicts = trace_spans(dataset, base_ms, t)
            builder = TraceBuilder()
            for d in dicts:
                builder.add(d)
            metadata = {"mlflow.trace.user": t.user}
            if t.session:
                metadata["mlflow.trace.session"] = t.session
            store.start_trace(builder.trace_info(experiment_id, ids[0], metadata, {"env": t.env, "team": t.team}))
            batch.extend(to_spans(dicts))
        store.log_spans(experiment_id, batch)
        done = min(len(traces), lo + TRACES_PER_BATCH) / len(traces)
        if done >= next_report:
            elapsed = time.monotonic() - started
            log(f"  {dataset}: {done:.0%} in {elapsed:.0f}s")
            next_report = done + 0.1
    seconds = round(time.monotonic() - started, 1)
    cpu_seconds = round(time.process_time() - cpu_started, 1)
    set_tag(store, experiment_id, "bench.base_time_ms", str(base_ms))
    set_tag(store, experiment_id, "bench.seed_seconds", str(seconds))
    set_tag(store, experiment_id, "bench.seed_cpu_seconds", str(cpu_seconds))
    set_tag(store, experiment_id, SEEDED_TAG, SPEC_VERSION)
    log(f"seeded {dataset}: {len(traces)} traces, {plan.span_count} spans in {seconds}s "
        f"({len(traces) / max(seconds, 0.1):.0f} traces/s)")
    return {"experiment_id": experiment_id, **experiment_facts(plan, base_ms), "seed_seconds": seconds,
            "seed_cpu_seconds": cpu_seconds, "cached": False}


# --- big traces -------------------------------------------------------------------------------

def seed_big_trace(store, dataset: str) -> dict:
    from seed_content import big_trace_spans
    from seed_writer import TraceBuilder, to_spans

    size, profile = BIG_TRACE_DATASETS[dataset]
    experiment = ensure_experiment(store, experiment_name(dataset))
    experiment_id = experiment.experiment_id
    tag = f"{SEEDED_TAG}.{dataset}"
    entry = {"experiment_id": experiment_id, "spans": size, "marker": big_marker(dataset), "root_name": "S0"}
    if tag in experiment.tags:
        done = json.loads(experiment.tags[tag])
        if done.get("spec") == SPEC_VERSION:
            log(f"cached {dataset} (experiment {experiment_id}, trace {done['trace_id']}, "
                f"seeded in {done['seconds']:.1f}s)")
            return {**entry, "trace_id": done["trace_id"], "approx_bytes": done["bytes"],
                    "seed_seconds": done["seconds"], "seed_cpu_seconds": done.get("cpu"), "cached": True}
    stale = [info.trace_id for info in store.search_traces(
        experiment_ids=[experiment_id], filter_string=f"tag.`{DATASET_TAG}` = '{dataset}'", max_results=100)[0]]
    if stale:
        store.delete_traces(experiment_id, trace_ids=stale)
        log(f"removed {len(stale)} half-seeded trace(s) of {dataset}")

    base_ms = now_ms()
    started, cpu_started = time.monotonic(), time.process_time()
    start_ns = (base_ms - 120_000) * 1_000_000
    times = big_span_times(size, start_ns)
    # Pass 1: sizes and token usage for the TraceInfo (the SDK computes them before start_trace).
    builder = TraceBuilder()
    for lo in range(0, size, SPANS_PER_BATCH):
        ids, dicts = big_trace_spans(dataset, base_ms, size, profile, times, lo, min(size, lo + SPANS_PER_BATCH))
        for d in dicts:
            builder.add(d)
    info = builder.trace_info(experiment_id, ids[0], {}, {DATASET_TAG: dataset})
    store.start_trace(info)
    # Pass 2: the spans, SPANS_PER_BATCH per transaction.
    for lo in range(0, size, SPANS_PER_BATCH):
        _, dicts = big_trace_spans(dataset, base_ms, size, profile, times, lo, min(size, lo + SPANS_PER_BATCH))
        store.log_spans(experiment_id, to_spans(dicts))
    seconds = round(time.monotonic() - started, 1)
    cpu_seconds = round(time.process_time() - cpu_started, 1)
    total_bytes = json.loads(info.trace_metadata["mlflow.trace.sizeStats"])["total_size_bytes"]
    set_tag(store, experiment_id, tag, json.dumps(
        {"spec": SPEC_VERSION, "trace_id": ids[0], "bytes": total_bytes, "seconds": seconds, "cpu": cpu_seconds}))
    log(f"seeded {dataset}: 1 trace, {size} spans ({total_bytes / 1e6:.1f} MB) in {seconds}s "
        f"({size / max(seconds, 0.1):.0f} spans/s)")
    return {**entry, "trace_id": ids[0], "approx_bytes": total_bytes, "seed_seconds": seconds,
            "seed_cpu_seconds": cpu_seconds, "cached": False}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tracking-uri", required=True, help="the MLflow server (manifest, --verify)")
    parser.add_argument("--backend-store-uri", required=True, help="the same store URI the server uses")
    parser.add_argument("--dataset", action="append", choices=ALL_DATASETS, required=True)
    parser.add_argument("--out", required=True, help="manifest JSON to write")
    parser.add_argument("--verify", action="store_true", help="check the data over REST afterwards")
    parser.add_argument("--max-age-days", type=float, default=7,
                        help="seed an experiment again once its data is older than this (0: never); default 7")
    args = parser.parse_args()

    import logging

    logging.getLogger("mlflow").setLevel(logging.WARNING)
    from seed_writer import open_store

    store = open_store(args.backend_store_uri)
    datasets = {}
    for dataset in dict.fromkeys(args.dataset):
        if dataset in BIG_TRACE_DATASETS:
            datasets[dataset] = seed_big_trace(store, dataset)
        else:
            datasets[dataset] = seed_experiment(store, dataset, args.max_age_days)
    manifest = {"tracking_uri": args.tracking_uri, "spec_version": SPEC_VERSION, "datasets": datasets}
    with open(args.out, "w") as out:
        json.dump(manifest, out, indent=2)
        out.write("\n")
    log(f"manifest written to {args.out}")
    if args.verify:
        from seed_verify import verify

        return 0 if verify(manifest) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
