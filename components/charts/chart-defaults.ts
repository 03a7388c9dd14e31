// Shared recharts settings, each with the reason it is set.

/** Room for axis labels without clipping; the left axis gets its width from the tick formatter. */
export const CHART_MARGIN = { top: 8, right: 12, bottom: 0, left: 0 };

/** Tall enough for a readable trend, small enough for two charts side by side on a laptop. */
export const CHART_HEIGHT = 220;

/** Horizontal lines only: values are read against the y axis; vertical lines add noise. */
export const GRID_PROPS = { vertical: false, stroke: "var(--chart-grid)" } as const;

/**
 * A literal 12px font: recharts measures tick labels outside the page's CSS, so a relative size
 * would be measured wrong; the colour follows light/dark through a CSS variable.
 */
export const AXIS_PROPS = { tick: { fontSize: 12, fill: "var(--chart-axis)" }, stroke: "var(--chart-grid)", tickLine: false } as const;

/** Enough width for "10,000" or "8.80 s" at 12px without wasting space on short labels. */
export const Y_AXIS_WIDTH = 64;

/** No animation: figures must be readable the moment they arrive, and a filter change redraws at once. */
export const ANIMATE = false;

/** The hover band shows which bucket a click opens. */
export const TOOLTIP_CURSOR = { fill: "var(--chart-cursor)" };

/** Gaps (null) stay gaps: a missing percentile is not zero. */
export const CONNECT_NULLS = false;

/** Bars keep a small gap so adjacent buckets stay distinguishable, and a minimum width to stay clickable. */
export const BAR_CATEGORY_GAP = "12%";
