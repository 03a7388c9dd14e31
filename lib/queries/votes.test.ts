import { beforeEach, describe, expect, it, vi } from "vitest";
import { voteKey } from "@/lib/feedback/my-vote";
import { assessment } from "@/lib/feedback/test-assessments";
import { overlayStore, voteStatusStore } from "./feedback-store";
import { ApiError, sendJson } from "./fetcher";
import { submitVote } from "./votes";

// Only the fetcher seam is replaced: what the browser would send, and what the server answers.
vi.mock("./fetcher", async (importOriginal) => ({ ...(await importOriginal<typeof import("./fetcher")>()), sendJson: vi.fn() }));
const send = vi.mocked(sendJson);

const target = { name: "user_feedback", spanId: null };
let trace = 0;
const nextTrace = () => `tr-test-${++trace}`;

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

beforeEach(() => send.mockReset());

describe("submitVote", () => {
  it("shows the vote before the server answers, then keeps the stored one", async () => {
    const traceId = nextTrace();
    const answer = deferred<unknown>();
    send.mockReturnValueOnce(answer.promise as Promise<never>);
    const done = submitVote(traceId, target, "alice", { value: false, comment: "wrong" });
    expect(overlayStore.apply(traceId, [])).toMatchObject([{ value: false, rationale: "wrong", sourceId: "alice" }]);
    expect(voteStatusStore.get(voteKey(traceId, target, "alice"))?.state).toBe("saving");

    const stored = assessment({ assessmentId: "a-9", traceId, value: false, rationale: "wrong", sourceId: "alice" });
    answer.resolve({ assessment: stored, removed: [] });
    await done;
    expect(overlayStore.apply(traceId, [])).toEqual([stored]);
    expect(voteStatusStore.get(voteKey(traceId, target, "alice"))).toBeNull();
    expect(send).toHaveBeenCalledWith("PUT", `/api/traces/${traceId}/vote`, { value: false, comment: "wrong", spanId: undefined }, { keepalive: true });
  });

  it("rolls back to the server's state and keeps the failure, with a retry, when refused", async () => {
    const traceId = nextTrace();
    const before = assessment({ assessmentId: "a-1", traceId, value: true, sourceId: "alice" });
    send.mockRejectedValueOnce(new ApiError(400, "BAD_REQUEST", "value: bad"));
    await submitVote(traceId, target, "alice", { value: false });
    expect(overlayStore.apply(traceId, [before])).toEqual([before]);
    const status = voteStatusStore.get(voteKey(traceId, target, "alice"));
    expect(status).toMatchObject({ state: "failed", message: "value: bad", traceId });

    send.mockResolvedValueOnce({ assessment: { ...before, value: false, updateTimeMs: 5000 }, removed: [] });
    status!.retry!();
    await vi.waitFor(() => expect(voteStatusStore.get(voteKey(traceId, target, "alice"))).toBeNull());
    expect(overlayStore.apply(traceId, [before]).map((a) => a.value)).toEqual([false]);
  });

  it("sends a double click once", async () => {
    const traceId = nextTrace();
    send.mockResolvedValue({ assessment: assessment({ assessmentId: "a-2", traceId, sourceId: "bob" }), removed: [] });
    await Promise.all([submitVote(traceId, target, "bob", { value: true }), submitVote(traceId, target, "bob", { value: true })]);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it("retries a dropped connection, not a refusal", async () => {
    const traceId = nextTrace();
    send.mockRejectedValueOnce(new ApiError(0, "NETWORK", "cannot be reached")).mockResolvedValueOnce({ assessment: null, removed: ["a-3"] });
    await submitVote(traceId, target, "carol", { value: null });
    expect(send).toHaveBeenCalledTimes(2);
    expect(overlayStore.apply(traceId, [assessment({ assessmentId: "a-3", traceId, sourceId: "carol" })])).toEqual([]);
  });
});
