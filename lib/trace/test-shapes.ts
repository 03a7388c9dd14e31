// Named trace shapes for the tree, waterfall and critical-path tests: one catalogue, no random data.
// Times are epoch ms; ids are 16 hex characters derived from the span's number.
import type { Span, SpanOutline } from "@/lib/types/span";
import type { TokenUsage } from "@/lib/types/trace";

export const T0 = 1_800_000_000_000;

export const hexId = (n: number) => n.toString(16).padStart(16, "0");

interface SpanSpec {
  n: number;
  parent: number | null;
  name?: string;
  type?: string;
  start: number;
  /** Null: still running. */
  end: number | null;
  error?: boolean;
  tokens?: TokenUsage;
  model?: string;
}

/** A full span (contents empty), for code that reads span contents. */
export function fullSpan(spec: SpanSpec): Span {
  return {
    spanId: hexId(spec.n),
    parentSpanId: spec.parent === null ? null : hexId(spec.parent),
    name: spec.name ?? `S${spec.n}`,
    type: spec.type ?? "CHAIN",
    startTimeMs: T0 + spec.start,
    endTimeMs: spec.end === null ? null : T0 + spec.end,
    status: spec.error ? "ERROR" : "OK",
    statusMessage: spec.error ? "boom" : null,
    inputs: null,
    outputs: null,
    attributes: {},
    events: spec.error ? [{ name: "exception", timeMs: T0 + spec.start, attributes: { "exception.type": "RuntimeError" } }] : [],
    tokens: spec.tokens ?? null,
    model: spec.model ?? null,
  };
}

/** A span as the tree sees it. */
export function span(spec: SpanSpec): SpanOutline {
  const { inputs, outputs, attributes, events, statusMessage, ...outline } = fullSpan(spec);
  void [inputs, outputs, attributes, statusMessage];
  return { ...outline, hasException: events.length > 0 };
}

export const singleSpan = (): SpanOutline[] => [span({ n: 1, parent: null, start: 0, end: 100 })];

/** root 0–100 > a 10–40 (LLM, 30 tokens) and b 50–90 (error) */
export const threeSpans = (): SpanOutline[] => [
  span({ n: 1, parent: null, name: "root", type: "AGENT", start: 0, end: 100 }),
  span({ n: 3, parent: 1, name: "b", type: "TOOL", start: 50, end: 90, error: true }),
  span({ n: 2, parent: 1, name: "a", type: "LLM", start: 10, end: 40, tokens: { input: 20, output: 10, total: 30 }, model: "gpt-4o" }),
];

/** A chain `depth` spans deep, each child 1 ms inside its parent's start. */
export function deepNesting(depth: number): SpanOutline[] {
  return Array.from({ length: depth }, (_, i) => span({ n: i + 1, parent: i === 0 ? null : i, start: i * 0.001, end: 1000 - i * 0.001 }));
}

/** A root with `width` children side by side. */
export function hugeWide(width: number): SpanOutline[] {
  const spans = [span({ n: 1, parent: null, start: 0, end: width + 1 })];
  for (let i = 0; i < width; i++) spans.push(span({ n: i + 2, parent: 1, start: i, end: i + 1, tokens: { input: 1, output: 1, total: 2 } }));
  return spans;
}

/** The root finished at 100 but one child never reported an end. */
export const missingEndTime = (): SpanOutline[] => [
  span({ n: 1, parent: null, start: 0, end: 100 }),
  span({ n: 2, parent: 1, start: 10, end: 30 }),
  span({ n: 3, parent: 1, start: 40, end: null }),
];

/** A child whose clock says it started 5 ms before its parent. */
export const childStartsBeforeParent = (): SpanOutline[] => [
  span({ n: 1, parent: null, start: 5, end: 100 }),
  span({ n: 2, parent: 1, start: 0, end: 50 }),
];

export const zeroDuration = (): SpanOutline[] => [
  span({ n: 1, parent: null, start: 0, end: 0 }),
  span({ n: 2, parent: 1, start: 0, end: 0 }),
];

/** An in-progress trace as the server sends it: the open root (id 1) is missing, its finished children point to it. */
export const orphans = (): SpanOutline[] => [
  span({ n: 2, parent: 1, name: "search", type: "RETRIEVER", start: 5, end: 20 }),
  span({ n: 3, parent: 1, name: "plan", type: "CHAT_MODEL", start: 25, end: 60, tokens: { input: 100, output: 20, total: 120 } }),
  span({ n: 4, parent: 3, name: "nested", start: 30, end: 40 }),
];

/**
 * For the critical path: root 0–100 > fetch 0–30, parallel 30–90 (> fast 30–50, slow 30–85), write 88–95.
 * The chain that decided the end: root, write, parallel, slow, fetch.
 */
export const parallelWork = (): SpanOutline[] => [
  span({ n: 1, parent: null, name: "root", start: 0, end: 100 }),
  span({ n: 2, parent: 1, name: "fetch", start: 0, end: 30 }),
  span({ n: 3, parent: 1, name: "parallel", start: 30, end: 90 }),
  span({ n: 4, parent: 3, name: "fast", start: 30, end: 50 }),
  span({ n: 5, parent: 3, name: "slow", start: 30, end: 85 }),
  span({ n: 6, parent: 1, name: "write", start: 88, end: 95 }),
];

/** Bad data: two spans that name each other as parent, beside a normal root. */
export const parentCycle = (): SpanOutline[] => [
  span({ n: 1, parent: null, start: 0, end: 10 }),
  span({ n: 2, parent: 3, start: 1, end: 5 }),
  span({ n: 3, parent: 2, start: 2, end: 6 }),
];
