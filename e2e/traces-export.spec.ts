import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { seed } from "./support/seed";
import { listPath } from "./support/trace-list";

// The export streams the whole filtered list through our API, page after page.

/** Rows of a CSV text (RFC 4180 quoting), each as its cells. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ",") {
      row.push(cell);
      cell = "";
    } else if (!quoted && char === "\n") {
      row.push(cell.replace(/\r$/, ""));
      rows.push(row);
      row = [];
      cell = "";
    } else {
      cell += char;
    }
  }
  return rows;
}

const exportPath = (query: Record<string, string | number>) => `/api/experiments/${seed().experiment_id}/traces/export?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}`;

test("streams every trace exactly once across many MLflow pages, as JSON and CSV", async ({ request }) => {
  const manifest = seed();
  const filter = `trace.timestamp_ms <= ${Date.now()}`;
  const json = await request.get(exportPath({ format: "json", batch: 25, filter }));
  expect(json.status()).toBe(200);
  expect(json.headers()["x-trace-count"]).toBe(String(manifest.counts.traces));
  const traces = (await json.json()) as { traceId: string; state: string }[];
  expect(traces.map((trace) => trace.traceId).sort()).toEqual(manifest.traces.map((trace) => trace.trace_id).sort());

  const csv = await request.get(exportPath({ format: "csv", batch: 40, filter }));
  expect(csv.headers()["content-disposition"]).toMatch(/attachment; filename="traces-\d+-.*\.csv"/);
  const [header, ...rows] = csvRows(await csv.text());
  expect(header.slice(0, 3)).toEqual(["trace_id", "request_time", "state"]);
  expect(rows.map((row) => row[0]).sort()).toEqual(manifest.traces.map((trace) => trace.trace_id).sort());
  const byId = new Map(manifest.traces.map((trace) => [trace.trace_id, trace]));
  for (const row of rows) expect(row[header.indexOf("user")], row[0]).toBe(byId.get(row[0])!.user ?? "");
});

test("respects the filter, and a rejected filter is an error before anything streams", async ({ request }) => {
  const errors = await request.get(exportPath({ format: "json", filter: "trace.status = 'ERROR'" }));
  expect(((await errors.json()) as { traceId: string }[]).map((trace) => trace.traceId).sort()).toEqual([...seed().special.error_trace_ids].sort());

  const rejected = await request.get(exportPath({ format: "csv", filter: "trace.status = 'OK' OR trace.status = 'ERROR'" }));
  expect(rejected.status()).toBe(400);
  expect((await rejected.json()).error.message).toContain("Invalid clause(s) in filter string");
});

test("the export button downloads the filtered list with progress", async ({ page }) => {
  await page.goto(listPath({ filter: "tags.environment = 'prod'" }));
  await expect(page.getByTestId("trace-list-range")).toContainText(`of ${seed().counts.by_tag.environment.prod}`);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "csv" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  const [, ...rows] = csvRows(readFileSync((await file.path())!, "utf8"));
  expect(rows).toHaveLength(seed().counts.by_tag.environment.prod);
  await expect(page.getByTestId("trace-export-done")).toHaveText(`Exported ${seed().counts.by_tag.environment.prod} rows.`);
});

test("a full-text search is counted only when asked, and exported without counting it first", async ({ page, request }) => {
  // ROW-000010 … ROW-000019: ten traces, two pages of five.
  const filter = "trace.text ILIKE '%ROW-00001%'";
  const matching = seed().traces.filter((trace) => trace.marker.startsWith("ROW-00001"));
  expect(matching).toHaveLength(10);
  await page.goto(listPath({ size: 5, filter }));
  const range = page.getByTestId("trace-list-range");
  await expect(range).toHaveText("1–5 of at least 6");
  await page.getByRole("button", { name: "Count matches" }).click();
  await expect(range).toHaveText("1–5 of 10");
  await expect(page.getByRole("button", { name: "Count matches" })).toHaveCount(0);

  const exported = await request.get(exportPath({ format: "json", batch: 3, filter }));
  expect(exported.status()).toBe(200);
  expect(exported.headers()["x-trace-count"]).toBeUndefined();
  expect(((await exported.json()) as { traceId: string }[]).map((trace) => trace.traceId).sort()).toEqual(matching.map((trace) => trace.trace_id).sort());
});
