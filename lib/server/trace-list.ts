import "server-only";
import { readsSpanContents } from "@/lib/filters/cost";
import { toMetricsFilter } from "@/lib/filters/metrics";
import { hasErrors, parseFilter } from "@/lib/filters/parse";
import { queryTraceMetrics, searchTraces } from "@/lib/mlflow/client";
import { MlflowError } from "@/lib/mlflow/errors";
import { type PageCursor, decodeCursor, encodeCursor, nextCursor, pageFilter, pageToken } from "@/lib/traces/cursor";
import { type ExportFormat, JSON_CLOSE, JSON_OPEN, csvHeader, csvRow, jsonRow } from "@/lib/traces/export";
import type { ServerOrder } from "@/lib/traces/list-url";
import { toListRow } from "@/lib/traces/list-row";
import { vocabularyFromTraces } from "@/lib/traces/vocabulary";
import type { FilterVocabulary } from "@/lib/filters/fields";
import type { TraceCount, TraceListPage } from "@/lib/types/trace-list";
import { MemoCache } from "./memo-cache";
import { processWide } from "./process-wide";

// The trace list's reads: a page, a count, the vocabulary, the export. Each composes the pure pieces
// (lib/traces, lib/filters) with the one MLflow client; the server-rendered page and the API routes
// both call these, so they always agree.

export interface PageQuery {
  baseFilter: string;
  order: ServerOrder;
  cursor: PageCursor | null;
  pageSize: number;
}

/** A page with the full trace infos (the export writes them as they are). */
async function searchPage(experimentId: string, query: PageQuery): Promise<TraceListPage> {
  const filter = pageFilter(query.baseFilter, query.cursor, query.order);
  const page = await searchTraces({ experimentIds: [experimentId], filter, orderBy: [query.order], maxResults: query.pageSize, pageToken: pageToken(query.cursor) });
  const next = nextCursor(page.traces, query.order, page.nextPageToken !== null, page.nextPageToken, query.cursor);
  return { traces: page.traces, nextCursor: next ? encodeCursor(next) : null, filter };
}

/** A page of the list, as its rows go to the browser. */
export async function loadTracePage(experimentId: string, query: PageQuery): Promise<TraceListPage> {
  const page = await searchPage(experimentId, query);
  return { ...page, traces: page.traces.map(toListRow) };
}

/** A bounded search counts what the metrics API cannot: exactly up to this many traces. */
export const COUNT_SCAN_LIMIT = 500;

export async function countTraces(experimentId: string, filter: string): Promise<TraceCount> {
  const parsed = parseFilter(filter);
  const translation = hasErrors(parsed) ? null : toMetricsFilter(parsed.clauses);
  if (translation?.ok) {
    const { filters, startTimeMs, endTimeMs } = translation.query;
    if (startTimeMs !== undefined && endTimeMs !== undefined && startTimeMs > endTimeMs) return { count: 0, exact: true, method: "metrics" };
    try {
      const metrics = await queryTraceMetrics({
        experimentIds: [experimentId],
        viewType: "TRACES",
        metricName: "trace_count",
        aggregations: [{ type: "COUNT" }],
        filters: filters.length ? filters : undefined,
        startTimeMs,
        endTimeMs,
      });
      const count = metrics.dataPoints.reduce((sum, point) => sum + (point.values.COUNT ?? 0), 0);
      return { count: Math.round(count), exact: true, method: "metrics" };
    } catch (error) {
      // Servers before 3.9 have no traces/metrics; count by searching instead.
      if (!(error instanceof MlflowError) || ![404, 501].includes(error.status)) throw error;
    }
  }
  const page = await searchTraces({ experimentIds: [experimentId], filter: filter || undefined, maxResults: COUNT_SCAN_LIMIT });
  const reason = translation && !translation.ok ? `MLflow's trace count cannot filter on: ${parsed.clauses.length ? describe(filter, translation.clause) : "this filter"} (${translation.reason})` : undefined;
  return { count: page.traces.length, exact: page.nextPageToken === null, method: "search", ...(reason ? { reason } : {}) };
}

function describe(filter: string, clause: { start: number; end: number }): string {
  return filter.slice(clause.start, clause.end);
}

type Vocabulary = FilterVocabulary & { sampled: number };
/** Every list screen asks for it, and it reads 500 traces: shared for half a minute. */
const vocabularies = processWide("trace-list.vocabulary", () => new MemoCache<Vocabulary>(32, 30_000));

/** Keys, names and values seen in the experiment's most recent traces. */
export function loadVocabulary(experimentId: string): Promise<Vocabulary> {
  return vocabularies.get(experimentId, async () => {
    const page = await searchTraces({ experimentIds: [experimentId], maxResults: 500, orderBy: ["timestamp_ms DESC"] });
    return { ...vocabularyFromTraces(page.traces), sampled: page.traces.length };
  });
}

type ExportQuery = Omit<PageQuery, "cursor" | "pageSize"> & { format: ExportFormat; limit: number; batch: number };

/**
 * Starts an export: its first batch is read before the stream starts, so a rejected filter is a
 * proper error response, not a broken download. The expected row count comes with it, except for a
 * search that reads span contents, whose count would read the whole experiment first.
 */
export async function startExport(experimentId: string, query: ExportQuery): Promise<{ body: ReadableStream<Uint8Array>; total: TraceCount | null }> {
  const firstBatch = searchPage(experimentId, { ...query, cursor: null, pageSize: Math.min(query.batch, query.limit) });
  const [first, total] = await Promise.all([firstBatch, readsSpanContents(query.baseFilter) ? null : countTraces(experimentId, query.baseFilter)]);
  return { body: exportTraces(experimentId, query, first), total };
}

/** Streams every trace of the search, `batch` per MLflow request, as CSV or a JSON array; stops at `limit` rows. */
function exportTraces(experimentId: string, query: ExportQuery, firstBatch: TraceListPage): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cursor: PageCursor | null = null;
  let pending: TraceListPage | null = firstBatch;
  let written = 0;
  let started = false;
  let done = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(query.format === "csv" ? csvHeader() : JSON_OPEN));
        return;
      }
      if (done) return;
      const pageSize = Math.min(query.batch, query.limit - written);
      const page = pending ?? (pageSize > 0 ? await searchPage(experimentId, { ...query, cursor, pageSize }) : { traces: [], nextCursor: null });
      pending = null;
      const text = page.traces.map((trace, index) => (query.format === "csv" ? csvRow(trace) : jsonRow(trace, written + index === 0))).join("");
      written += page.traces.length;
      if (text) controller.enqueue(encoder.encode(text));
      cursor = decodeCursor(page.nextCursor);
      if (!cursor || written >= query.limit) {
        done = true;
        if (query.format === "json") controller.enqueue(encoder.encode(JSON_CLOSE));
        controller.close();
      }
    },
  });
}
