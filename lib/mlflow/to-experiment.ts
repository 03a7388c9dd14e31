import type { Experiment } from "@/lib/types/experiment";
import type { MetricDataPoint } from "@/lib/types/metrics";
import type { MlflowExperiment, MlflowMetricDataPoint } from "./wire";

export function toExperiment(wire: MlflowExperiment): Experiment {
  const tags: Record<string, string> = {};
  for (const tag of wire.tags ?? []) if (tag.key) tags[tag.key] = tag.value ?? "";
  return {
    experimentId: wire.experiment_id ?? "",
    name: wire.name ?? "",
    lifecycleStage: wire.lifecycle_stage ?? "active",
    creationTimeMs: typeof wire.creation_time === "number" ? wire.creation_time : null,
    lastUpdateTimeMs: typeof wire.last_update_time === "number" ? wire.last_update_time : null,
    tags,
  };
}

export function toMetricDataPoint(wire: MlflowMetricDataPoint): MetricDataPoint {
  return { metricName: wire.metric_name ?? "", dimensions: wire.dimensions ?? {}, values: wire.values ?? {} };
}
