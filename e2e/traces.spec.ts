import { expect, test } from "@playwright/test";
import { seed } from "./support/seed";
import { expectListed, listPath, rowIds, search, traces, where } from "./support/trace-list";

// Every kind of clause, typed into the filter box or opened from a URL, lists exactly the traces the
// generator's manifest says match, with the matching count.

const hasFeedback = (name: string, value: unknown) => (trace: ReturnType<typeof traces>[number]) => trace.feedback.some((item) => item.name === name && item.value === value);

test("the first page is rendered on the server, newest first, with the exact total", async ({ page, request }) => {
  const manifest = seed();
  const html = await (await request.get(listPath({ at: Date.now() }))).text();
  // MLflow's order: newest first, ties by trace id.
  const newest = [...traces()].sort((a, b) => b.request_time_ms - a.request_time_ms || a.trace_id.localeCompare(b.trace_id));
  // Rows are in the HTML before any script runs.
  for (const trace of newest.slice(0, 50)) expect(html).toContain(trace.trace_id);
  expect(html).not.toContain(newest[50].trace_id);

  await page.goto(listPath());
  await expect(page).toHaveURL(/[?&]at=\d+/);
  await expect(page.getByTestId("trace-list-range")).toHaveText(`1–50 of ${manifest.counts.traces}`);
  expect(await rowIds(page)).toEqual(newest.slice(0, 50).map((trace) => trace.trace_id));
  const errorRow = page.locator(`[data-trace-id="${manifest.special.error_trace_ids[0]}"]`);
  if (await errorRow.count()) await expect(errorRow.getByText("Error", { exact: true })).toBeVisible();
});

test("status, tag, user and session clauses typed into the box", async ({ page }) => {
  await page.goto(listPath({ size: 500 }));
  await search(page, "trace.status = 'ERROR'");
  await expectListed(page, where((trace) => trace.status === "ERROR"));
  await expect(page).toHaveURL(/filter=trace\.status/);

  await search(page, "tags.environment = 'staging'");
  await expectListed(page, where((trace) => trace.tags.environment === "staging"));

  await search(page, "metadata.`mlflow.trace.user` = 'carol'");
  await expectListed(page, where((trace) => trace.user === "carol"));

  const session = [...seed().sessions].sort((a, b) => b.turns - a.turns)[0];
  await search(page, `metadata.\`mlflow.trace.session\` = '${session.id}'`);
  await expectListed(page, where((trace) => trace.session === session.id));
  expect(session.turns).toBe(seed().counts.by_session[session.id]);
});

test("feedback, span type, full text and latency clauses", async ({ page }) => {
  await page.goto(listPath({ size: 500, filter: "feedback.user_feedback = 'false'" }));
  await expectListed(page, where(hasFeedback("user_feedback", false)));
  expect(where(hasFeedback("user_feedback", false))).toHaveLength(seed().counts.feedback.user_feedback.false);

  await search(page, "span.type = 'TOOL'");
  await expectListed(page, where((trace) => (trace.span_types.TOOL ?? 0) > 0));

  const marked = traces()[16];
  await search(page, `trace.text ILIKE '%${marked.marker}%'`);
  await expectListed(page, [marked]);

  await search(page, "trace.execution_time_ms > 5000");
  await expectListed(page, where((trace) => trace.duration_ms !== null && trace.duration_ms > 5000));
});

test("a custom time range compiles into timestamp_ms clauses", async ({ page }) => {
  const sorted = [...traces()].sort((a, b) => a.request_time_ms - b.request_time_ms);
  const from = sorted[20].request_time_ms;
  const to = sorted[70].request_time_ms;
  await page.goto(listPath({ size: 500, from, to }));
  await expectListed(page, where((trace) => trace.request_time_ms >= from && trace.request_time_ms <= to));
  await expect(page.getByTestId("trace-filter-sent")).toContainText(`trace.timestamp_ms >= ${from} AND trace.timestamp_ms <= ${to}`);
});

