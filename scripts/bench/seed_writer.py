"""Writes planned traces through MLflow's own tracking store, in process.

Per trace it does what the SDK's exporter does at the end of a trace: ``start_trace(TraceInfo)``
with the metadata the SDK computes on the client (token usage summed over the span tree, size
stats, truncated inputs/outputs, user/session, previews), then ``log_spans`` with
``mlflow.entities.Span`` objects, many traces per call (one transaction). ``start_trace`` comes
first so the store treats the trace's token usage as final and never re-reads stored spans to
re-aggregate it (which would make a 50K-span trace written in batches quadratic).
"""

from __future__ import annotations

import json
import os
from functools import lru_cache

# Price LLM spans from the catalog bundled with MLflow, never from the network.
os.environ.setdefault("MLFLOW_MODEL_CATALOG_URI", "")

from mlflow.entities import Span, Trace, TraceData, TraceInfo, TraceLocation, TraceState
from mlflow.store.tracking.sqlalchemy_store import SqlAlchemyStore
from mlflow.tracing.constant import (
    MAX_CHARS_IN_TRACE_INFO_METADATA,
    TRUNCATION_SUFFIX,
    SpanAttributeKey,
    TraceMetadataKey,
    TraceSizeStatsKey,
    TraceTagKey,
)
from mlflow.tracing.utils import (
    SpanAggregationNode,
    _calculate_percentile,
    aggregate_cost_from_span_nodes,
    aggregate_usage_from_span_nodes,
    calculate_cost_by_model_and_token_usage,
)
from mlflow.tracing.utils.truncation import _get_truncated_preview

SOURCE_METADATA = {
    "mlflow.trace_schema.version": "3",
    "mlflow.user": "bench",
    "mlflow.source.name": "scripts/bench/bulk_seed.py",
    "mlflow.source.type": "LOCAL",
}


class BulkStore(SqlAlchemyStore):
    """The SQL tracking store with ``get_experiment`` memoized: ``start_trace`` looks the
    experiment up on every call, a third of its time when traces are written back to back.
    ``forget_experiments()`` drops the memo (call it whenever experiments change)."""

    _experiments: dict | None = None

    def get_experiment(self, experiment_id):
        if self._experiments is None:  # not yet set while the base class initializes
            self._experiments = {}
        key = str(experiment_id)
        if key not in self._experiments:
            self._experiments[key] = super().get_experiment(experiment_id)
        return self._experiments[key]

    def forget_experiments(self) -> None:
        self._experiments = {}


def open_store(backend_store_uri: str) -> BulkStore:
    # Experiments made here get the artifact location a `mlflow server` serving artifacts would
    # give them (mlflow-artifacts:/<id>).
    return BulkStore(backend_store_uri, "mlflow-artifacts:/")


@lru_cache(maxsize=4096)
def _cost(model: str, input_tokens: int, output_tokens: int, total_tokens: int, provider: str | None):
    usage = {"input_tokens": input_tokens, "output_tokens": output_tokens, "total_tokens": total_tokens}
    return calculate_cost_by_model_and_token_usage(model, usage, provider)


def _truncate(value: str | None) -> str:
    if not value:
        return ""
    if len(value) > MAX_CHARS_IN_TRACE_INFO_METADATA:
        return value[: MAX_CHARS_IN_TRACE_INFO_METADATA - len(TRUNCATION_SUFFIX)] + TRUNCATION_SUFFIX
    return value


