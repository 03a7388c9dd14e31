import { describe, expect, it } from "vitest";
import { fixture } from "@/lib/mlflow/fixtures";
import { toTraceSummary } from "@/lib/mlflow/to-trace";
import type { MlflowTraceInfo } from "@/lib/mlflow/wire";
import { errorsAndThumbs, idleGap, liveSession, threeTurns, twoUsers } from "./session-shapes";
import { FULL_COVERAGE, sortSessions, summarizeSession } from "./sessions";
import { groupBy } from "./trace-figures";

const full = FULL_COVERAGE(0);

describe("summarizeSession on named shapes", () => {
  it("counts turns, tokens and time from the first start to the last end", () => {
    const summary = summarizeSession("s-three", threeTurns, full);
    expect(summary).toMatchObject({ turns: 3, users: ["alice"], totalTokens: 110 + 220 + 330, errors: 0, inProgress: 0, firstUserMessage: "question 1" });
    expect(summary.durationMs).toBe(2 * 60_000 + 2000);
    expect(summary.lastActivityMs! - summary.firstActivityMs!).toBe(2 * 60_000);
  });

  it("keeps a running turn: counted, no tokens, duration up to its start", () => {
    const summary = summarizeSession("s-live", liveSession, full);
    expect(summary).toMatchObject({ turns: 2, inProgress: 1, totalTokens: 55 });
    expect(summary.durationMs).toBe(2 * 60_000);
  });

  it("counts errors and valid thumbs, including the session-level one", () => {
    expect(summarizeSession("s-fb", errorsAndThumbs, full)).toMatchObject({ errors: 1, thumbs: { up: 1, down: 2 } });
  });

  it("lists every user in order of their first turn, and null tokens when none are reported", () => {
    expect(summarizeSession("s-two", twoUsers, full)).toMatchObject({ users: ["erin", "frank"], totalTokens: null });
    expect(summarizeSession("s-idle", idleGap, full).totalTokens).toBeNull();
  });
});

describe("sortSessions", () => {
  const summaries = [threeTurns, idleGap, liveSession, errorsAndThumbs].map((traces) => summarizeSession(traces[0].session!, traces, full));

  it("orders by turns, tokens or errors, most first, ties by recent activity", () => {
    expect(sortSessions(summaries, "turns").map((s) => s.sessionId)).toEqual(["s-idle", "s-fb", "s-three", "s-live"]);
    expect(sortSessions(summaries, "tokens").map((s) => s.sessionId)).toEqual(["s-three", "s-live", "s-idle", "s-fb"]);
    expect(sortSessions(summaries, "errors")[0].sessionId).toBe("s-fb");
    // Ascending flips the figure only: ties still go to the most recent activity, then the id.
    expect(sortSessions(summaries, "turns", "asc").map((s) => s.sessionId)).toEqual(["s-live", "s-idle", "s-fb", "s-three"]);
  });

  it("orders by last activity, equal times by id", () => {
    expect(sortSessions(summaries, "lastActivity").map((s) => s.sessionId)).toEqual(["s-idle", "s-fb", "s-live", "s-three"]);
  });
});

describe("on a recorded trace search (the 10 newest traces of the demo plan)", () => {
  const traces = fixture<{ traces: MlflowTraceInfo[] }>("traces-search").traces.map(toTraceSummary);
  const sessions = groupBy(traces, (trace) => trace.session);

  it("groups every trace with a session exactly once", () => {
    const grouped = [...sessions.values()].flat();
    expect(grouped).toHaveLength(traces.filter((trace) => trace.session).length);
    expect(new Set(grouped.map((trace) => trace.traceId)).size).toBe(grouped.length);
  });

  it("sums a whole session as the plan made it (dave's six-turn support session)", () => {
    const summary = summarizeSession("sess-3ab36dc97640", sessions.get("sess-3ab36dc97640")!, full);
    expect(summary).toMatchObject({ turns: 6, users: ["dave"], errors: 0, thumbs: { up: 3, down: 0 } });
    // Absolute times change with every recording; the first activity is the first turn's request.
    const requestTimes = sessions.get("sess-3ab36dc97640")!.map((trace) => trace.requestTimeMs!);
    expect(summary.firstActivityMs).toBe(Math.min(...requestTimes));
    expect(summary.lastActivityMs).toBeGreaterThanOrEqual(Math.max(...requestTimes));
    expect(summary.firstUserMessage).toMatch(/\[ROW-\d{6}\]$/);
  });

  it("reports the running trace of the live session", () => {
    expect(summarizeSession("sess-541f223645cd", sessions.get("sess-541f223645cd")!, full)).toMatchObject({ turns: 1, inProgress: 1, users: ["alice"] });
  });
});