test("a preset time range is pinned to the moment the search started", async ({ page }) => {
  await page.goto(listPath({ size: 500 }));
  await page.getByLabel("Time range").selectOption({ label: "Last 7 days" });
  const sent = page.getByTestId("trace-filter-sent");
  await expect(sent).toContainText("trace.timestamp_ms >= ");
  const [, start, end] = /trace\.timestamp_ms >= (\d+) AND trace\.timestamp_ms <= (\d+)/.exec((await sent.textContent()) ?? "")!.map(Number);
  expect(end - start).toBe(7 * 86_400_000);
  await expect(page).toHaveURL(new RegExp(`range=7d.*at=${end}|at=${end}.*range=7d`));
  await expectListed(page, where((trace) => trace.request_time_ms >= start && trace.request_time_ms <= end));
});

test("clauses combine with AND, and the count follows", async ({ page }) => {
  await page.goto(listPath({ size: 500 }));
  await search(page, "trace.status = 'OK' AND tags.environment = 'prod' AND metadata.`mlflow.trace.user` = 'alice'");
  await expectListed(page, where((trace) => trace.status === "OK" && trace.tags.environment === "prod" && trace.user === "alice"));

  await search(page, "feedback.user_feedback = 'true' AND span.type = 'RETRIEVER' AND trace.execution_time_ms > 3000");
  await expectListed(page, where((trace) => hasFeedback("user_feedback", true)(trace) && (trace.span_types.RETRIEVER ?? 0) > 0 && (trace.duration_ms ?? 0) > 3000));
});

test("quick filters write clauses into the string and read them back", async ({ page }) => {
  await page.goto(listPath({ size: 500 }));
  const input = page.getByTestId("trace-filter-input");
  await page.getByRole("button", { name: "Errors only" }).click();
  await expect(input).toHaveValue("trace.status = 'ERROR'");
  await expectListed(page, where((trace) => trace.status === "ERROR"));

  const quick = page.getByRole("group", { name: "Quick filters" });
  await quick.getByLabel("User").selectOption("bob");
  await expect(input).toHaveValue("trace.status = 'ERROR' AND metadata.`mlflow.trace.user` = 'bob'");
  await expectListed(page, where((trace) => trace.status === "ERROR" && trace.user === "bob"));

  // Typed text turns chips on, and the chips take their clause out again.
  await search(page, "tags.environment = 'dev' AND trace.status = 'ERROR'");
  await expect(page.getByRole("button", { name: "Errors only" })).toHaveAttribute("aria-pressed", "true");
  await expect(quick.getByLabel("User")).toHaveValue("");
  await page.getByRole("button", { name: "Errors only" }).click();
  await expect(input).toHaveValue("tags.environment = 'dev'");
  await expectListed(page, where((trace) => trace.tags.environment === "dev"));

  const marked = traces()[41];
  await page.getByLabel("Search the text of the traces").fill(marked.marker);
  await page.getByLabel("Search the text of the traces").press("Enter");
  await expect(input).toHaveValue(`tags.environment = 'dev' AND trace.text ILIKE '%${marked.marker}%'`);
  await expectListed(page, marked.tags.environment === "dev" ? [marked] : []);
});

test("before the page's script runs, Enter in the filter box still applies the filter", async ({ browser, baseURL }) => {
  // A reader who types while the page is loading must not lose the filter: the box submits natively.
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(listPath());
  await page.getByTestId("trace-filter-input").fill("trace.status = 'ERROR'");
  await page.getByTestId("trace-filter-input").press("Enter");
  await expect(page).toHaveURL(/[?&]filter=trace\.status/);
  const errors = where((trace) => trace.status === "ERROR");
  await expect(page.getByTestId("trace-row")).toHaveCount(errors.length);
  expect((await rowIds(page)).sort()).toEqual(errors.map((trace) => trace.trace_id).sort());
  await context.close();
});
