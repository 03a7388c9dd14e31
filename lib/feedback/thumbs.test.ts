import { describe, expect, it } from "vitest";
import { thumbs } from "@/lib/aggregate/session-shapes";
import { isSessionLevel, sessionFeedbackMetadata, tallyThumbs, thumbsBy } from "./thumbs";

describe("thumbs", () => {
  it("tally valid boolean feedback only", () => {
    const other = { ...thumbs(true), name: "correctness" };
    const numeric = { ...thumbs(true), value: 0.9 };
    expect(tallyThumbs([thumbs(true), thumbs(false), thumbs(false, { valid: false }), other, numeric])).toEqual({ up: 1, down: 1 });
  });

  it("mark session-level feedback with the session id in its metadata", () => {
    expect(sessionFeedbackMetadata("s-1")).toEqual({ "mlflow.trace.session": "s-1" });
    expect(isSessionLevel(thumbs(true, { sessionId: "s-1" }))).toBe(true);
    expect(isSessionLevel(thumbs(true))).toBe(false);
  });

  it("find an annotator's latest vote", () => {
    const votes = [thumbs(true, { by: "ann", atMs: 1 }), thumbs(false, { by: "ann", atMs: 2 }), thumbs(true, { by: "bo", atMs: 3 })];
    expect(thumbsBy(votes, "ann")?.value).toBe(false);
    expect(thumbsBy(votes, "cy")).toBeNull();
    expect(thumbsBy(votes, null)).toBeNull();
  });
});
