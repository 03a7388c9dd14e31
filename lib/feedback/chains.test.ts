import { describe, expect, it } from "vitest";
import { canOverride, groupAssessments, isOwnedBy } from "./chains";
import { assessment, overrideChain } from "./test-assessments";

describe("groupAssessments", () => {
  it("shows the latest verdict with the chain it superseded, most recent first", () => {
    const groups = groupAssessments(overrideChain);
    expect(groups).toHaveLength(1);
    expect(groups[0].threads).toHaveLength(1);
    expect(groups[0].threads[0].head.assessmentId).toBe("a-human-2");
    expect(groups[0].threads[0].superseded.map((a) => a.assessmentId)).toEqual(["a-human-1", "a-judge"]);
  });
  it("groups by name in order, valid and newest first", () => {
    const groups = groupAssessments([
      assessment({ assessmentId: "a-1", name: "relevance", value: 0.5, createTimeMs: 1, updateTimeMs: 1 }),
      assessment({ assessmentId: "a-2", name: "correctness", value: "no", valid: false, createTimeMs: 5, updateTimeMs: 5 }),
      assessment({ assessmentId: "a-3", name: "correctness", value: "yes", createTimeMs: 2, updateTimeMs: 2 }),
      assessment({ assessmentId: "a-4", name: "correctness", value: "yes", createTimeMs: 3, updateTimeMs: 3 }),
    ]);
    expect(groups.map((g) => g.name)).toEqual(["correctness", "relevance"]);
    expect(groups[0].threads.map((t) => t.head.assessmentId)).toEqual(["a-4", "a-3", "a-2"]);
  });
  it("keeps an override whose original is gone, and survives a cycle", () => {
    const orphan = assessment({ assessmentId: "a-9", overrides: "a-missing" });
    expect(groupAssessments([orphan])[0].threads[0]).toEqual({ head: orphan, superseded: [] });
    const cycle = [assessment({ assessmentId: "a-1", overrides: "a-2" }), assessment({ assessmentId: "a-2", overrides: "a-1" })];
    const shown = groupAssessments(cycle).flatMap((g) => g.threads.flatMap((t) => [t.head, ...t.superseded]));
    expect(new Set(shown.map((a) => a.assessmentId))).toEqual(new Set(["a-1", "a-2"]));
  });
});

describe("canOverride / isOwnedBy", () => {
  it("lets humans override valid judge and code feedback, and edit only their own", () => {
    expect(canOverride(assessment({ sourceType: "LLM_JUDGE" }))).toBe(true);
    expect(canOverride(assessment({ sourceType: "CODE" }))).toBe(true);
    expect(canOverride(assessment({ sourceType: "LLM_JUDGE", valid: false }))).toBe(false);
    expect(canOverride(assessment({ sourceType: "HUMAN" }))).toBe(false);
    expect(canOverride(assessment({ sourceType: "LLM_JUDGE", kind: "expectation" }))).toBe(false);
    expect(isOwnedBy(assessment({ sourceId: "alice" }), "alice")).toBe(true);
    expect(isOwnedBy(assessment({ sourceId: "alice" }), "bob")).toBe(false);
    expect(isOwnedBy(assessment({ sourceId: "alice", sourceType: "LLM_JUDGE" }), "alice")).toBe(false);
    expect(isOwnedBy(assessment({ sourceId: "alice" }), null)).toBe(false);
  });
});
