import { describe, expect, it } from "vitest";
import { formatAbsoluteTime, formatRelativeTime } from "./time";

const now = Date.UTC(2026, 10, 21, 12, 0, 0);

describe("formatRelativeTime", () => {
  it("picks the largest whole unit", () => {
    expect(formatRelativeTime(now - 5_000, now)).toBe("just now");
    expect(formatRelativeTime(now - 3 * 60_000, now)).toBe("3 minutes ago");
    expect(formatRelativeTime(now - 2 * 3_600_000, now)).toBe("2 hours ago");
    expect(formatRelativeTime(now - 86_400_000, now)).toBe("yesterday");
    expect(formatRelativeTime(now - 15 * 86_400_000, now)).toBe("2 weeks ago");
  });
  it("shows a dash for a missing time", () => {
    expect(formatRelativeTime(null, now)).toBe("—");
  });
});

describe("formatAbsoluteTime", () => {
  it("formats in the requested time zone with its name", () => {
    expect(formatAbsoluteTime(now, "UTC")).toBe("2026-11-21 12:00:00 UTC");
    expect(formatAbsoluteTime(now, "Asia/Tokyo")).toBe("2026-11-21 21:00:00 GMT+9");
  });
});
