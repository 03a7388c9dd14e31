import { describe, expect, it } from "vitest";
import { nextUnreviewed, reviewProgress } from "./review-progress";
import { assessment } from "./test-assessments";

const vote = (sourceId: string, value = true) => assessment({ assessmentId: `a-${sourceId}`, sourceId, value });

const items = [
  { traceId: "tr-1", assessments: [vote("alice")] },
  { traceId: "tr-2", assessments: [vote("bob", false)] },
  { traceId: "tr-3", assessments: [vote("alice", false), vote("bob")] },
  { traceId: "tr-4", assessments: [assessment({ name: "correctness", sourceType: "LLM_JUDGE", value: "yes" })] },
  { traceId: "tr-5", assessments: [assessment({ sourceId: "alice", spanId: "0123456789abcdef" })] },
];

describe("reviewProgress", () => {
  it("counts trace-level votes of the given name by you and by others", () => {
    expect(reviewProgress(items, "user_feedback", "alice")).toEqual({ total: 5, reviewedByYou: 2, reviewedByOthers: 2, unreviewed: 2 });
    expect(reviewProgress(items, "user_feedback", "carol")).toEqual({ total: 5, reviewedByYou: 0, reviewedByOthers: 3, unreviewed: 2 });
    expect(reviewProgress(items, "other_name", "alice").reviewedByYou).toBe(0);
    expect(reviewProgress([], "user_feedback", "alice")).toEqual({ total: 0, reviewedByYou: 0, reviewedByOthers: 0, unreviewed: 0 });
  });
});

describe("nextUnreviewed", () => {
  it("finds the next trace you have not voted on, wrapping around", () => {
    expect(nextUnreviewed(items, 0, "user_feedback", "alice")).toBe(1);
    expect(nextUnreviewed(items, 1, "user_feedback", "alice")).toBe(3);
    expect(nextUnreviewed(items, 4, "user_feedback", "alice")).toBe(1);
    expect(nextUnreviewed(items.slice(0, 1), 0, "user_feedback", "alice")).toBeNull();
  });
});
