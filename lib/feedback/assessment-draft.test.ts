import { describe, expect, it } from "vitest";
import { draftFrom, emptyDraft, inputFromDraft, nameAfterTypeChange } from "./assessment-draft";
import { assessment } from "./test-assessments";

describe("inputFromDraft", () => {
  it("builds a score on a range", () => {
    const result = inputFromDraft({ ...emptyDraft("score", "helpfulness"), score: "4", rangeMin: "1", rangeMax: "5", rationale: "clear" }, { requestKey: "key-12345678" });
    expect(result).toEqual({ ok: true, input: { name: "helpfulness", kind: "feedback", value: 4, range: { min: 1, max: 5 }, rationale: "clear", requestKey: "key-12345678" } });
  });
  it("builds expectations: a response, and facts one per line", () => {
    expect(inputFromDraft({ ...emptyDraft("expected_response"), text: "Paris" }, {})).toMatchObject({ ok: true, input: { name: "expected_response", kind: "expectation", value: "Paris" } });
    expect(inputFromDraft({ ...emptyDraft("expected_facts"), facts: "a\n\n b \n" }, {})).toMatchObject({ ok: true, input: { name: "expected_facts", value: ["a", "b"] } });
  });
  it("builds an override on a span", () => {
    const result = inputFromDraft({ ...emptyDraft("label", "correctness"), label: " yes " }, { spanId: "0123456789abcdef", overrides: "a-judge" });
    expect(result).toMatchObject({ ok: true, input: { value: "yes", spanId: "0123456789abcdef", overrides: "a-judge" } });
  });
  it("reports each problem on its field", () => {
    expect(inputFromDraft({ ...emptyDraft("score", "q"), score: "abc" }, {})).toEqual({ ok: false, errors: { value: "the score must be a number" } });
    expect(inputFromDraft({ ...emptyDraft("score", "q"), score: "9", rangeMin: "0", rangeMax: "5" }, {})).toEqual({ ok: false, errors: { value: "the score must lie between 0 and 5" } });
    expect(inputFromDraft({ ...emptyDraft("score", "q"), score: "1", rangeMin: "0", rangeMax: "" }, {})).toEqual({ ok: false, errors: { range: "give both ends of the range as numbers, or neither" } });
    expect(inputFromDraft({ ...emptyDraft("label", "a.b"), label: "x" }, {})).toMatchObject({ ok: false, errors: { name: expect.stringContaining("'.'") } });
    expect(inputFromDraft({ ...emptyDraft("boolean", "ok") }, {})).toEqual({ ok: false, errors: { value: "choose pass or fail" } });
    expect(inputFromDraft({ ...emptyDraft("text", "note"), text: "  " }, {})).toEqual({ ok: false, errors: { value: "a text value may not be empty" } });
  });
});

describe("draftFrom", () => {
  it("picks the form type from the stored value", () => {
    expect(draftFrom(assessment({ value: true }))).toMatchObject({ type: "boolean", booleanValue: true });
    expect(draftFrom(assessment({ value: 0.8, metadata: { score_min: "0", score_max: "1" } }))).toMatchObject({ type: "score", score: "0.8", rangeMin: "0", rangeMax: "1" });
    expect(draftFrom(assessment({ value: "yes" }))).toMatchObject({ type: "label", label: "yes" });
    expect(draftFrom(assessment({ value: "a long\nanswer" }))).toMatchObject({ type: "text", text: "a long\nanswer" });
    expect(draftFrom(assessment({ kind: "expectation", value: ["x", "y"] }))).toMatchObject({ type: "expected_facts", facts: "x\ny" });
    expect(draftFrom(assessment({ kind: "expectation", value: "Paris", name: "expected_response" }))).toMatchObject({ type: "expected_response", text: "Paris", name: "expected_response" });
  });
});

describe("nameAfterTypeChange", () => {
  it("gives expectations their conventional names, and keeps names the user chose", () => {
    expect(nameAfterTypeChange("score", "expected_facts", "helpfulness")).toBe("expected_facts");
    expect(nameAfterTypeChange("expected_facts", "expected_response", "expected_facts")).toBe("expected_response");
    expect(nameAfterTypeChange("expected_facts", "expected_response", "gold_answer")).toBe("gold_answer");
    expect(nameAfterTypeChange("expected_facts", "label", "expected_facts")).toBe("");
    expect(nameAfterTypeChange("score", "label", "helpfulness")).toBe("helpfulness");
  });
});
