// Input schemas of our API routes. Client-safe: forms can validate with the same schemas.
import { z } from "zod";
import { EXPERIMENT_ID_PATTERN, ID_PATTERN } from "./request-guards";

export const TraceId = z.string().regex(ID_PATTERN, "not a valid trace id (expected e.g. tr-0123…)");
export const AssessmentId = z.string().regex(ID_PATTERN, "not a valid assessment id");
export const ExperimentId = z.string().regex(EXPERIMENT_ID_PATTERN, "not a valid experiment id (digits only)");
export const SpanId = z.string().regex(/^[0-9a-f]{16}$/, "not a valid span id (16 hex characters)");

export const ExperimentListQuery = z.object({
  name: z.string().max(250).optional(),
  pageToken: z.string().max(2000).optional(),
  pageSize: z.coerce.number().int().min(1).max(1000).default(100),
});

/** MLflow refuses more than 500 traces per search request. */
export const MAX_TRACE_PAGE_SIZE = 500;

export const TraceListQuery = z.object({
  filter: z.string().max(10_000).optional(),
  orderBy: z.enum(["timestamp_ms DESC", "timestamp_ms ASC", "execution_time_ms DESC", "execution_time_ms ASC"]).optional(),
  pageToken: z.string().max(2000).optional(),
  pageSize: z.coerce.number().int().min(1).max(MAX_TRACE_PAGE_SIZE).default(50),
});

export const TagInput = z.object({
  key: z.string().min(1).max(250),
  value: z.string().max(4096),
});

export const TagKeyInput = z.object({ key: z.string().min(1).max(250) });

// Human assessments (feedback, expectations, votes): their rules live with the feedback code.
export { AnnotatorInput, ApplicationFeedback, AssessmentInput, AssessmentUpdate, VoteInput } from "@/lib/feedback/schemas";

export const MetricsQueryInput = z.object({
  viewType: z.enum(["TRACES", "SPANS", "ASSESSMENTS"]),
  metricName: z.string().regex(/^[a-z_]{1,64}$/),
  aggregations: z
    .array(z.object({ type: z.enum(["COUNT", "SUM", "AVG", "PERCENTILE", "MIN", "MAX"]), percentile: z.number().min(0).max(100).optional() }))
    .min(1)
    .max(10),
  dimensions: z.array(z.string().regex(/^[a-z_]{1,64}$/)).max(3).optional(),
  filters: z.array(z.string().max(2000)).max(20).optional(),
  timeIntervalSeconds: z.number().int().min(60).max(366 * 86_400).optional(),
  startTimeMs: z.number().int().min(0).optional(),
  endTimeMs: z.number().int().min(0).optional(),
  pageToken: z.string().max(2000).optional(),
});
export type MetricsQueryInput = z.infer<typeof MetricsQueryInput>;

/** The overview's URL state (lib/time/time-range.ts for range/from/to); every field optional. */
export const OverviewQuery = z.object({
  range: z.string().max(20).optional(),
  from: z.string().regex(/^\d{1,15}$/, "from: epoch milliseconds expected").optional(),
  to: z.string().regex(/^\d{1,15}$/, "to: epoch milliseconds expected").optional(),
  bucket: z.enum(["1m", "5m", "15m", "1h", "6h", "1d"]).optional(),
  filter: z.string().max(10_000).optional(),
  source: z.enum(["metrics", "search"]).default("metrics"),
  by: z.string().max(260).optional(),
});
export type OverviewQuery = z.infer<typeof OverviewQuery>;

/** The orders MLflow can sort the trace list by. */
export const TraceOrder = z.enum(["timestamp_ms DESC", "timestamp_ms ASC", "execution_time_ms DESC", "execution_time_ms ASC"]);

const ListFilter = z.string().max(20_000).optional();

/** A page of the trace list: `filter` is the list's whole filter (user filter, time range, pin). */
export const TracePageQuery = z.object({
  filter: ListFilter,
  orderBy: TraceOrder.default("timestamp_ms DESC"),
  cursor: z.string().max(20_000).optional(),
  pageSize: z.coerce.number().int().min(1).max(MAX_TRACE_PAGE_SIZE).default(50),
});

export const TraceCountQuery = z.object({ filter: ListFilter });

export const TraceExportQuery = z.object({
  filter: ListFilter,
  orderBy: TraceOrder.default("timestamp_ms DESC"),
  format: z.enum(["csv", "json"]).default("csv"),
  limit: z.coerce.number().int().min(1).max(50_000).default(50_000),
  /** Traces per MLflow request while streaming (≤ 500). */
  batch: z.coerce.number().int().min(1).max(MAX_TRACE_PAGE_SIZE).default(MAX_TRACE_PAGE_SIZE),
});

export const SpanSearchQuery = z.object({ q: z.string().trim().min(1, "give the text to search for").max(500) });

/** Session and user ids are free text chosen by the app (MLflow keeps metadata values up to 250 characters). */
export const GroupId = z
  .string()
  .min(1, "an id may not be empty")
  .max(250, "an id has at most 250 characters")
  .regex(/^[^\u0000-\u001f\u007f]+$/, "an id may not contain control characters");

const GroupListFields = {
  filter: z.string().max(10_000).optional(),
  /** Part of the session or user id, any case. */
  q: z.string().max(250).optional(),
  dir: z.enum(["asc", "desc"]).default("desc"),
  limit: z.coerce.number().int().min(1).max(500).default(50),
};

export const SessionListQuery = z.object({
  ...GroupListFields,
  sort: z.enum(["lastActivity", "turns", "tokens", "errors"]).default("lastActivity"),
  user: GroupId.optional(),
});

export const UserListQuery = z.object({
  ...GroupListFields,
  sort: z.enum(["lastSeen", "sessions", "traces", "tokens", "errors"]).default("lastSeen"),
});

/** Figures are computed for the rows on screen: a few ids per request. */
export const GroupSummaryQuery = z.object({
  ids: z.array(GroupId).min(1, "give at least one id").max(25, "at most 25 ids per request"),
  filter: z.string().max(10_000).optional(),
  user: GroupId.optional(),
});

export const FilterQuery = z.object({ filter: z.string().max(10_000).optional() });
