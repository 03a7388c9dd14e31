import { describe, expect, it } from "vitest";
import { DEFAULT_FEEDBACK_NAME, applicationSourceId, resolveFeedbackName } from "./settings";

describe("resolveFeedbackName", () => {
  it("defaults to user_feedback and takes a valid FEEDBACK_NAME", () => {
    expect(resolveFeedbackName(undefined)).toEqual({ name: DEFAULT_FEEDBACK_NAME, problem: null });
    expect(resolveFeedbackName("  ")).toEqual({ name: "user_feedback", problem: null });
    expect(resolveFeedbackName("thumbs")).toEqual({ name: "thumbs", problem: null });
  });
  it("reports an unusable name instead of writing it", () => {
    const result = resolveFeedbackName("user.feedback");
    expect(result.name).toBe("user_feedback");
    expect(result.problem).toContain("may not contain '.'");
  });
});

describe("applicationSourceId", () => {
  it("is the end user, or app-user when none (never empty or default)", () => {
    expect(applicationSourceId("carol@example.com")).toBe("carol@example.com");
    expect(applicationSourceId("  ")).toBe("app-user");
    expect(applicationSourceId(undefined)).toBe("app-user");
    expect(applicationSourceId("default")).toBe("app-user");
  });
});
