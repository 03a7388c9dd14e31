import { describe, expect, it } from "vitest";
import { formatCount, formatLatency, formatRange } from "./trace-figures";

describe("trace figures", () => {
  it("picks a latency unit", () => {
    expect(formatLatency(840.4)).toBe("840 ms");
    expect(formatLatency(1840)).toBe("1.84 s");
    expect(formatLatency(12_340)).toBe("12.3 s");
    expect(formatLatency(125_000)).toBe("2 m 05 s");
    expect(formatLatency(null)).toBe("—");
  });
  it("writes counts and ranges", () => {
    expect(formatCount(145608)).toBe("145,608");
    expect(formatRange(1, 50, 122, true)).toBe("1–50 of 122");
    expect(formatRange(51, 100, 501, false)).toBe("51–100 of at least 501");
    expect(formatRange(1, 0, 0, true)).toBe("0 of 0");
  });
});
