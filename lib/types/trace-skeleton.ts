/** Span status in the skeleton: 0 unset, 1 ok, 2 error. */
export const SKELETON_STATUS = { UNSET: 0, OK: 1, ERROR: 2 } as const;

/** Parent column value of a root span. */
export const NO_PARENT = -1;
/** Parent column value of a span whose parent is not (yet) in the trace; see `missingParent`. */
export const MISSING_PARENT = -2;

/**
 * A trace's span tree without span contents, in columnar form (one array per field, one entry per
 * span) so that 50,000 spans stay around 100 bytes each on the wire and parse fast.
 * Times are offsets in milliseconds from `baseMs`, rounded to microseconds.
 */
export interface TraceSkeleton {
  traceId: string;
  /** Epoch ms of the earliest span start (or null when the trace has no spans yet). */
  baseMs: number | null;
  /** When our server last fetched the trace from the tracking server (epoch ms). */
  fetchedAtMs: number;
  /** Span ids, 16 hex characters. */
  id: string[];
  /** Index of the parent span, NO_PARENT or MISSING_PARENT. */
  parent: number[];
  /** Span index → the hex id of its parent that is not in the trace (in-progress traces). */
  missingParent: Record<string, string>;
  /** Index into `names`. */
  name: number[];
  /** Index into `types`. */
  type: number[];
  start: number[];
  /** Null while the span is still running. */
  end: (number | null)[];
  status: number[];
  /** Sparse: [span index, input, output, total, model index into `models` or -1] for spans with token usage or a model. */
  llm: [number, number | null, number | null, number | null, number][];
  /** Span indexes with at least one exception event. */
  exceptions: number[];
  names: string[];
  types: string[];
  models: string[];
}
