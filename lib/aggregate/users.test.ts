import { describe, expect, it } from "vitest";
import { FULL_COVERAGE } from "./sessions";
import { errorsAndThumbs, liveSession, threeTurns, trace } from "./session-shapes";
import { sortUsers, summarizeUser, thumbsUpRatio } from "./users";

const full = FULL_COVERAGE(0);

describe("users", () => {
  it("counts a user's sessions, traces (with and without a session), tokens and errors", () => {
    const loose = trace({ traceId: "tr-loose", user: "alice", requestTimeMs: Date.UTC(2026, 10, 2), tokens: { input: 1, output: 2, total: 3 } });
    const summary = summarizeUser("alice", [...threeTurns, loose], full);
    expect(summary).toMatchObject({ sessions: 1, traces: 4, totalTokens: 663, errors: 0 });
    expect(summary.lastSeenMs).toBe(Date.UTC(2026, 10, 2));
    expect(summary.firstSeenMs).toBe(Date.UTC(2026, 10, 1, 9));
  });

  it("counts thumbs and gives the share of thumbs up", () => {
    const summary = summarizeUser("dave", errorsAndThumbs, full);
    expect(summary.thumbs).toEqual({ up: 1, down: 2 });
    expect(thumbsUpRatio(summary.thumbs)).toBeCloseTo(1 / 3);
    expect(thumbsUpRatio({ up: 0, down: 0 })).toBeNull();
  });

  it("sorts by traces, equal counts by last seen, then id", () => {
    const users = [summarizeUser("alice", threeTurns, full), summarizeUser("carol", liveSession, full), summarizeUser("dave", errorsAndThumbs, full)];
    expect(sortUsers(users, "traces").map((user) => user.userId)).toEqual(["alice", "dave", "carol"]);
    expect(sortUsers(users, "errors")[0].userId).toBe("dave");
  });
});
