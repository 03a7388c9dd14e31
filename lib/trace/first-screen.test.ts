import { describe, expect, it } from "vitest";
import { firstScreenPlan, INLINE_TRACE_BYTES, SERVER_RENDERED_SPAN_LIMIT } from "./first-screen";

describe("firstScreenPlan", () => {
  it("waits for small traces before the page's first byte", () => {
    expect(firstScreenPlan({ numSpans: 5, totalSizeBytes: 9_000 })).toBe("inline");
    expect(firstScreenPlan({ numSpans: 1_000, totalSizeBytes: INLINE_TRACE_BYTES })).toBe("inline");
  });

  it("streams bigger traces up to the span limit, and those whose byte size is unknown", () => {
    expect(firstScreenPlan({ numSpans: 1_000, totalSizeBytes: INLINE_TRACE_BYTES + 1 })).toBe("stream");
    expect(firstScreenPlan({ numSpans: SERVER_RENDERED_SPAN_LIMIT, totalSizeBytes: 12_000_000 })).toBe("stream");
    expect(firstScreenPlan({ numSpans: 40, totalSizeBytes: null })).toBe("stream");
  });

  it("leaves traces above the span limit, and of unknown span count, to the browser", () => {
    expect(firstScreenPlan({ numSpans: SERVER_RENDERED_SPAN_LIMIT + 1, totalSizeBytes: 1 })).toBe("browser");
    expect(firstScreenPlan({ numSpans: null, totalSizeBytes: 1_000 })).toBe("browser");
    expect(firstScreenPlan(null)).toBe("browser");
  });
});
