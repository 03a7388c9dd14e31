import { describe, expect, it } from "vitest";
import { findMyVote, nextVote, othersVotes, voteKey, votesBy } from "./my-vote";
import { assessment } from "./test-assessments";

const target = { name: "user_feedback", spanId: null };

describe("findMyVote", () => {
  it("is the annotator's newest valid boolean feedback of that name on that target", () => {
    const mine = assessment({ assessmentId: "a-2", sourceId: "alice", value: false, updateTimeMs: 2000 });
    const list = [
      assessment({ assessmentId: "a-1", sourceId: "alice", value: true, updateTimeMs: 1000 }),
      mine,
      assessment({ assessmentId: "a-3", sourceId: "bob", value: true, updateTimeMs: 3000 }),
      assessment({ assessmentId: "a-4", sourceId: "alice", value: true, spanId: "0123456789abcdef", updateTimeMs: 4000 }),
      assessment({ assessmentId: "a-5", sourceId: "alice", value: true, name: "other", updateTimeMs: 5000 }),
      assessment({ assessmentId: "a-6", sourceId: "alice", value: "yes", updateTimeMs: 6000 }),
      assessment({ assessmentId: "a-7", sourceId: "alice", value: true, valid: false, updateTimeMs: 7000 }),
      assessment({ assessmentId: "a-8", sourceId: "alice", value: true, sourceType: "LLM_JUDGE", updateTimeMs: 8000 }),
    ];
    expect(findMyVote(list, target, "alice")).toBe(mine);
    expect(votesBy(list, target, "alice").map((a) => a.assessmentId)).toEqual(["a-2", "a-1"]);
    expect(findMyVote(list, { name: "user_feedback", spanId: "0123456789abcdef" }, "alice")?.assessmentId).toBe("a-4");
  });
  it("is null without an annotator or a vote", () => {
    const list = [assessment({ sourceId: "bob", value: true })];
    expect(findMyVote(list, target, null)).toBeNull();
    expect(findMyVote(list, target, "alice")).toBeNull();
  });
  it("lists the others' votes", () => {
    const list = [assessment({ assessmentId: "a-1", sourceId: "alice", value: true }), assessment({ assessmentId: "a-2", sourceId: "bob", value: false })];
    expect(othersVotes(list, target, "alice").map((a) => a.assessmentId)).toEqual(["a-2"]);
  });
});

describe("nextVote", () => {
  it("switches to the clicked thumb, or takes the vote back when clicked again", () => {
    expect(nextVote(null, true)).toBe(true);
    expect(nextVote(true, false)).toBe(false);
    expect(nextVote(false, false)).toBeNull();
  });
});

describe("voteKey", () => {
  it("differs per trace, span, name and annotator", () => {
    const keys = new Set([
      voteKey("tr-1", target, "alice"),
      voteKey("tr-2", target, "alice"),
      voteKey("tr-1", { ...target, spanId: "0123456789abcdef" }, "alice"),
      voteKey("tr-1", { ...target, name: "x" }, "alice"),
      voteKey("tr-1", target, "bob"),
    ]);
    expect(keys.size).toBe(5);
    expect(voteKey("tr-1", target, "alice")).toBe(voteKey("tr-1", { name: "user_feedback", spanId: null }, "alice"));
  });
});
