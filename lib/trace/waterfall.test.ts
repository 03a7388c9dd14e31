import { describe, expect, it } from "vitest";
import { axisTicks, barPosition, windowFromFractions, zoomInto } from "./waterfall";

describe("barPosition", () => {
  const whole = { startMs: 0, endMs: 200 };

  it("places a bar by start and end as fractions of the window", () => {
    expect(barPosition(50, 100, whole)).toEqual({ left: 0.25, width: 0.25, clippedLeft: false, clippedRight: false });
  });

  it("clips bars at the window edges and drops bars outside", () => {
    const window = { startMs: 100, endMs: 150 };
    expect(barPosition(50, 125, window)).toEqual({ left: 0, width: 0.5, clippedLeft: true, clippedRight: false });
    expect(barPosition(140, 300, window)).toMatchObject({ left: 0.8, clippedRight: true });
    expect(barPosition(140, 300, window)!.width).toBeCloseTo(0.2);
    expect(barPosition(0, 50, window)).toBeNull();
  });

  it("gives zero-length spans width 0 and survives a zero-length window", () => {
    expect(barPosition(20, 20, whole)).toMatchObject({ left: 0.1, width: 0 });
    expect(barPosition(0, 0, { startMs: 0, endMs: 0 })).toMatchObject({ left: 0, width: 0 });
  });
});

describe("zoom", () => {
  it("turns fractions of the trace and drags across a window into windows", () => {
    expect(windowFromFractions(1000, 0.4, 0.1)).toEqual({ startMs: 100, endMs: 400 });
    expect(windowFromFractions(1000, -1, 2)).toEqual({ startMs: 0, endMs: 1000 });
    expect(zoomInto({ startMs: 100, endMs: 300 }, 0.75, 0.25)).toEqual({ startMs: 150, endMs: 250 });
  });
});

describe("axisTicks", () => {
  it("uses round steps inside the window", () => {
    expect(axisTicks({ startMs: 0, endMs: 1000 }, 5).map((tick) => tick.ms)).toEqual([0, 200, 400, 600, 800, 1000]);
    const ticks = axisTicks({ startMs: 13, endMs: 47 }, 4);
    expect(ticks.map((tick) => tick.ms)).toEqual([20, 30, 40]);
    expect(ticks[0].fraction).toBeCloseTo(7 / 34);
  });

  it("copes with an empty window", () => {
    expect(axisTicks({ startMs: 5, endMs: 5 })).toEqual([{ ms: 5, fraction: 0 }]);
  });
});
