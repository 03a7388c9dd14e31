import { describe, expect, it } from "vitest";
import { applyOverlay, EMPTY_OVERLAY } from "./overlay";
import { assessment } from "./test-assessments";

const judge = assessment({ assessmentId: "a-judge", name: "correctness", sourceType: "LLM_JUDGE", sourceId: "judge", value: "no" });

describe("applyOverlay", () => {
  it("returns the server's list untouched when nothing was written here", () => {
    const list = [judge];
    expect(applyOverlay(list, EMPTY_OVERLAY)).toBe(list);
  });
  it("adds new assessments, replaces changed ones and drops deleted ones", () => {
    const mine = assessment({ assessmentId: "a-1", value: true, updateTimeMs: 1000 });
    const changed = { ...mine, value: false, updateTimeMs: 2000 };
    const added = assessment({ assessmentId: "pending:x", value: true });
    const result = applyOverlay([judge, mine], { written: new Map([["a-1", changed], ["pending:x", added]]), deleted: new Set(["a-judge"]), pendingVotes: new Map() });
    expect(result).toEqual([changed, added]);
  });
  it("prefers a newer copy from the server", () => {
    const ours = assessment({ assessmentId: "a-1", value: false, updateTimeMs: 1000 });
    const theirs = { ...ours, value: true, updateTimeMs: 5000 };
    expect(applyOverlay([theirs], { written: new Map([["a-1", ours]]), deleted: new Set(), pendingVotes: new Map() })).toEqual([theirs]);
  });
  it("marks an overridden judge invalid, and valid again when the override is deleted", () => {
    const override = assessment({ assessmentId: "a-2", name: "correctness", value: "yes", overrides: "a-judge" });
    const overridden = applyOverlay([judge], { written: new Map([["a-2", override]]), deleted: new Set(), pendingVotes: new Map() });
    expect(overridden.find((a) => a.assessmentId === "a-judge")?.valid).toBe(false);
    const restored = applyOverlay([{ ...judge, valid: false }, override], { written: new Map(), deleted: new Set(["a-2"]), pendingVotes: new Map() });
    expect(restored).toEqual([judge]);
  });
});

describe("pending votes", () => {
  const target = { name: "user_feedback", spanId: null };
  const pending = (value: boolean | null, comment?: string) => ({ written: new Map(), deleted: new Set<string>(), pendingVotes: new Map([["k", { target, sourceId: "alice", value, comment, atMs: 9000 }]]) });

  it("shows a first vote at once under a pending id", () => {
    const [vote] = applyOverlay([], pending(false, "wrong"));
    expect(vote).toMatchObject({ assessmentId: "pending:k", sourceId: "alice", sourceType: "HUMAN", value: false, rationale: "wrong", spanId: null, valid: true });
  });
  it("changes an existing vote in place, keeping its id and comment", () => {
    const mine = assessment({ assessmentId: "a-1", value: true, rationale: "good" });
    const other = assessment({ assessmentId: "a-2", sourceId: "bob", value: true });
    expect(applyOverlay([mine, other], pending(false))).toEqual([other, { ...mine, value: false, updateTimeMs: 9000 }]);
  });
  it("hides a vote being taken back", () => {
    expect(applyOverlay([assessment({ assessmentId: "a-1" })], pending(null))).toEqual([]);
  });
});
