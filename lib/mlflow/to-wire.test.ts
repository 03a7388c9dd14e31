import { describe, expect, it } from "vitest";
import { toAssessmentBody, toAssessmentPatch } from "./to-wire";

describe("toAssessmentBody", () => {
  it("posts thumbs as HUMAN feedback with the annotator as source", () => {
    expect(toAssessmentBody({ name: "user_feedback", kind: "feedback", value: false, rationale: "wrong answer", spanId: "a7545f439fbecab5" }, "alice@example.com")).toEqual({
      assessment_name: "user_feedback",
      source: { source_type: "HUMAN", source_id: "alice@example.com" },
      rationale: "wrong answer",
      span_id: "a7545f439fbecab5",
      overrides: undefined,
      metadata: undefined,
      feedback: { value: false },
    });
  });
  it("posts expectations under `expectation`", () => {
    expect(toAssessmentBody({ name: "expected_facts", kind: "expectation", value: ["a", "b"] }, "bob").expectation).toEqual({ value: ["a", "b"] });
  });
});

describe("toAssessmentPatch", () => {
  it("lists exactly the changed fields in the update mask", () => {
    expect(toAssessmentPatch({ value: true }, "feedback")).toEqual({ body: { feedback: { value: true } }, mask: ["feedback"] });
    expect(toAssessmentPatch({ rationale: "why" }, "feedback")).toEqual({ body: { rationale: "why" }, mask: ["rationale"] });
  });
});

describe("toAssessmentBody metadata", () => {
  it("keeps a score's range and the request key, plus any extra metadata", () => {
    const body = toAssessmentBody({ name: "helpfulness", kind: "feedback", value: 4, range: { min: 1, max: 5 }, requestKey: "k-12345678" }, "alice", { feedback_origin: "application" });
    expect(body.metadata).toEqual({ score_min: "1", score_max: "5", dashboard_request_key: "k-12345678", feedback_origin: "application" });
    expect(toAssessmentBody({ name: "n", kind: "feedback", value: true }, "alice").metadata).toBeUndefined();
  });
});
