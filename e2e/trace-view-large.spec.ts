import { expect, test, type Page } from "@playwright/test";
import { seed } from "./support/seed";
import { firstScreenPlan } from "../lib/trace/first-screen";
import { inspector, row, rows, skeletonOf, tracePage } from "./support/trace-view";

// The 2,000-span trace: virtualized rows, scrolling to the end, collapse and expand, deep links,
// search with match count, the critical path and zoom.

const large = () => {
  const { special, traces } = seed();
  const entry = traces.find((trace) => trace.trace_id === special.large_trace_id);
  if (!special.large_trace_id || !entry) throw new Error("The seeded data has no large trace (seed with --large-spans).");
  return { traceId: special.large_trace_id, spans: special.large_trace_spans, entry };
};

const shownCount = (page: Page) => page.getByText(/^Span \([\d,]+ shown\)$/);

async function inViewport(page: Page, spanId: string) {
  const box = await row(page, spanId).boundingBox();
  const view = await page.getByTestId("span-waterfall").boundingBox();
  return !!box && !!view && box.y >= view.y - 1 && box.y + box.height <= view.y + view.height + 1;
}

test("opens with every span counted, mounts only the rows in view, and scrolls to its last span", async ({ page }) => {
  const { traceId, spans } = large();
  await page.goto(tracePage(traceId));
  await expect(page.getByTestId("trace-span-count")).toContainText(spans.toLocaleString("en-US"));
  await expect(shownCount(page)).toHaveText(`Span (${spans.toLocaleString("en-US")} shown)`);
  const mounted = await rows(page).count();
  expect(mounted).toBeGreaterThan(10);
  expect(mounted).toBeLessThan(150);

  await rows(page).first().click();
  await expect(rows(page).first()).toHaveAttribute("data-selected", "true");
  await page.keyboard.press("End");
  const last = rows(page).and(page.locator("[data-cursor]"));
  await expect(last).toHaveCount(1);
  await expect(last).toHaveCSS("top", `${(spans - 1) * 28}px`);
  expect(await inViewport(page, (await last.getAttribute("data-span-id"))!)).toBe(true);
  await page.keyboard.press("Enter");
  await expect(inspector(page)).toHaveAttribute("data-span-id", (await last.getAttribute("data-span-id"))!);
});

test("collapse and expand all, and one level at a time", async ({ page }) => {
  const { traceId, spans } = large();
  await page.goto(tracePage(traceId));
  await expect(shownCount(page)).toHaveText(`Span (${spans.toLocaleString("en-US")} shown)`);
  await page.getByRole("button", { name: "Collapse all" }).click();
  await expect(shownCount(page)).toHaveText("Span (1 shown)");
  await expect(rows(page)).toHaveCount(1);
  // The root's sub-agents: one level down.
  await page.getByRole("button", { name: "+1 level" }).click();
  await expect(shownCount(page)).toHaveText("Span (21 shown)");
  await expect(rows(page).and(page.locator('[data-depth="1"]'))).toHaveCount(20);
  await page.getByRole("button", { name: "Expand all" }).click();
  await expect(shownCount(page)).toHaveText(`Span (${spans.toLocaleString("en-US")} shown)`);
  // One span by its caret.
  await rows(page).first().getByTestId("span-row-toggle").click();
  await expect(shownCount(page)).toHaveText("Span (1 shown)");
});

test("a deep link restores the selected span, its tab and its place in the list", async ({ page, request }) => {
  const { traceId } = large();
  const skeleton = await skeletonOf(request, traceId);
  // A span far down the list: the last one the server sent.
  const target = skeleton.id[skeleton.id.length - 1];
  await page.goto(tracePage(traceId, `span=${target}&tab=attributes`));
  await expect(row(page, target)).toHaveAttribute("data-selected", "true");
  await expect.poll(() => inViewport(page, target)).toBe(true);
  await expect(inspector(page)).toHaveAttribute("data-span-id", target);
  await expect(inspector(page).getByRole("tab", { name: /Attributes/ })).toHaveAttribute("aria-selected", "true");
  await expect(inspector(page).getByTestId("span-attributes")).toContainText("mlflow.spanType");
});

