// Helpers for the overview specs: expected figures computed from the generator's manifest, and
// the charts' CSV downloads read back.
import type { Download, Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import type { SeedTrace } from "./seed";

/** Linear interpolation between closest ranks (numpy's default; PERCENTILE_CONT). */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (p / 100) * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.min(lower + 1, sorted.length - 1);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

export const durations = (traces: SeedTrace[]) => traces.flatMap((trace) => (trace.duration_ms === null ? [] : [trace.duration_ms]));

export const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const dayStartMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** Clicks a chart's "Download CSV" and returns the rows as objects keyed by the header. */
export async function downloadCsv(page: Page, chartTestId: string): Promise<Record<string, string>[]> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent("download"), page.getByTestId(chartTestId).getByRole("button", { name: "Download CSV" }).click()]);
  const text = readFileSync((await download.path())!, "utf8").trim();
  const [header, ...lines] = text.split("\r\n").map((line) => line.split(","));
  return lines.map((cells) => Object.fromEntries(header.map((name, index) => [name, cells[index]])));
}

/** The overview's URL; "Last 30 days" unless `params` say otherwise (an empty value drops a parameter). */
export function overviewUrl(experimentId: string, params: Record<string, string> = {}): string {
  const query = new URLSearchParams(Object.entries({ range: "30d", ...params }).filter(([, value]) => value !== ""));
  return `/experiments/${experimentId}/overview?${query}`;
}
