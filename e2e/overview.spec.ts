import { expect, test } from "@playwright/test";
import { dayStartMs, downloadCsv, durations, overviewUrl, percentile, utcDay } from "./support/overview";
import { seed } from "./support/seed";

// The overview against the seeded server: every figure equals the generator's manifest. The
// seeded traces lie within the 14 days before seeding, so "Last 30 days" holds all of them, in
// day buckets.

test("summary cards equal the manifest's totals", async ({ page }) => {
  const manifest = seed();
  const { counts } = manifest;
  await page.goto(overviewUrl(manifest.experiment_id));
  await expect(page.getByTestId("summary-traces-value")).toHaveAttribute("data-value", String(counts.traces));
  await expect(page.getByTestId("summary-traces-value")).toHaveText(counts.traces.toLocaleString("en"));
  await expect(page.getByTestId("summary-tokens-value")).toHaveText(counts.tokens.total.toLocaleString("en"));
  await expect(page.getByTestId("summary-errorRate-value")).toHaveAttribute("data-value", String(counts.by_status.ERROR / counts.traces));
  await expect(page.getByText(`${counts.by_status.ERROR} errors`)).toBeVisible();
  const thumbs = counts.feedback[manifest.feedback_name];
  await expect(page.getByTestId("summary-thumbsUp-value")).toHaveText(`${((thumbs.true / (thumbs.true + thumbs.false)) * 100).toFixed(1)} %`);

  // p95 over the finished traces' durations; the card shows seconds to two decimals.
  const p95 = percentile(durations(manifest.traces), 95);
  const shown = Number(await page.getByTestId("summary-p95-value").getAttribute("data-value"));
  expect(Math.abs(shown - p95)).toBeLessThanOrEqual(0.5);
  await expect(page.getByTestId("summary-p95-value")).toHaveText(`${(p95 / 1000).toFixed(2)} s`);
  await expect(page.getByText(`p50 ${(percentile(durations(manifest.traces), 50) / 1000).toFixed(2)} s`)).toBeVisible();
});

test("per-day counts, errors, tokens and latency percentiles equal the manifest's", async ({ page }) => {
  const manifest = seed();
  await page.goto(overviewUrl(manifest.experiment_id));
  await expect(page.getByTestId("chart-volume")).toHaveAttribute("data-state", "ready");

  const volume = await downloadCsv(page, "chart-volume");
  const byDay = Object.fromEntries(volume.filter((row) => Number(row.traces) > 0).map((row) => [row.bucket_start_utc.slice(0, 10), Number(row.traces)]));
  expect(byDay).toEqual(manifest.counts.by_day_utc);
  expect(volume.reduce((sum, row) => sum + Number(row.error), 0)).toBe(manifest.counts.by_status.ERROR);
  expect(volume.reduce((sum, row) => sum + Number(row.in_progress), 0)).toBe(manifest.counts.by_status.IN_PROGRESS);

  const tokens = await downloadCsv(page, "chart-tokens");
  const sum = (key: string) => tokens.reduce((total, row) => total + Number(row[key]), 0);
  expect({ input: sum("input_tokens"), output: sum("output_tokens"), total: sum("total_tokens") }).toEqual(manifest.counts.tokens);

  // Each day's p50 and p95 from the durations of that UTC day's finished traces.
  const latency = await downloadCsv(page, "chart-latency");
  let checked = 0;
  for (const row of latency) {
    const day = row.bucket_start_utc.slice(0, 10);
    const finished = durations(manifest.traces.filter((trace) => utcDay(trace.request_time_ms) === day));
    if (finished.length === 0) {
      expect(row.p50_ms, day).toBe("");
      continue;
    }
    expect(Math.abs(Number(row.p50_ms) - percentile(finished, 50)), `p50 ${day}`).toBeLessThanOrEqual(0.5);
    expect(Math.abs(Number(row.p95_ms) - percentile(finished, 95)), `p95 ${day}`).toBeLessThanOrEqual(0.5);
    checked += 1;
  }
  expect(checked).toBeGreaterThan(5);
});

