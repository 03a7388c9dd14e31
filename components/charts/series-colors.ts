// Colours for open-ended series (models, feedback names): one palette, assigned by sorted name so
// the same name has the same colour in every chart of the page.

const PALETTE = Array.from({ length: 8 }, (_, index) => `var(--series-${index + 1})`);

export function assignColors(names: Iterable<string>): Record<string, string> {
  const sorted = [...new Set(names)].sort((a, b) => a.localeCompare(b));
  return Object.fromEntries(sorted.map((name, index) => [name, PALETTE[index % PALETTE.length]]));
}

export const STATUS_COLORS = { ok: "var(--status-ok)", errors: "var(--status-error)", inProgress: "var(--status-in-progress)" } as const;
export const LATENCY_COLORS = { p50Ms: "var(--latency-p50)", p90Ms: "var(--latency-p90)", p95Ms: "var(--latency-p95)", p99Ms: "var(--latency-p99)" } as const;
export const TOKEN_COLORS = { inputTokens: "var(--tokens-input)", outputTokens: "var(--tokens-output)" } as const;
