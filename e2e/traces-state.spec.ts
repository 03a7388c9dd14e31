import { expect, test } from "@playwright/test";
import { seed } from "./support/seed";
import { expectListed, listPath, rowIds, search, trySearch, where } from "./support/trace-list";

// The filter box's checks, the server's own errors, and the URL as the whole view state.

test("OR and an unclosed quote are diagnosed before anything is sent", async ({ page }) => {
  await page.goto(listPath({ size: 500 }));
  await expect(page.getByTestId("trace-row")).toHaveCount(seed().counts.traces);
  const sent: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/traces/page")) sent.push(new URL(request.url()).searchParams.get("filter") ?? "");
  });
  const url = page.url();

  await trySearch(page, "trace.status = 'OK' OR trace.status = 'ERROR'");
  const diagnostics = page.getByTestId("trace-filter-diagnostics");
  await expect(diagnostics).toContainText("MLflow filters cannot use OR");
  await expect(diagnostics).toContainText("trace.status IN ('OK', 'ERROR')");

  await trySearch(page, "tags.environment = 'prod");
  await expect(diagnostics).toContainText("Unclosed quote");
  await expect(diagnostics).toContainText("Add the closing ' after the value.");

  expect(sent.filter((filter) => filter.includes("OR") || filter.includes("'prod"))).toEqual([]);
  expect(page.url()).toBe(url);
  await expect(page.getByTestId("trace-row")).toHaveCount(seed().counts.traces);
});

test("a filter the server rejects shows its message and keeps the previous results", async ({ page }) => {
  await page.goto(listPath({ size: 500 }));
  await search(page, "trace.status = 'ERROR'");
  const errors = where((trace) => trace.status === "ERROR");
  await expectListed(page, errors);
  const url = page.url();

  await trySearch(page, "trace.duration > 5000");
  await expect(page.getByTestId("trace-filter-diagnostics")).toContainText("trace.execution_time_ms");
  await page.getByRole("button", { name: "Send it anyway" }).click();
  const problem = page.getByTestId("trace-filter-server-error");
  await expect(problem).toContainText("MLflow rejected this filter");
  await expect(problem).toContainText("Invalid attribute key 'duration' specified");
  await expectListed(page, errors);
  expect(page.url()).toBe(url);
  await expect(page.getByTestId("trace-filter-input")).toHaveValue("trace.duration > 5000");
});

test("autocomplete offers keys, comparators and values from the experiment", async ({ page }) => {
  await page.goto(listPath());
  const input = page.getByTestId("trace-filter-input");
  await input.fill("metadata.`mlflow.trace.u");
  const suggestions = page.getByRole("listbox", { name: "Filter suggestions" });
  await expect(suggestions.getByRole("option").first()).toHaveText(/metadata\.`mlflow\.trace\.user`/);
  await input.press("Tab");
  await expect(input).toHaveValue("metadata.`mlflow.trace.user` ");
  await expect(suggestions.getByRole("option", { name: /^= equals/ })).toBeVisible();
  await input.press("Tab");
  for (const user of Object.keys(seed().counts.by_user)) await expect(suggestions.getByRole("option", { name: `'${user}'` })).toBeVisible();
  await suggestions.getByRole("option", { name: "'erin'" }).click();
  await expect(input).toHaveValue("metadata.`mlflow.trace.user` = 'erin' ");
  await input.press("Enter");
  await expect(page.getByTestId("trace-list-range")).toHaveText(`1–${seed().counts.by_user.erin} of ${seed().counts.by_user.erin}`);
});

