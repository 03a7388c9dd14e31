// Waterfall geometry as fractions in [0, 1] of the viewed time window, so bars are CSS percentages
// and nothing here knows pixels.

/** A time window in ms from the trace start. */
export interface TimeWindow {
  startMs: number;
  endMs: number;
}

export interface BarPosition {
  left: number;
  width: number;
  /** The span reaches past the window's left or right edge. */
  clippedLeft: boolean;
  clippedRight: boolean;
}

/** The bar of a span in the window; null when it lies entirely outside. Zero-length spans get width 0. */
export function barPosition(startMs: number, endMs: number, window: TimeWindow): BarPosition | null {
  const span = window.endMs - window.startMs;
  if (!(span > 0)) return { left: 0, width: endMs > startMs ? 1 : 0, clippedLeft: false, clippedRight: false };
  if (endMs < window.startMs || startMs > window.endMs) return null;
  const from = Math.max(startMs, window.startMs);
  const to = Math.min(Math.max(endMs, startMs), window.endMs);
  return {
    left: (from - window.startMs) / span,
    width: (to - from) / span,
    clippedLeft: startMs < window.startMs,
    clippedRight: endMs > window.endMs,
  };
}

/** The window covering fractions [from, to] of the whole trace duration. */
export function windowFromFractions(durationMs: number, from: number, to: number): TimeWindow {
  const low = clamp01(Math.min(from, to));
  const high = clamp01(Math.max(from, to));
  return { startMs: low * durationMs, endMs: high * durationMs };
}

/** A drag across [fromFraction, toFraction] of the current window → the window to zoom into. */
export function zoomInto(window: TimeWindow, fromFraction: number, toFraction: number): TimeWindow {
  const span = window.endMs - window.startMs;
  const low = clamp01(Math.min(fromFraction, toFraction));
  const high = clamp01(Math.max(fromFraction, toFraction));
  return { startMs: window.startMs + low * span, endMs: window.startMs + high * span };
}

export interface AxisTick {
  ms: number;
  fraction: number;
}

/** Round-numbered ticks (1, 2 or 5 × 10^k ms apart) inside the window, at most about `target`. */
export function axisTicks(window: TimeWindow, target = 6): AxisTick[] {
  const span = window.endMs - window.startMs;
  if (!(span > 0) || target < 1) return [{ ms: window.startMs, fraction: 0 }];
  const raw = span / target;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= raw) ?? 10 * magnitude;
  const ticks: AxisTick[] = [];
  for (let ms = Math.ceil(window.startMs / step) * step; ms <= window.endMs + step * 1e-9; ms += step) {
    ticks.push({ ms: round(ms), fraction: (ms - window.startMs) / span });
  }
  return ticks;
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0));
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
