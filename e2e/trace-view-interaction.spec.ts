import { expect, test } from "@playwright/test";
import { seed } from "./support/seed";
import { listPath, rowIds } from "./support/trace-list";
import { inspector, rows, tracePage, traceWith } from "./support/trace-view";

// Keys, previous/next trace of the list the trace was opened from, and tags.

test("arrow keys move through the spans, Enter opens one, ←/→ collapse and expand, ? lists the keys", async ({ page }) => {
  const expected = traceWith((trace) => trace.status === "OK" && trace.span_count >= 5);
  await page.goto(tracePage(expected.trace_id));
  await expect(rows(page)).toHaveCount(expected.span_count);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  const cursor = rows(page).and(page.locator("[data-cursor]"));
  await expect(cursor).toHaveCSS("top", `${2 * 28}px`);
  await page.keyboard.press("ArrowUp");
  await expect(cursor).toHaveCSS("top", "28px");
  const spanId = (await cursor.getAttribute("data-span-id"))!;
  await page.keyboard.press("Enter");
  await expect(inspector(page)).toHaveAttribute("data-span-id", spanId);
  await expect(page).toHaveURL(new RegExp(`span=${spanId}`));
  await page.keyboard.press("Escape");
  await expect(inspector(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/span=/);

  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowLeft");
  await expect(rows(page)).toHaveCount(1);
  await page.keyboard.press("ArrowRight");
  await expect(rows(page)).toHaveCount(expected.span_count);
  await page.keyboard.press("ArrowRight");
  await expect(cursor).toHaveCSS("top", "28px");

  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  await expect(help).toContainText("previous / next trace of the list");
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();

  await page.keyboard.press("/");
  await expect(page.getByLabel("Search spans")).toBeFocused();
});

test("previous and next trace follow the list's filter and order, by link and by [ and ]", async ({ page }) => {
  const manifest = seed();
  const listFilter = "trace.status = 'OK'";
  const ordered = manifest.traces.filter((trace) => trace.status === "OK").sort((a, b) => b.request_time_ms - a.request_time_ms);
  const at = ordered.findIndex((trace, index) => index > 0 && index < ordered.length - 1 && ordered[index - 1].request_time_ms !== trace.request_time_ms && ordered[index + 1].request_time_ms !== trace.request_time_ms);
  const [previous, current, next] = ordered.slice(at - 1, at + 2);
  const list = `listFilter=${encodeURIComponent(listFilter)}&listOrder=${encodeURIComponent("timestamp_ms DESC")}`;

  await page.goto(tracePage(current.trace_id, list));
  const nav = page.getByRole("navigation", { name: "Traces of the list" });
  await expect(nav.getByRole("link", { name: "Next trace →" })).toHaveAttribute("href", new RegExp(`/traces/${next.trace_id}\\?`));
  await expect(nav.getByRole("link", { name: "← Previous trace" })).toHaveAttribute("href", new RegExp(`/traces/${previous.trace_id}\\?`));
  await page.keyboard.press("]");
  await expect(page).toHaveURL(new RegExp(`/traces/${next.trace_id}\\?.*listOrder=timestamp_ms`));
  await expect(page.getByTestId("trace-id")).toHaveText(next.trace_id);
  await expect(nav.getByRole("link", { name: "← Previous trace" })).toHaveAttribute("href", new RegExp(`/traces/${current.trace_id}\\?`));
  await page.keyboard.press("[");
  await expect(page.getByTestId("trace-id")).toHaveText(current.trace_id);
  await nav.getByRole("link", { name: "← Previous trace" }).click();
  await expect(page.getByTestId("trace-id")).toHaveText(previous.trace_id);

  // By duration, shortest first.
  const byDuration = manifest.traces.filter((trace) => trace.status === "OK").sort((a, b) => a.duration_ms! - b.duration_ms!);
  const middle = byDuration.findIndex((trace, index) => index > 0 && index < byDuration.length - 1 && byDuration[index - 1].duration_ms !== trace.duration_ms && byDuration[index + 1].duration_ms !== trace.duration_ms);
  await page.goto(tracePage(byDuration[middle].trace_id, `listFilter=${encodeURIComponent(listFilter)}&listOrder=${encodeURIComponent("execution_time_ms ASC")}`));
  await expect(nav.getByRole("link", { name: "Next trace →" })).toHaveAttribute("href", new RegExp(`/traces/${byDuration[middle + 1].trace_id}\\?`));
  await expect(nav.getByRole("link", { name: "← Previous trace" })).toHaveAttribute("href", new RegExp(`/traces/${byDuration[middle - 1].trace_id}\\?`));

  // Opened without a list: no neighbours.
  await page.goto(tracePage(current.trace_id));
  await expect(page.getByTestId("trace-name")).toHaveText(current.name);
  await expect(nav).toHaveCount(0);
});

test("tags are added and removed through the API", async ({ page, request }) => {
  const traceId = seed().special.writable_trace_ids.at(-1)!;
  const key = "trace_view_e2e";
  await page.goto(tracePage(traceId));
  const tags = page.getByTestId("trace-tags");
  await tags.getByRole("button", { name: "+ Add tag" }).click();
  await tags.getByLabel("Tag key").fill(key);
  await tags.getByLabel("Tag value").fill("checked <b>by</b> e2e");
  await tags.getByRole("button", { name: "Add", exact: true }).click();
  await expect(tags.locator(`[data-tag="${key}"]`)).toContainText("checked <b>by</b> e2e");
  expect((await (await request.get(`/api/traces/${traceId}`)).json()).tags[key]).toBe("checked <b>by</b> e2e");

  await tags.getByRole("button", { name: `Remove tag ${key}` }).click();
  await expect(tags.locator(`[data-tag="${key}"]`)).toHaveCount(0);
  expect((await (await request.get(`/api/traces/${traceId}`)).json()).tags[key]).toBeUndefined();
});

test("opened from the trace list, [ and ] walk the list's rows in its order", async ({ page }) => {
  await page.goto(listPath({ filter: "trace.status = 'ERROR'" }));
  await expect(page.getByTestId("trace-row")).toHaveCount(seed().counts.by_status.ERROR);
  const ids = await rowIds(page);
  await page.getByTestId("trace-row").first().click();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("trace-id")).toHaveText(ids[0]);
  const nav = page.getByRole("navigation", { name: "Traces of the list" });
  await expect(nav.getByRole("link", { name: "Next trace →" })).toHaveAttribute("href", new RegExp(`/traces/${ids[1]}\\?`));
  await expect(nav.getByText("← Previous trace")).toHaveAttribute("aria-disabled", "true");
  await page.keyboard.press("]");
  await expect(page.getByTestId("trace-id")).toHaveText(ids[1]);
  await expect(nav.getByRole("link", { name: "Next trace →" })).toHaveAttribute("href", new RegExp(`/traces/${ids[2]}\\?`));
  await page.keyboard.press("]");
  await expect(page.getByTestId("trace-id")).toHaveText(ids[2]);
  await expect(nav.getByRole("link", { name: "← Previous trace" })).toHaveAttribute("href", new RegExp(`/traces/${ids[1]}\\?`));
  await page.keyboard.press("[");
  await expect(page.getByTestId("trace-id")).toHaveText(ids[1]);
});
