import { describe, expect, it } from "vitest";
import { EXPORT_IN_FLIGHT_POLICY, delayBefore, isTraceNotYetThere, isTransient, withRetry } from "./retry";

function fakeClock() {
  let time = 0;
  const waits: number[] = [];
  return {
    waits,
    now: () => time,
    sleep: async (ms: number) => {
      waits.push(ms);
      time += ms;
    },
  };
}

describe("delayBefore", () => {
  it("grows exponentially up to the cap", () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => delayBefore(n, EXPORT_IN_FLIGHT_POLICY))).toEqual([250, 500, 1000, 2000, 2000, 2000]);
  });
});

describe("withRetry", () => {
  it("retries until the trace appears", async () => {
    const clock = fakeClock();
    let calls = 0;
    const result = await withRetry(
      async () => {
        calls++;
        if (calls < 3) throw Object.assign(new Error("not found"), { status: 404 });
        return "ok";
      },
      { policy: EXPORT_IN_FLIGHT_POLICY, shouldRetry: () => true, ...clock },
    );
    expect(result).toBe("ok");
    expect(clock.waits).toEqual([250, 500]);
  });
  it("gives up when the budget is spent, with the last error", async () => {
    const clock = fakeClock();
    let calls = 0;
    const failure = await withRetry(
      async () => {
        calls++;
        throw new Error(`attempt ${calls}`);
      },
      { policy: EXPORT_IN_FLIGHT_POLICY, shouldRetry: () => true, ...clock },
    ).catch((error: Error) => error);
    expect((failure as Error).message).toBe("attempt 7");
    // 250 + 500 + 1000 + 2000 + 2000 + 2000 = 7750; one more 2000 would pass the 8000 budget.
    expect(clock.waits).toEqual([250, 500, 1000, 2000, 2000, 2000]);
    expect(calls).toBe(7);
  });
  it("does not retry a refusal", async () => {
    const clock = fakeClock();
    await expect(withRetry(async () => Promise.reject(new Error("bad input")), { policy: EXPORT_IN_FLIGHT_POLICY, shouldRetry: () => false, ...clock })).rejects.toThrow("bad input");
    expect(clock.waits).toEqual([]);
  });
});

describe("error classes", () => {
  it("tells a trace not yet exported from a missing assessment and from refusals", () => {
    expect(isTraceNotYetThere({ status: 404, code: "RESOURCE_DOES_NOT_EXIST" }, "Trace with ID 'tr-1' not found.")).toBe(true);
    expect(isTraceNotYetThere({ status: 404, code: "RESOURCE_DOES_NOT_EXIST" }, "Assessment with ID 'a-1' not found for trace 'tr-1'")).toBe(false);
    expect(isTraceNotYetThere({ status: 400, code: "INVALID_PARAMETER_VALUE" })).toBe(false);
    expect(isTransient({ status: 0, code: "NETWORK" })).toBe(true);
    expect(isTransient({ status: 504, code: "DEADLINE_EXCEEDED" })).toBe(true);
    expect(isTransient({ status: 400, code: "BAD_REQUEST" })).toBe(false);
    expect(isTransient({ status: 403, code: "CROSS_SITE" })).toBe(false);
  });
});