test("a copied URL restores filter, page, columns and selection; back and forward work", async ({ page, context }) => {
  await page.goto(listPath({ size: 25 }));
  await search(page, "trace.status = 'OK'");
  await expect(page.getByTestId("trace-list-range")).toHaveText(`1–25 of ${seed().counts.by_status.OK}`);
  const firstPage = await rowIds(page);
  await page.getByRole("button", { name: "Next ›" }).click();
  await expect(page.getByTestId("trace-list-range")).toHaveText(`26–50 of ${seed().counts.by_status.OK}`);
  const secondPage = await rowIds(page);

  await page.getByText("Columns", { exact: true }).click();
  const columns = page.getByRole("group", { name: "Columns" });
  await columns.getByLabel("Response").uncheck();
  await columns.getByLabel("environment").check();
  await expect(page.getByRole("columnheader", { name: "tag environment" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Response" })).toHaveCount(0);

  await page.keyboard.press("j");
  await page.keyboard.press("j");
  const selected = page.locator('[data-testid="trace-row"][aria-selected="true"]');
  await expect(selected).toHaveAttribute("data-trace-id", secondPage[1]);
  await expect(page).toHaveURL(new RegExp(`selected=${secondPage[1]}`));

  const copy = await context.newPage();
  await copy.goto(page.url());
  await expect(copy.getByTestId("trace-filter-input")).toHaveValue("trace.status = 'OK'");
  await expect(copy.getByTestId("trace-list-page")).toHaveText("Page 2");
  expect(await rowIds(copy)).toEqual(secondPage);
  await expect(copy.getByRole("columnheader", { name: "tag environment" })).toBeVisible();
  await expect(copy.getByRole("columnheader", { name: "Response" })).toHaveCount(0);
  await expect(copy.locator('[data-testid="trace-row"][aria-selected="true"]')).toHaveAttribute("data-trace-id", secondPage[1]);
  await copy.close();

  await page.goBack();
  await expect(page.getByTestId("trace-list-page")).toHaveText("Page 1");
  expect(await rowIds(page)).toEqual(firstPage);
  await page.goForward();
  await expect(page.getByTestId("trace-list-page")).toHaveText("Page 2");
  expect(await rowIds(page)).toEqual(secondPage);
});

test("keyboard: / focuses the search, j/k move, Enter opens the trace with the list's filter", async ({ page }) => {
  await page.goto(listPath({ filter: "trace.status = 'ERROR'" }));
  await expect(page.getByTestId("trace-row")).toHaveCount(seed().counts.by_status.ERROR);
  const ids = await rowIds(page);
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await page.keyboard.press("k");
  await expect(page.locator('[aria-selected="true"]')).toHaveAttribute("data-trace-id", ids[0]);
  await page.keyboard.press("/");
  await expect(page.getByTestId("trace-filter-input")).toBeFocused();
  await page.getByTestId("trace-filter-input").press("Escape");
  await page.getByTestId("trace-filter-input").press("Escape");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/traces/${ids[0]}\\?`));
  const url = new URL(page.url());
  expect(url.searchParams.get("listFilter")).toMatch(/^trace\.status = 'ERROR' AND trace\.timestamp_ms <= \d+$/);
  expect(url.searchParams.get("listOrder")).toBe("timestamp_ms DESC");
});

test("sorting by latency is done by MLflow; by tokens only within the page, and says so", async ({ page }) => {
  await page.goto(listPath({ size: 500 }));
  await page.getByRole("button", { name: "Latency" }).click();
  await expect(page).toHaveURL(/sort=-latency/);
  await expect(page.getByTestId("trace-filter-sent")).toBeVisible();
  const byLatency = [...seed().traces].filter((trace) => trace.duration_ms !== null).sort((a, b) => b.duration_ms! - a.duration_ms!);
  await expect(page.getByTestId("trace-row").first()).toHaveAttribute("data-trace-id", byLatency[0].trace_id);

  await page.getByRole("button", { name: "Tokens" }).click();
  await expect(page.getByText("Sorted within the", { exact: false })).toBeVisible();
  const byTokens = [...seed().traces].sort((a, b) => b.total_tokens - a.total_tokens);
  await expect(page.getByTestId("trace-row").first()).toHaveAttribute("data-trace-id", byTokens[0].trace_id);
});

test("a row expands to its full request and response previews", async ({ page }) => {
  const trace = seed().traces[5];
  await page.goto(listPath({ filter: `trace.text ILIKE '%${trace.marker}%'` }));
  await page.getByRole("button", { name: "Show full request and response" }).click();
  await expect(page.getByTestId("trace-row-previews")).toContainText(trace.marker);
});
