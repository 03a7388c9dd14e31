import { describe, expect, it } from "vitest";
import { AssessmentInput, AssessmentName, AssessmentUpdate, VoteInput } from "./schemas";

const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe("AssessmentName", () => {
  it("accepts names the search grammar can address", () => {
    expect(AssessmentName.parse("  user_feedback ")).toBe("user_feedback");
    expect(AssessmentName.parse("Tone score-2")).toBe("Tone score-2");
  });
  it("refuses names with '.', quotes or nothing in them, with the reason", () => {
    expect(firstMessage(AssessmentName.safeParse("a.b"))).toContain("may not contain '.'");
    expect(firstMessage(AssessmentName.safeParse("a`b"))).toContain("letters, digits");
    expect(firstMessage(AssessmentName.safeParse("   "))).toBe("give the assessment a name");
    expect(firstMessage(AssessmentName.safeParse("n".repeat(251)))).toContain("at most 250");
  });
});

describe("AssessmentInput", () => {
  const base = { name: "quality", kind: "feedback" as const };
  it("takes MLflow's value types per kind", () => {
    for (const value of [true, 0.5, "good", ["a", "b"]]) expect(AssessmentInput.safeParse({ ...base, value }).success, JSON.stringify(value)).toBe(true);
    expect(AssessmentInput.safeParse({ ...base, kind: "expectation", value: [] }).success).toBe(true);
  });
  it("refuses what MLflow would store but no one could use", () => {
    expect(firstMessage(AssessmentInput.safeParse({ ...base, value: { nested: true } }))).toBe("value must be true/false, a number, a text or a list of texts");
    expect(firstMessage(AssessmentInput.safeParse({ ...base, value: [] }))).toBe("a feedback list needs at least one item");
    expect(firstMessage(AssessmentInput.safeParse({ ...base, value: " " }))).toBe("a text value may not be empty");
    expect(firstMessage(AssessmentInput.safeParse({ ...base, value: 1, rationale: "x".repeat(10_001) }))).toContain("at most 10000");
    expect(firstMessage(AssessmentInput.safeParse({ ...base, value: 7, range: { min: 1, max: 5 } }))).toBe("the score must lie between 1 and 5");
    expect(firstMessage(AssessmentInput.safeParse({ ...base, value: "x", range: { min: 1, max: 5 } }))).toBe("a range applies to numeric scores only");
    expect(firstMessage(AssessmentInput.safeParse({ ...base, kind: "expectation", value: "x", overrides: "a-1" }))).toBe("only feedback can override another assessment");
  });
});

describe("AssessmentUpdate and VoteInput", () => {
  it("needs something to change, valid for the kind", () => {
    expect(firstMessage(AssessmentUpdate.safeParse({ kind: "feedback" }))).toBe("nothing to update: give value and/or rationale");
    expect(AssessmentUpdate.safeParse({ kind: "feedback", rationale: "" }).success).toBe(true);
    expect(firstMessage(AssessmentUpdate.safeParse({ kind: "feedback", value: [] }))).toBe("a feedback list needs at least one item");
  });
  it("takes a thumb, or null to take it back", () => {
    expect(VoteInput.parse({ value: null })).toEqual({ value: null });
    expect(VoteInput.safeParse({ value: "up" }).success).toBe(false);
  });
});
