// Named session shapes for the aggregation tests (test-only): small, readable, and each about one
// thing. Wire-level behaviour is tested on recorded fixtures; these pin the grouping rules.
import type { Assessment } from "@/lib/types/assessment";
import type { TraceSummary } from "@/lib/types/trace";

const T0 = Date.UTC(2026, 10, 1, 9, 0, 0);
const MINUTE = 60_000;

export function trace(overrides: Partial<TraceSummary> & { traceId: string }): TraceSummary {
  return {
    experimentId: "1",
    name: "support_agent",
    state: "OK",
    requestTimeMs: T0,
    durationMs: 2000,
    requestPreview: null,
    responsePreview: null,
    clientRequestId: null,
    user: null,
    session: null,
    tokens: null,
    costUsd: null,
    sizeStats: null,
    tags: {},
    metadata: {},
    assessments: [],
    ...overrides,
  };
}

export function thumbs(value: boolean, options: { by?: string; sessionId?: string; valid?: boolean; atMs?: number } = {}): Assessment {
  return {
    assessmentId: `a-${value}-${options.by ?? "x"}-${options.atMs ?? 0}`,
    name: "user_feedback",
    traceId: null,
    spanId: null,
    sourceType: "HUMAN",
    sourceId: options.by ?? "someone@example.com",
    createTimeMs: options.atMs ?? T0,
    updateTimeMs: options.atMs ?? T0,
    kind: "feedback",
    value,
    error: null,
    rationale: null,
    metadata: options.sessionId ? { "mlflow.trace.session": options.sessionId } : {},
    overrides: null,
    valid: options.valid ?? true,
  };
}

const tokens = (input: number, output: number) => ({ input, output, total: input + output });

/** Three turns a minute apart, one user, tokens on every turn. Given newest first, as search returns them. */
export const threeTurns: TraceSummary[] = [3, 2, 1].map((turn) =>
  trace({
    traceId: `tr-three-${turn}`,
    session: "s-three",
    user: "alice",
    requestTimeMs: T0 + (turn - 1) * MINUTE,
    requestPreview: `question ${turn}`,
    responsePreview: `answer ${turn}`,
    tokens: tokens(100 * turn, 10 * turn),
  }),
);

/** A second turn 20 minutes after the first ended: one idle-gap marker. */
export const idleGap: TraceSummary[] = [
  trace({ traceId: "tr-idle-1", session: "s-idle", user: "bob", requestTimeMs: T0, durationMs: 60_000 }),
  trace({ traceId: "tr-idle-2", session: "s-idle", user: "bob", requestTimeMs: T0 + 21 * MINUTE }),
  trace({ traceId: "tr-idle-3", session: "s-idle", user: "bob", requestTimeMs: T0 + 25 * MINUTE }),
];

/** The last turn is still running (no duration yet) and reports no tokens. */
export const liveSession: TraceSummary[] = [
  trace({ traceId: "tr-live-1", session: "s-live", user: "carol", requestTimeMs: T0, durationMs: 3000, tokens: tokens(50, 5) }),
  trace({ traceId: "tr-live-2", session: "s-live", user: "carol", requestTimeMs: T0 + 2 * MINUTE, durationMs: null, state: "IN_PROGRESS" }),
];

/** An ERROR turn, thumbs on turns (one overridden), and a session-level thumbs on the last trace. */
export const errorsAndThumbs: TraceSummary[] = [
  trace({ traceId: "tr-fb-1", session: "s-fb", user: "dave", assessments: [thumbs(true), thumbs(false, { valid: false })] }),
  trace({ traceId: "tr-fb-2", session: "s-fb", user: "dave", requestTimeMs: T0 + MINUTE, state: "ERROR", durationMs: 500, assessments: [thumbs(false)] }),
  trace({ traceId: "tr-fb-3", session: "s-fb", user: "dave", requestTimeMs: T0 + 2 * MINUTE, assessments: [thumbs(false, { sessionId: "s-fb" })] }),
];

/** Two users in one session (e.g. a hand-over), and a shortened preview. */
export const twoUsers: TraceSummary[] = [
  trace({ traceId: "tr-two-1", session: "s-two", user: "erin", requestPreview: `${"x".repeat(997)}...` }),
  trace({ traceId: "tr-two-2", session: "s-two", user: "frank", requestTimeMs: T0 + MINUTE }),
];
