import { describe, expect, it } from "vitest";
import { formatElapsed, formatPercent } from "./figures";

describe("figures", () => {
  it("picks a unit for human-scale lengths", () => {
    expect(formatElapsed(820)).toBe("820 ms");
    expect(formatElapsed(3440)).toBe("3.4 s");
    expect(formatElapsed(42_000)).toBe("42 s");
    expect(formatElapsed(3_440_529)).toBe("57 min");
    expect(formatElapsed(2 * 3_600_000 + 5 * 60_000)).toBe("2 h 5 min");
    expect(formatElapsed(3 * 86_400_000 + 4 * 3_600_000)).toBe("3 d 4 h");
    expect(formatElapsed(null)).toBe("—");
    expect(formatElapsed(-1)).toBe("—");
  });

  it("rounds ratios to whole percent", () => {
    expect(formatPercent(2 / 3)).toBe("67%");
    expect(formatPercent(null)).toBe("—");
  });
});
