// Paging that visits every trace once even while traces keep arriving.
//
// The base filter is pinned to the moment the search started (trace.timestamp_ms <= at), so traces
// logged later never enter it. Ordered by request time, pages are keyset pages: the next one starts
// at the last request time shown and leaves out, by id, the traces already shown at that instant:
//   <base> AND trace.timestamp_ms <= T AND trace.request_id NOT IN ('tr-…')
// so a late trace (one that started before the pin but reached the server after it) can neither
// repeat a row nor push one off a page, and a deep page costs what the first one does. MLflow's own
// page tokens are offsets; they are used only for the latency order, where keyset paging would skip
// the traces without a latency (in progress), which MLflow sorts last.
import { joinFilters } from "@/lib/filters/serialize";
import { quoteValue } from "@/lib/filters/quote";
import type { TraceSummary } from "@/lib/types/trace";
import type { ServerOrder } from "./list-url";

export type PageCursor =
  | { kind: "time"; atMs: number; seen: string[] }
  | { kind: "token"; token: string };

export function encodeCursor(cursor: PageCursor): string {
  if (cursor.kind === "token") return `o.${cursor.token}`;
  return [`t.${cursor.atMs}`, ...cursor.seen].join("~");
}

export function decodeCursor(value: string | null | undefined): PageCursor | null {
  if (!value) return null;
  if (value.startsWith("o.") && value.length > 2) return { kind: "token", token: value.slice(2) };
  const [head, ...seen] = value.split("~");
  const match = /^t\.(\d{1,16})$/.exec(head);
  if (!match || seen.some((id) => !id)) return null;
  return { kind: "time", atMs: Number(match[1]), seen };
}

/** The clauses that start a page after `cursor` (empty for a token cursor: MLflow pages those). */
export function cursorClauses(cursor: PageCursor | null, order: ServerOrder): string[] {
  if (!cursor || cursor.kind === "token") return [];
  const comparator = order.endsWith("DESC") ? "<=" : ">=";
  const clauses = [`trace.timestamp_ms ${comparator} ${cursor.atMs}`];
  if (cursor.seen.length) clauses.push(`trace.request_id NOT IN (${cursor.seen.map(quoteValue).join(", ")})`);
  return clauses;
}

export function usesKeyset(order: ServerOrder): boolean {
  return order.startsWith("timestamp_ms");
}

/** The filter string one page request sends: the base filter plus the cursor's clauses. */
export function pageFilter(baseFilter: string, cursor: PageCursor | null, order: ServerOrder): string {
  return joinFilters(baseFilter, ...cursorClauses(cursor, order));
}

/** The MLflow page token to send with a page request (token cursors only). */
export function pageToken(cursor: PageCursor | null): string | undefined {
  return cursor?.kind === "token" ? cursor.token : undefined;
}

/**
 * The cursor of the page after `traces`, or null on the last page. `hasMore` is whether MLflow said
 * more traces follow; `previous` is the cursor this page was loaded with.
 */
export function nextCursor(traces: readonly TraceSummary[], order: ServerOrder, hasMore: boolean, mlflowToken: string | null, previous: PageCursor | null): PageCursor | null {
  if (!hasMore || traces.length === 0) return null;
  if (!usesKeyset(order)) return mlflowToken ? { kind: "token", token: mlflowToken } : null;
  const last = traces[traces.length - 1].requestTimeMs;
  if (last === null) return null;
  const atLast = traces.filter((trace) => trace.requestTimeMs === last).map((trace) => trace.traceId);
  const carried = previous?.kind === "time" && previous.atMs === last ? previous.seen : [];
  return { kind: "time", atMs: last, seen: [...new Set([...carried, ...atLast])] };
}
