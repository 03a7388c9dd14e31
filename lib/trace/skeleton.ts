// Span outlines → the compact skeleton the browser gets first (lib/types/trace-skeleton.ts). Pure and
// linear; runs in route handlers on the cached trace.
import type { SpanOutline } from "@/lib/types/span";
import { MISSING_PARENT, NO_PARENT, SKELETON_STATUS, type TraceSkeleton } from "@/lib/types/trace-skeleton";

class Dictionary {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();

  add(value: string): number {
    let at = this.index.get(value);
    if (at === undefined) {
      at = this.values.length;
      this.values.push(value);
      this.index.set(value, at);
    }
    return at;
  }
}

/** Microsecond precision is all a waterfall can show; it keeps the numbers short. */
const roundUs = (ms: number) => Math.round(ms * 1000) / 1000;

const STATUS_CODES = { UNSET: SKELETON_STATUS.UNSET, OK: SKELETON_STATUS.OK, ERROR: SKELETON_STATUS.ERROR } as const;

export function toSkeleton(traceId: string, spans: readonly SpanOutline[], fetchedAtMs: number): TraceSkeleton {
  const indexById = new Map<string, number>();
  let baseMs: number | null = null;
  for (let i = 0; i < spans.length; i++) {
    if (!indexById.has(spans[i].spanId)) indexById.set(spans[i].spanId, i);
    const start = spans[i].startTimeMs;
    if (start !== null && (baseMs === null || start < baseMs)) baseMs = start;
  }
  const base = baseMs ?? 0;
  const names = new Dictionary();
  const types = new Dictionary();
  const models = new Dictionary();
  const skeleton: TraceSkeleton = {
    traceId,
    baseMs,
    fetchedAtMs,
    id: new Array(spans.length),
    parent: new Array(spans.length),
    missingParent: {},
    name: new Array(spans.length),
    type: new Array(spans.length),
    start: new Array(spans.length),
    end: new Array(spans.length),
    status: new Array(spans.length),
    llm: [],
    exceptions: [],
    names: names.values,
    types: types.values,
    models: models.values,
  };
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    skeleton.id[i] = span.spanId;
    if (span.parentSpanId === null) skeleton.parent[i] = NO_PARENT;
    else {
      const parent = indexById.get(span.parentSpanId);
      skeleton.parent[i] = parent ?? MISSING_PARENT;
      if (parent === undefined) skeleton.missingParent[i] = span.parentSpanId;
    }
    skeleton.name[i] = names.add(span.name);
    skeleton.type[i] = types.add(span.type);
    // A span without a start time is drawn at the trace start rather than dropped.
    const start = span.startTimeMs === null ? 0 : roundUs(span.startTimeMs - base);
    skeleton.start[i] = start;
    skeleton.end[i] = span.endTimeMs === null ? null : Math.max(start, roundUs(span.endTimeMs - base));
    skeleton.status[i] = STATUS_CODES[span.status];
    if (span.tokens || span.model) {
      const model = span.model ? models.add(span.model) : -1;
      skeleton.llm.push([i, span.tokens?.input ?? null, span.tokens?.output ?? null, span.tokens?.total ?? null, model]);
    }
    if (span.hasException) skeleton.exceptions.push(i);
  }
  return skeleton;
}
