import { describe, expect, it } from "vitest";
import { formatBytes, formatCount, formatDuration } from "./duration";

describe("formatDuration", () => {
  it("picks the unit by size", () => {
    expect(formatDuration(0)).toBe("0 ms");
    expect(formatDuration(0.25)).toBe("250 µs");
    expect(formatDuration(1.5)).toBe("1.5 ms");
    expect(formatDuration(42.34)).toBe("42.3 ms");
    expect(formatDuration(420.6)).toBe("421 ms");
    expect(formatDuration(1840)).toBe("1.84 s");
    expect(formatDuration(12_345)).toBe("12.3 s");
    expect(formatDuration(125_000)).toBe("2 m 5 s");
    expect(formatDuration(null)).toBe("—");
  });
});

describe("formatBytes and formatCount", () => {
  it("format sizes and counts", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(1234)).toBe("1.2 KB");
    expect(formatBytes(38_000_000)).toBe("38 MB");
    expect(formatCount(12345)).toBe("12,345");
    expect(formatCount(null)).toBe("—");
  });
});