test("clicking a day's bar opens the trace list showing exactly that day's traces", async ({ page }) => {
  const manifest = seed();
  const [day, count] = Object.entries(manifest.counts.by_day_utc).sort((a, b) => b[1] - a[1])[0];
  const ofDay = manifest.traces.filter((trace) => utcDay(trace.request_time_ms) === day);
  const ok = ofDay.filter((trace) => trace.status === "OK").length;
  await page.goto(overviewUrl(manifest.experiment_id));
  const bar = page.getByTestId("chart-volume").getByRole("link", { name: `${day} 00:00:00 – 23:59:59 UTC: ${ok} OK of ${count}. Open the bucket's traces` });
  await bar.click();
  await expect(page).toHaveURL(new RegExp(`/experiments/${manifest.experiment_id}/traces\\?`));
  const url = new URL(page.url());
  expect(url.searchParams.get("from")).toBe(String(dayStartMs(day)));
  expect(url.searchParams.get("to")).toBe(String(dayStartMs(day) + 86_400_000 - 1));
  expect(url.searchParams.get("filter")).toBeNull();

  await expect(page.getByTestId("trace-list-range")).toHaveText(`1–${count} of ${count}`);
  const rows = page.getByTestId("trace-row");
  await expect(rows).toHaveCount(count);
  const shown = await rows.evaluateAll((elements) => elements.map((element) => element.getAttribute("data-trace-id")));
  expect(shown.sort()).toEqual(ofDay.map((trace) => trace.trace_id).sort());
});

test("a tag filter changes every figure to the manifest's figures for that tag", async ({ page }) => {
  const manifest = seed();
  const [tag, value] = ["environment", "staging"];
  const tagged = manifest.traces.filter((trace) => trace.tags[tag] === value);
  expect(tagged.length).toBe(manifest.counts.by_tag[tag][value]);
  await page.goto(overviewUrl(manifest.experiment_id));
  await page.getByTestId("trace-filter-input").fill(`tags.${tag} = '${value}'`);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/filter=tags\.environment/);

  await expect(page.getByTestId("summary-traces-value")).toHaveAttribute("data-value", String(tagged.length));
  await expect(page.getByTestId("summary-tokens-value")).toHaveText(tagged.reduce((sum, trace) => sum + trace.total_tokens, 0).toLocaleString("en"));
  await expect(page.getByText(`${tagged.filter((trace) => trace.status === "ERROR").length} errors`)).toBeVisible();
  const shown = Number(await page.getByTestId("summary-p95-value").getAttribute("data-value"));
  expect(Math.abs(shown - percentile(durations(tagged), 95))).toBeLessThanOrEqual(0.5);
  await expect(page.getByTestId("overview-unapplied-notice")).toHaveCount(0);

  const volume = await downloadCsv(page, "chart-volume");
  const byDay: Record<string, number> = {};
  for (const trace of tagged) byDay[utcDay(trace.request_time_ms)] = (byDay[utcDay(trace.request_time_ms)] ?? 0) + 1;
  expect(Object.fromEntries(volume.filter((row) => Number(row.traces) > 0).map((row) => [row.bucket_start_utc.slice(0, 10), Number(row.traces)]))).toEqual(byDay);

  // A drill-down keeps the filter.
  await page.getByTestId("chart-volume").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/traces\?/);
  expect(new URL(page.url()).searchParams.get("filter")).toBe(`tags.${tag} = '${value}'`);
});

