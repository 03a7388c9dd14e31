import { describe, expect, it } from "vitest";
import { parseReviewSearch, reviewHref } from "./review-url";

describe("review URL", () => {
  it("round-trips filter, order and trace", () => {
    const search = { filter: "feedback.`user_feedback` = 'false' AND trace.status = 'OK'", orderBy: "execution_time_ms DESC" as const, traceId: "tr-1" };
    const href = reviewHref("7", search);
    expect(href.startsWith("/experiments/7/review?filter=")).toBe(true);
    expect(parseReviewSearch(new URL(href, "http://x").searchParams)).toEqual(search);
  });
  it("defaults: no filter, newest first, no trace; an unknown order is ignored", () => {
    expect(parseReviewSearch(new URLSearchParams("orderBy=drop"))).toEqual({ filter: "", orderBy: "timestamp_ms DESC", traceId: null });
    expect(reviewHref("7", {})).toBe("/experiments/7/review");
  });
});