class SizeStats:
    """Span sizes as the SDK measures them (``add_size_stats_to_trace_metadata``)."""

    def __init__(self) -> None:
        self.sizes: list[int] = []

    def add(self, span_dict: dict) -> None:
        self.sizes.append(len(json.dumps(span_dict).encode("utf-8")))

    def metadata(self, info: TraceInfo) -> dict[str, str]:
        metadata_size = len(Trace(info=info, data=TraceData(spans=[])).to_json().encode("utf-8"))
        total = sum(self.sizes) + metadata_size + (len(self.sizes) - 1) * 2
        ordered = sorted(self.sizes)
        stats = {
            TraceSizeStatsKey.TOTAL_SIZE_BYTES: total,
            TraceSizeStatsKey.NUM_SPANS: len(ordered),
            TraceSizeStatsKey.MAX_SPAN_SIZE_BYTES: ordered[-1],
            TraceSizeStatsKey.P25_SPAN_SIZE_BYTES: int(_calculate_percentile(ordered, 0.25)),
            TraceSizeStatsKey.P50_SPAN_SIZE_BYTES: int(_calculate_percentile(ordered, 0.50)),
            TraceSizeStatsKey.P75_SPAN_SIZE_BYTES: int(_calculate_percentile(ordered, 0.75)),
        }
        return {TraceMetadataKey.SIZE_STATS: json.dumps(stats), TraceMetadataKey.SIZE_BYTES: str(total)}


class TraceBuilder:
    """Collects what the TraceInfo needs while the spans of one trace stream past."""

    def __init__(self) -> None:
        self.sizes = SizeStats()
        self.usage_nodes: list[SpanAggregationNode] = []
        self.cost_nodes: list[SpanAggregationNode] = []
        self.root: dict | None = None

    def add(self, span_dict: dict) -> None:
        self.sizes.add(span_dict)
        attributes = span_dict["attributes"]
        usage = attributes.get(SpanAttributeKey.CHAT_USAGE)
        usage = json.loads(usage) if usage else None
        cost = None
        # Priced the way the store prices spans when it stores them (translate_span_when_storing).
        if usage and SpanAttributeKey.MODEL in attributes and attributes[SpanAttributeKey.SPAN_TYPE] != '"AGENT"':
            provider = attributes.get(SpanAttributeKey.MODEL_PROVIDER)
            cost = _cost(json.loads(attributes[SpanAttributeKey.MODEL]), usage["input_tokens"],
                         usage["output_tokens"], usage["total_tokens"], json.loads(provider) if provider else None)
        span_id, parent_id = span_dict["span_id"], span_dict["parent_span_id"]
        self.usage_nodes.append(SpanAggregationNode(span_id=span_id, parent_id=parent_id, data=usage))
        self.cost_nodes.append(SpanAggregationNode(span_id=span_id, parent_id=parent_id, data=cost))
        if span_dict["parent_span_id"] is None:
            self.root = span_dict

    def trace_info(self, experiment_id: str, trace_id: str, metadata: dict[str, str],
                   tags: dict[str, str]) -> TraceInfo:
        root = self.root
        inputs = root["attributes"].get(SpanAttributeKey.INPUTS)
        outputs = root["attributes"].get(SpanAttributeKey.OUTPUTS)
        error = root["status"]["code"] == "STATUS_CODE_ERROR"
        trace_metadata = {
            **SOURCE_METADATA,
            **metadata,
            TraceMetadataKey.INPUTS: _truncate(inputs),
            TraceMetadataKey.OUTPUTS: _truncate(outputs),
        }
        if usage := aggregate_usage_from_span_nodes(self.usage_nodes):
            trace_metadata[TraceMetadataKey.TOKEN_USAGE] = json.dumps(usage)
        # Given here, the store takes the trace's cost as final instead of re-reading its stored
        # spans on every log_spans call to re-aggregate it.
        if cost := aggregate_cost_from_span_nodes(self.cost_nodes):
            trace_metadata[TraceMetadataKey.COST] = json.dumps(cost)
        info = TraceInfo(
            trace_id=trace_id,
            trace_location=TraceLocation.from_experiment_id(experiment_id),
            request_time=root["start_time_unix_nano"] // 1_000_000,
            execution_duration=(root["end_time_unix_nano"] - root["start_time_unix_nano"]) // 1_000_000,
            state=TraceState.ERROR if error else TraceState.OK,
            request_preview=_get_truncated_preview(inputs, role="user"),
            response_preview=_get_truncated_preview(outputs, role="assistant"),
            trace_metadata=trace_metadata,
            tags={TraceTagKey.TRACE_NAME: root["name"], **tags},
        )
        info.trace_metadata.update(self.sizes.metadata(info))
        return info


def to_spans(span_dicts: list[dict]) -> list[Span]:
    return [Span.from_dict(d) for d in span_dicts]