test("breakdowns by tag, status and name equal the manifest's counts and link to their traces", async ({ page }) => {
  const manifest = seed();
  const rowsOf = async () => {
    await expect(page.getByTestId("overview-breakdown")).toHaveAttribute("data-state", "ready");
    const rows = page.getByTestId("overview-breakdown-row");
    const entries: [string, number][] = [];
    for (const row of await rows.all()) entries.push([(await row.getAttribute("data-value"))!, Number(await row.getAttribute("data-count"))]);
    return Object.fromEntries(entries);
  };
  await page.goto(overviewUrl(manifest.experiment_id));
  await expect(page.getByTestId("overview-breakdown-row").first()).toBeVisible();
  expect(await rowsOf()).toEqual(manifest.counts.by_name);

  const select = page.getByTestId("overview-breakdown-select");
  for (const key of ["environment", "app_version"]) {
    await select.selectOption(`tag:${key}`);
    await expect(page).toHaveURL(new RegExp(`by=tag%3A${key}`));
    await expect(page.getByTestId("overview-breakdown-row").first()).toHaveAttribute("data-value", Object.entries(manifest.counts.by_tag[key]).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0]);
    expect(await rowsOf()).toEqual(manifest.counts.by_tag[key]);
  }

  await select.selectOption("status");
  await expect(page.getByTestId("overview-breakdown-row").filter({ hasText: "ERROR" })).toHaveAttribute("data-count", String(manifest.counts.by_status.ERROR));
  expect(await rowsOf()).toEqual(manifest.counts.by_status);
  const link = page.getByTestId("overview-breakdown-row").filter({ hasText: "ERROR" }).getByRole("link", { name: "ERROR" });
  const href = new URL((await link.getAttribute("href"))!, "http://x");
  expect(href.pathname).toBe(`/experiments/${manifest.experiment_id}/traces`);
  expect(href.searchParams.get("filter")).toBe("trace.status = 'ERROR'");
  expect(Number(href.searchParams.get("to")) - Number(href.searchParams.get("from"))).toBe(30 * 86_400_000 - 1);
});

test("a clause the metrics API cannot apply is named, and aggregating search results applies it", async ({ page }) => {
  const manifest = seed();
  const prod = manifest.traces.filter((trace) => trace.tags.environment === "prod");
  const prodWithTool = prod.filter((trace) => (trace.span_types.TOOL ?? 0) > 0);
  expect(prodWithTool.length).toBeLessThan(prod.length);
  await page.goto(overviewUrl(manifest.experiment_id, { filter: "tags.environment = 'prod' AND span.type = 'TOOL'" }));
  const notice = page.getByTestId("overview-unapplied-notice");
  await expect(notice).toContainText("span.type = 'TOOL'");
  await expect(notice).toContainText("the metrics API cannot filter on span.type");
  await expect(page.getByTestId("summary-traces-value")).toHaveAttribute("data-value", String(prod.length));

  await notice.getByRole("button", { name: /Apply the whole filter/ }).click();
  await expect(page).toHaveURL(/source=search/);
  await expect(page.getByTestId("overview-source-notice")).toContainText("Aggregated in the dashboard from trace search results");
  await expect(page.getByTestId("summary-traces-value")).toHaveAttribute("data-value", String(prodWithTool.length));
  await expect(page.getByTestId("summary-tokens-value")).toHaveText(prodWithTool.reduce((sum, trace) => sum + trace.total_tokens, 0).toLocaleString("en"));
  await expect(page.getByTestId("overview-unapplied-notice")).toHaveCount(0);
});

test("tokens by model add up to the token usage of the traces whose spans were read, and feedback is split by name and source", async ({ page }) => {
  const manifest = seed();
  // The 100 most recent traces are read, except those with more than 500 spans (the large one).
  const recent = [...manifest.traces].sort((a, b) => b.request_time_ms - a.request_time_ms).slice(0, 100);
  const read = recent.filter((trace) => trace.span_count <= 500);
  const skipped = recent.filter((trace) => trace.span_count > 500);
  expect(skipped.map((trace) => trace.trace_id)).toEqual(recent.some((trace) => trace.trace_id === manifest.special.large_trace_id) ? [manifest.special.large_trace_id] : []);
  await page.goto(overviewUrl(manifest.experiment_id));
  const panel = page.getByTestId("chart-model-tokens");
  await expect(panel).toHaveAttribute("data-state", "ready");
  await expect(panel).toContainText(`From the spans of the ${read.length} most recent traces of the range that match the filter (of ${manifest.counts.traces})`);
  for (const trace of skipped) await expect(panel).toContainText(`${trace.trace_id}, ${trace.span_count.toLocaleString("en")} spans`);
  const models = await downloadCsv(page, "chart-model-tokens");
  expect(models.reduce((sum, row) => sum + Number(row.total_tokens), 0)).toBe(read.reduce((sum, trace) => sum + trace.total_tokens, 0));
  expect(models.reduce((sum, row) => sum + Number(row.input_tokens), 0)).toBe(read.reduce((sum, trace) => sum + trace.input_tokens, 0));
  expect(models.map((row) => row.model).sort()).toEqual([...new Set(read.flatMap((trace) => trace.models))].sort());

  const table = page.getByTestId("feedback-table");
  const userFeedback = manifest.counts.feedback.user_feedback;
  await expect(table.getByRole("row", { name: /user_feedback/ })).toContainText("human");
  await expect(table.getByRole("row", { name: /user_feedback/ })).toContainText(`${((userFeedback.true / (userFeedback.true + userFeedback.false)) * 100).toFixed(1)} % positive`);
  await expect(table.getByRole("row", { name: /correctness/ })).toContainText(`${((manifest.counts.feedback.correctness.yes / (manifest.counts.feedback.correctness.yes + manifest.counts.feedback.correctness.no)) * 100).toFixed(1)} % positive`);
  const negative = table.getByRole("row", { name: /user_feedback/ }).getByRole("link", { name: "negative (false)" });
  expect(new URL((await negative.getAttribute("href"))!, "http://x").searchParams.get("filter")).toBe("feedback.user_feedback = 'false'");
});

