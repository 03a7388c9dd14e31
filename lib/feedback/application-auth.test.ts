import { describe, expect, it } from "vitest";
import { applicationAuthRefusal, tokensMatch } from "./application-auth";
import { ApplicationFeedback } from "./schemas";

describe("applicationAuthRefusal", () => {
  it("is switched off (503) until the deployment sets a token", () => {
    expect(applicationAuthRefusal("Bearer x", undefined)).toMatchObject({ status: 503, code: "FEEDBACK_API_DISABLED" });
    expect(applicationAuthRefusal("Bearer x", "")?.message).toContain("FEEDBACK_API_TOKEN");
  });
  it("refuses a missing or wrong token (401) without echoing it", () => {
    expect(applicationAuthRefusal(null, "s3cret")).toMatchObject({ status: 401, code: "UNAUTHENTICATED" });
    expect(applicationAuthRefusal("Basic czNjcmV0", "s3cret")?.status).toBe(401);
    const wrong = applicationAuthRefusal("Bearer guess-123", "s3cret");
    expect(wrong?.status).toBe(401);
    expect(wrong?.message).not.toContain("guess-123");
    expect(wrong?.message).not.toContain("s3cret");
  });
  it("accepts the configured token", () => {
    expect(applicationAuthRefusal("Bearer s3cret", "s3cret")).toBeNull();
    expect(applicationAuthRefusal("bearer s3cret", "s3cret")).toBeNull();
    expect(tokensMatch("s3cret", "s3cret")).toBe(true);
    expect(tokensMatch("s3cre", "s3cret")).toBe(false);
  });
});

describe("ApplicationFeedback", () => {
  it("needs exactly one of client_request_id and trace_id, and the experiment with a request id", () => {
    expect(ApplicationFeedback.safeParse({ experiment_id: "1", client_request_id: "req-1", value: true }).success).toBe(true);
    expect(ApplicationFeedback.safeParse({ trace_id: "tr-1", value: false, comment: "meh", user: "carol" }).success).toBe(true);
    const both = ApplicationFeedback.safeParse({ experiment_id: "1", client_request_id: "req-1", trace_id: "tr-1", value: true });
    expect(both.error?.issues[0].message).toBe("give exactly one of client_request_id and trace_id");
    const noExperiment = ApplicationFeedback.safeParse({ client_request_id: "req-1", value: true });
    expect(noExperiment.error?.issues[0].message).toContain("experiment_id is required");
    const notBool = ApplicationFeedback.safeParse({ trace_id: "tr-1", value: "yes" });
    expect(notBool.error?.issues[0].message).toContain("value must be true");
  });
});
