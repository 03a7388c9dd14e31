import { TRACE_METADATA } from "@/lib/mlflow/keys";
import type { TraceSummary } from "@/lib/types/trace";

/**
 * Metadata the list does not carry to the browser: MLflow's own copies of the request and response
 * (the previews show them) and the JSON figures already read into their fields (tokens, cost, size).
 * They were half of a page's bytes.
 */
export const OMITTED_METADATA: ReadonlySet<string> = new Set([
  "mlflow.traceInputs",
  "mlflow.traceOutputs",
  TRACE_METADATA.tokenUsage,
  TRACE_METADATA.cost,
  TRACE_METADATA.sizeStats,
  "mlflow.trace.sizeBytes",
]);

/** A trace as one row of the list: everything but the omitted metadata. */
export function toListRow(trace: TraceSummary): TraceSummary {
  const metadata = Object.fromEntries(Object.entries(trace.metadata).filter(([key]) => !OMITTED_METADATA.has(key)));
  return { ...trace, metadata };
}
