// Rows of the trace export, as CSV lines or JSON lines of a JSON array; one trace per line, so a reader
// can count progress by lines. Trace content is untrusted: in CSV, text cells that a spreadsheet would
// run as a formula (= + - @ tab CR at the start) are prefixed with a single quote.
import type { TraceSummary } from "@/lib/types/trace";
import { summarizeAssessments } from "./assessments";

export type ExportFormat = "csv" | "json";

export const CSV_COLUMNS = [
  "trace_id",
  "request_time",
  "state",
  "name",
  "latency_ms",
  "input_tokens",
  "output_tokens",
  "total_tokens",
  "user",
  "session",
  "client_request_id",
  "request_preview",
  "response_preview",
  "thumbs_up",
  "thumbs_down",
  "judges",
  "tags",
] as const;

function textCell(value: string | null | undefined): string {
  if (value === null || value === undefined) return "";
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function numberCell(value: number | null | undefined): string {
  return value === null || value === undefined ? "" : String(value);
}

export function csvHeader(): string {
  return `${CSV_COLUMNS.join(",")}\r\n`;
}

export function csvRow(trace: TraceSummary): string {
  const summary = summarizeAssessments(trace.assessments);
  const judges = summary.judges.map((judge) => `${judge.name}=${judge.label}`).join("; ");
  const cells = [
    textCell(trace.traceId),
    textCell(trace.requestTimeMs === null ? null : new Date(trace.requestTimeMs).toISOString()),
    textCell(trace.state),
    textCell(trace.name),
    numberCell(trace.durationMs),
    numberCell(trace.tokens?.input),
    numberCell(trace.tokens?.output),
    numberCell(trace.tokens?.total),
    textCell(trace.user),
    textCell(trace.session),
    textCell(trace.clientRequestId),
    textCell(trace.requestPreview),
    textCell(trace.responsePreview),
    numberCell(summary.up),
    numberCell(summary.down),
    textCell(judges),
    textCell(Object.keys(trace.tags).length ? JSON.stringify(trace.tags) : ""),
  ];
  return `${cells.join(",")}\r\n`;
}

/** A JSON array written one trace per line: "[", then one line per trace (",{…}" after the first), then "]". */
export function jsonRow(trace: TraceSummary, first: boolean): string {
  return `${first ? "" : ","}${JSON.stringify(trace)}\n`;
}

export const JSON_OPEN = "[\n";
export const JSON_CLOSE = "]";

export function exportFileName(experimentId: string, format: ExportFormat, nowMs: number): string {
  const stamp = new Date(nowMs).toISOString().replace(/[:]/g, "-").replace(/\.\d+Z$/, "Z");
  return `traces-${experimentId}-${stamp}.${format}`;
}

/**
 * Counts exported rows as chunks arrive, for progress: CSV rows end with a newline outside quotes
 * (previews may hold newlines inside quotes); JSON rows are one per line.
 */
export function createRowCounter(format: ExportFormat): (chunk: string) => number {
  let inQuotes = false;
  let newlines = 0;
  return (chunk) => {
    for (const char of chunk) {
      if (format === "csv" && char === '"') inQuotes = !inQuotes;
      else if (char === "\n" && !inQuotes) newlines++;
    }
    // The first line is the CSV header or the JSON "[".
    return Math.max(0, newlines - 1);
  };
}
