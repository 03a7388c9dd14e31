import { describe, expect, it } from "vitest";
import { fixture } from "@/lib/mlflow/fixtures";
import { toTraceSummary } from "@/lib/mlflow/to-trace";
import type { MlflowTraceInfo } from "@/lib/mlflow/wire";
import { IDLE_GAP_MS, looksTruncated, sessionThumbs, toTurns } from "./conversation";
import { errorsAndThumbs, idleGap, threeTurns, twoUsers } from "./session-shapes";

describe("toTurns", () => {
  it("puts turns oldest first, numbered from 1, with the previews as texts", () => {
    const turns = toTurns(threeTurns);
    expect(turns.map((turn) => [turn.turn, turn.userText, turn.assistantText])).toEqual([
      [1, "question 1", "answer 1"],
      [2, "question 2", "answer 2"],
      [3, "question 3", "answer 3"],
    ]);
    expect(turns.every((turn) => turn.textSource === "preview" && !turn.userTruncated && !turn.assistantTruncated && turn.idleBeforeMs === null)).toBe(true);
  });

  it("marks a pause longer than the threshold, measured from the end of the previous turn", () => {
    const turns = toTurns(idleGap);
    expect(turns[1].idleBeforeMs).toBe(20 * 60_000);
    expect(turns[1].idleBeforeMs).toBeGreaterThan(IDLE_GAP_MS);
    expect(turns[2].idleBeforeMs).toBeNull();
  });

  it("prefers chat texts read from the root span, and flags previews MLflow shortened", () => {
    const full = new Map([["tr-two-1", { user: "the whole question", assistant: null }]]);
    const [withFull] = toTurns(twoUsers, full);
    expect(withFull).toMatchObject({ userText: "the whole question", textSource: "chat", userTruncated: false });
    const [withoutFull] = toTurns(twoUsers);
    expect(withoutFull).toMatchObject({ userTruncated: true, assistantTruncated: false });
    expect(looksTruncated("short...")).toBe(false);
  });

  it("keeps turn thumbs on their turn and session thumbs apart", () => {
    const turns = toTurns(errorsAndThumbs);
    expect(turns.map((turn) => turn.thumbs.map((a) => a.value))).toEqual([[true], [false], []]);
    expect(sessionThumbs(errorsAndThumbs).map((a) => [a.value, a.metadata["mlflow.trace.session"]])).toEqual([[false, "s-fb"]]);
  });

  it("on a recorded session: turns in request order with an idle gap (40 minutes) before the fourth", () => {
    const traces = fixture<{ traces: MlflowTraceInfo[] }>("traces-search")
      .traces.map(toTraceSummary)
      .filter((trace) => trace.session === "sess-3ab36dc97640");
    const turns = toTurns(traces);
    expect(turns).toHaveLength(6);
    const times = turns.map((turn) => turn.requestTimeMs!);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(turns.map((turn) => turn.idleBeforeMs !== null)).toEqual([false, false, false, true, false, false]);
    expect(turns.every((turn) => turn.userText && turn.assistantText)).toBe(true);
  });
});