test("an empty range and an unreadable filter say what is missing or wrong", async ({ page }) => {
  const manifest = seed();
  await page.goto(overviewUrl(manifest.experiment_id, { range: "", from: "1000000000000", to: "1000086400000" }));
  await expect(page.getByText("No traces in this range")).toBeVisible();
  await expect(page.getByTestId("summary-traces-value")).toHaveText("0");

  const bad = "trace.status = 'OK' OR trace.status = 'ERROR'";
  await page.goto(overviewUrl(manifest.experiment_id, { filter: bad }));
  const alert = page.getByRole("alert").filter({ hasText: "Could not load the overview" });
  await expect(alert).toContainText("MLflow filters cannot use OR");
  await expect(page.getByTestId("trace-filter-input")).toHaveValue(bad);
});

test("the overview makes at most 6 requests to the dashboard's API", async ({ page }) => {
  const manifest = seed();
  const requests: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/api/")) requests.push(request.url());
  });
  await page.goto(overviewUrl(manifest.experiment_id));
  await expect(page.getByTestId("chart-model-tokens")).toHaveAttribute("data-state", "ready");
  await expect(page.getByTestId("overview-breakdown-row").first()).toBeVisible();
  expect(requests.length, requests.join("\n")).toBeLessThanOrEqual(6);
});

test("the overview's API refuses bad input with a clear message", async ({ request }) => {
  const base = `/api/experiments/${seed().experiment_id}/overview`;
  const badBucket = await request.get(`${base}?bucket=3d`);
  expect(badBucket.status()).toBe(400);
  expect((await badBucket.json()).error.message).toContain("bucket");
  const backwards = await request.get(`${base}/breakdown?from=2000&to=1000`);
  expect(backwards.status()).toBe(400);
  expect((await backwards.json()).error.message).toContain("ends before it starts");
  const badFilter = await request.get(`${base}/models?filter=${encodeURIComponent("tags.x = 'a' OR tags.x = 'b'")}`);
  expect(badFilter.status()).toBe(400);
  expect((await badFilter.json()).error.message).toContain("cannot use OR");
});

test("choosing a custom range keeps the window shown, in the URL", async ({ page }) => {
  const manifest = seed();
  await page.goto(overviewUrl(manifest.experiment_id, { range: "7d" }));
  await expect(page.getByTestId("summary-traces-value")).toBeVisible();
  await page.getByLabel("Time range").selectOption("custom");
  await expect(page).toHaveURL(/from=\d+&to=\d+/);
  const url = new URL(page.url());
  expect(Number(url.searchParams.get("to")) - Number(url.searchParams.get("from"))).toBe(7 * 86_400_000 - 1);
  await expect(page.getByLabel("From (your time)")).toBeVisible();
  await expect(page.getByTestId("overview-window")).toContainText("Custom range");
});
