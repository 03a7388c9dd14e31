// Helpers for the trace list specs: its URL, the rows on screen, and expectations from the manifest.
import { type Page, expect } from "@playwright/test";
import { type SeedTrace, seed, trackingUri } from "./seed";

export function listPath(query: Record<string, string | number> = {}): string {
  const params = new URLSearchParams(Object.entries(query).map(([key, value]) => [key, String(value)]));
  const search = params.toString();
  return `/experiments/${seed().experiment_id}/traces${search ? `?${search}` : ""}`;
}

/** The trace ids on screen, once the page on screen is the one asked for (not the previous one). */
export async function rowIds(page: Page): Promise<string[]> {
  const table = page.getByTestId("trace-table");
  if (await table.count()) await expect(table).toHaveAttribute("aria-busy", "false");
  return page.getByTestId("trace-row").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-trace-id") ?? ""));
}

/** Waits until the list shows exactly `expected` (all on one page) and says "1–N of N". */
export async function expectListed(page: Page, expected: SeedTrace[]) {
  const n = expected.length;
  await expect(page.getByTestId("trace-list-range")).toHaveText(n === 0 ? "0 of 0" : `1–${n.toLocaleString("en")} of ${n.toLocaleString("en")}`);
  await expect(page.getByTestId("trace-row")).toHaveCount(n);
  expect((await rowIds(page)).sort()).toEqual(expected.map((trace) => trace.trace_id).sort());
}

/** Types a filter into the box, sends it, and waits until the list is the one for that filter. */
export async function search(page: Page, filter: string) {
  const input = page.getByTestId("trace-filter-input");
  await input.fill(filter);
  await input.press("Enter");
  await expect(page.getByTestId("trace-filter-sent")).toContainText(filter);
}

/** Sends a filter that is expected not to start a search. */
export async function trySearch(page: Page, filter: string) {
  const input = page.getByTestId("trace-filter-input");
  await input.fill(filter);
  await input.press("Enter");
}

export const traces = () => seed().traces;
export const where = (predicate: (trace: SeedTrace) => boolean) => traces().filter(predicate);

/** Traces straight through MLflow's REST API, the way an instrumented app logs them. */
export async function logTrace(experimentId: string, requestTimeMs: number, marker: string): Promise<string> {
  const hex = [...crypto.getRandomValues(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  const traceId = `tr-${hex}`;
  const response = await fetch(`${trackingUri()}/api/3.0/mlflow/traces`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      trace: {
        trace_info: {
          trace_id: traceId,
          trace_location: { type: "MLFLOW_EXPERIMENT", mlflow_experiment: { experiment_id: experimentId } },
          request_time: new Date(requestTimeMs).toISOString(),
          execution_duration: "0.250s",
          state: "OK",
          request_preview: `live trace ${marker}`,
          trace_metadata: { "mlflow.trace_schema.version": "3" },
          tags: { e2e_live: marker },
        },
      },
    }),
  });
  if (!response.ok) throw new Error(`logging a trace failed: ${response.status} ${await response.text()}`);
  return traceId;
}

export async function deleteTraces(experimentId: string, traceIds: string[]) {
  if (traceIds.length === 0) return;
  const response = await fetch(`${trackingUri()}/api/3.0/mlflow/traces/delete-traces`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ experiment_id: experimentId, request_ids: traceIds }),
  });
  if (!response.ok) throw new Error(`deleting traces failed: ${response.status} ${await response.text()}`);
}
