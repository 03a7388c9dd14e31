// From a figure to the traces behind it: the trace list's URL (`filter` in MLflow's search filter
// language, `from`/`to` in epoch ms, both inclusive) and the search clauses that select a
// breakdown value, a status or a feedback result.
import { quoteValue } from "@/lib/filters/quote";
import { writeTimeRange } from "@/lib/time/time-range";
import type { Period } from "@/lib/types/overview";

function searchKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : `\`${key.replace(/`/g, "")}\``;
}

/** Regular-expression metacharacters written as one-character classes, so no backslash is needed. */
function literalPattern(text: string): string | null {
  if (/[\]\\^]/.test(text)) return null;
  return text.replace(/[.*+?$(){}|[]/g, (char) => `[${char}]`);
}

export const drillClause = {
  status: (status: string) => `trace.status = ${quoteValue(status)}`,
  name: (name: string) => `trace.name = ${quoteValue(name)}`,
  spanType: (type: string) => `span.type = ${quoteValue(type)}`,
  tag: (key: string, value: string) => `tags.${searchKey(key)} = ${quoteValue(value)}`,
  metadata: (key: string, value: string) => `metadata.${searchKey(key)} = ${quoteValue(value)}`,
  /** Spans store attribute values JSON-encoded; an anchored RLIKE matches the model name exactly. */
  model: (model: string) => {
    const pattern = literalPattern(model);
    return pattern === null ? `span.attributes.\`mlflow.llm.model\` LIKE ${quoteValue(`%${model}%`)}` : `span.attributes.\`mlflow.llm.model\` RLIKE ${quoteValue(`^${pattern}$`)}`;
  },
  /** Pass/fail feedback is searched by its JSON text ('true', 'yes'); other values are not offered. */
  feedback: (name: string, value: string) => `feedback.${searchKey(name)} = ${quoteValue(value)}`,
  hasFeedback: (name: string) => `feedback.${searchKey(name)} IS NOT NULL`,
};

/** The user's filter and the figure's own clause, joined with AND. */
export function combineFilter(filter: string | undefined, clause?: string | null): string {
  return [filter?.trim(), clause].filter(Boolean).join(" AND ");
}

/** The trace list showing the traces of `period` that match `filter` (and `clause`). */
export function traceListHref(experimentId: string, period: Period, filter?: string, clause?: string | null): string {
  let params = new URLSearchParams();
  const combined = combineFilter(filter, clause);
  if (combined) params.set("filter", combined);
  params = writeTimeRange(params, { kind: "custom", fromMs: period.startMs, toMs: period.endMs });
  return `/experiments/${encodeURIComponent(experimentId)}/traces?${params}`;
}
