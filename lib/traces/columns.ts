// The columns of the trace list as data: ids, labels, which are shown by default, which the server can
// sort (the rest sort only the loaded rows), and the value each one sorts and exports by. Any tag or
// metadata key becomes a column as `tag:<key>` / `meta:<key>`.
import type { TraceSummary } from "@/lib/types/trace";
import { summarizeAssessments } from "./assessments";

export type ServerOrderKey = "timestamp_ms" | "execution_time_ms";

export interface ColumnSpec {
  id: string;
  label: string;
  defaultVisible: boolean;
  /** Set when MLflow can sort by it; everything else sorts only the loaded rows. */
  serverOrder?: ServerOrderKey;
  /** The value the loaded rows are sorted by; absent when the column is not sortable. */
  sortValue?: (trace: TraceSummary) => string | number | null;
}

const text = (value: string | null | undefined) => value?.toLowerCase() ?? null;

export const BASE_COLUMNS: readonly ColumnSpec[] = [
  { id: "time", label: "Request time", defaultVisible: true, serverOrder: "timestamp_ms", sortValue: (trace) => trace.requestTimeMs },
  { id: "state", label: "State", defaultVisible: true, sortValue: (trace) => trace.state },
  { id: "name", label: "Trace name", defaultVisible: true, sortValue: (trace) => text(trace.name) },
  { id: "request", label: "Request", defaultVisible: true, sortValue: (trace) => text(trace.requestPreview) },
  { id: "response", label: "Response", defaultVisible: true, sortValue: (trace) => text(trace.responsePreview) },
  { id: "latency", label: "Latency", defaultVisible: true, serverOrder: "execution_time_ms", sortValue: (trace) => trace.durationMs },
  { id: "tokens", label: "Tokens", defaultVisible: true, sortValue: (trace) => trace.tokens?.total ?? null },
  { id: "user", label: "User", defaultVisible: true, sortValue: (trace) => text(trace.user) },
  { id: "session", label: "Session", defaultVisible: true, sortValue: (trace) => text(trace.session) },
  // Your thumbs, clickable in the row (components/feedback/TraceThumbs); not sortable: it depends on who is looking.
  { id: "feedback", label: "Your vote", defaultVisible: true },
  { id: "assessments", label: "Assessments", defaultVisible: true, sortValue: (trace) => summarizeAssessments(trace.assessments).score },
  { id: "clientRequestId", label: "Client request id", defaultVisible: false, sortValue: (trace) => text(trace.clientRequestId) },
  { id: "tags", label: "Tags", defaultVisible: false },
  { id: "traceId", label: "Trace id", defaultVisible: true, sortValue: (trace) => trace.traceId },
];

export const DEFAULT_COLUMNS: readonly string[] = BASE_COLUMNS.filter((column) => column.defaultVisible).map((column) => column.id);

/** The cookie that keeps the reader's column choice, so the server renders the same columns. */
export const COLUMNS_COOKIE = "trace-columns";

export const TAG_COLUMN = "tag:";
export const METADATA_COLUMN = "meta:";

/** The spec of any column id, including tag and metadata columns; undefined for unknown ids. */
export function columnSpec(id: string): ColumnSpec | undefined {
  const base = BASE_COLUMNS.find((column) => column.id === id);
  if (base) return base;
  if (id.startsWith(TAG_COLUMN) && id.length > TAG_COLUMN.length) {
    const key = id.slice(TAG_COLUMN.length);
    return { id, label: `tag ${key}`, defaultVisible: false, sortValue: (trace) => text(trace.tags[key]) };
  }
  if (id.startsWith(METADATA_COLUMN) && id.length > METADATA_COLUMN.length) {
    const key = id.slice(METADATA_COLUMN.length);
    return { id, label: `metadata ${key}`, defaultVisible: false, sortValue: (trace) => text(trace.metadata[key]) };
  }
  return undefined;
}

/** Column ids as the URL and the preference cookie hold them: comma-separated, commas in keys escaped. */
export function encodeColumns(ids: readonly string[]): string {
  return ids.map((id) => id.replace(/%/g, "%25").replace(/,/g, "%2C")).join(",");
}

export function decodeColumns(value: string | null | undefined): string[] | null {
  if (!value) return null;
  const ids = value
    .split(",")
    .map((id) => id.replace(/%2C/gi, ",").replace(/%25/g, "%"))
    .filter((id) => columnSpec(id) !== undefined);
  return ids.length ? [...new Set(ids)] : null;
}

/** Sorts loaded rows by a column, keeping the server's order among equal values; empty values last. */
export function sortLoadedRows(traces: readonly TraceSummary[], columnId: string, descending: boolean): TraceSummary[] {
  const value = columnSpec(columnId)?.sortValue;
  if (!value) return [...traces];
  return traces
    .map((trace, index) => ({ trace, index, key: value(trace) }))
    .sort((a, b) => {
      if (a.key === null || b.key === null) return a.key === b.key ? a.index - b.index : a.key === null ? 1 : -1;
      const order = a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
      return (descending ? -order : order) || a.index - b.index;
    })
    .map((entry) => entry.trace);
}