test("search counts matches by name and by content, and steps through them", async ({ page }) => {
  const { traceId, entry } = large();
  const llmSpans = entry.span_types.LLM;
  await page.goto(tracePage(traceId));
  const search = page.getByLabel("Search spans");
  await search.fill("reflect");
  await expect(page.getByTestId("search-count")).toHaveText(`${llmSpans} matches`);
  await expect(page).toHaveURL(/q=reflect/);
  // Only in the inputs of those spans, not in any name: found by the server's content search.
  await search.fill("Reflect on the result");
  await expect(page.getByTestId("search-count")).toHaveText(`${llmSpans} matches`);
  await search.press("Enter");
  await expect(page.getByTestId("search-count")).toHaveText(`1 of ${llmSpans} matches`);
  await expect(inspector(page).getByTestId("inspector-span-name")).toContainText("reflect");
  await page.getByRole("button", { name: "Next match" }).click();
  await expect(page.getByTestId("search-count")).toHaveText(`2 of ${llmSpans} matches`);
  await search.fill("no-such-text-anywhere");
  await expect(page.getByTestId("search-count")).toHaveText("no match");
});

test("the critical path through parallel sub-agents can be shown alone", async ({ page }) => {
  const { traceId, spans } = large();
  await page.goto(tracePage(traceId, "cp=only"));
  await expect(rows(page).first()).toHaveAttribute("data-critical", "true");
  const text = await shownCount(page).textContent();
  const onPath = Number(/([\d,]+)/.exec(text!)![1].replace(/,/g, ""));
  expect(onPath).toBeGreaterThan(2);
  expect(onPath).toBeLessThan(spans / 10);
  await expect(rows(page).and(page.locator(":not([data-critical])"))).toHaveCount(0);
  // Of the 20 sub-agents running side by side, only those overlapping the end-deciding chain count.
  const subagents = await rows(page).and(page.locator('[data-depth="1"]')).count();
  expect(subagents).toBeGreaterThanOrEqual(1);
  expect(subagents).toBeLessThan(20);
});

test("zooms into a time window by dragging on the overview, and back", async ({ page }) => {
  const { traceId } = large();
  await page.goto(tracePage(traceId));
  const overview = page.getByTestId("trace-overview");
  const box = (await overview.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.25, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(page).toHaveURL(/zoom=0\.2\d*-0\.5\d*/);
  await expect(page.getByTestId("overview-window")).toBeVisible();
  await page.getByRole("button", { name: "Reset zoom" }).click();
  await expect(page).not.toHaveURL(/zoom=/);
  await page.goBack();
  await expect(page).toHaveURL(/zoom=0\.2/);
});

test("the page's HTML carries the first screen of spans, or the trace's size and a timer while they stream", async ({ page, request }) => {
  const { traceId, spans } = large();
  const info = await (await request.get(`/api/traces/${traceId}`)).json();
  expect(info.sizeStats.numSpans).toBe(spans);
  const plan = firstScreenPlan(info.sizeStats);
  expect(plan).not.toBe("browser");
  const html = await (await request.get(tracePage(traceId))).text();
  const firstRow = html.indexOf('data-testid="span-row"');
  expect(firstRow).toBeGreaterThan(0);
  const loading = html.indexOf('data-testid="trace-loading"');
  if (plan === "stream") {
    // The size and a timer come first, in the part of the page sent before the spans are read.
    expect(loading).toBeGreaterThan(0);
    expect(loading).toBeLessThan(firstRow);
    expect(html).toContain(`Loading ${spans.toLocaleString("en-US")} spans`);
  } else {
    expect(loading).toBe(-1);
  }
  // In the browser, the server-rendered rows become the interactive tree.
  await page.goto(tracePage(traceId));
  await expect(page.getByTestId("trace-span-count")).toContainText(spans.toLocaleString("en-US"));
  await expect(rows(page).first()).toBeVisible();
  await expect(page.getByTestId("trace-loading")).toHaveCount(0);
});

test("a link to a span the trace does not hold says so", async ({ page }) => {
  const { traceId } = large();
  await page.goto(tracePage(traceId, "span=00000000deadbeef"));
  await expect(page.getByTestId("missing-span")).toContainText("Span 00000000deadbeef is not in this trace.");
  await page.getByTestId("missing-span").getByRole("button", { name: "Dismiss" }).click();
  await expect(page).not.toHaveURL(/span=/);
});
