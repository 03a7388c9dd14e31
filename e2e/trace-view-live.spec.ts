import { expect, test } from "@playwright/test";
import { logUntrustedTrace, startLiveTrace } from "./support/log-traces";
import { seed } from "./support/seed";
import { inspector, row, rows, skeletonOf, spanIdsNamed, tracePage } from "./support/trace-view";

// In-progress traces (the seeded one and one this spec grows while it is open) and untrusted span
// contents logged by this spec through the MLflow SDK into experiments of their own.

test.describe.configure({ timeout: 120_000 });

test("the seeded in-progress trace shows its finished spans under a running stand-in for the open root", async ({ page }) => {
  const { special, traces } = seed();
  const expected = traces.find((trace) => trace.trace_id === special.in_progress_trace_id)!;
  await page.goto(tracePage(expected.trace_id));
  await expect(page.getByTestId("trace-state")).toHaveAttribute("data-state", "IN_PROGRESS");
  await expect(page.getByTestId("trace-latency")).toHaveText("running");
  await expect(page.getByTestId("live-status")).toBeVisible();
  await expect(rows(page)).toHaveCount(expected.span_count + 1);
  const standIn = rows(page).first();
  await expect(standIn).toHaveAttribute("data-depth", "0");
  await expect(standIn).toHaveAccessibleName("(running: not reported yet)");
  await expect(standIn.getByTestId("span-running-mark")).toBeVisible();
  await expect(rows(page).and(page.locator('[data-depth="1"]'))).toHaveCount(expected.span_count);
  for (const [type, count] of Object.entries(expected.span_types)) await expect(rows(page).and(page.locator(`[data-type="${type}"]`))).toHaveCount(count);
  // The stand-in can be opened too; the URL names the span it stands for.
  await standIn.click();
  await expect(inspector(page)).toContainText("has not been reported yet");
  await expect(page).toHaveURL(/span=[0-9a-f]{16}/);
});

test("a growing in-progress trace refreshes without losing the reader's place, selection or open panels", async ({ page, request }) => {
  const live = await startLiveTrace(60);
  try {
    await expect.poll(async () => (await skeletonOf(request, live.trace_id)).id.length, { timeout: 30_000 }).toBe(60);
    const skeleton = await skeletonOf(request, live.trace_id);
    const [target] = spanIdsNamed(skeleton, "step_0040");
    await page.setViewportSize({ width: 1440, height: 760 });
    await page.goto(`/experiments/${live.experiment_id}/traces/${live.trace_id}?span=${target}`);
    await expect(page.getByText("Span (61 shown)")).toBeVisible();
    await expect(row(page, target)).toHaveAttribute("data-selected", "true");
    // Scroll to a place of the reader's own and fold a panel in the inspector.
    const waterfall = page.getByTestId("span-waterfall");
    await waterfall.evaluate((element) => (element.scrollTop = 20 * 28 + 7));
    const inputs = inspector(page).getByTestId("span-inputs");
    await inputs.getByRole("button", { name: "{1 key}" }).click();
    await expect(inputs.getByRole("button", { name: "{1 key}" })).toHaveAttribute("aria-expanded", "false");
    await inspector(page).getByRole("tab", { name: /Inputs/ }).click();

    const total = await live.addSpans();
    expect(total).toBe(120);
    await expect(page.getByText("Span (121 shown)")).toBeVisible({ timeout: 30_000 });
    expect(await waterfall.evaluate((element) => element.scrollTop)).toBe(20 * 28 + 7);
    await expect(row(page, target)).toHaveAttribute("data-selected", "true");
    await expect(inspector(page)).toHaveAttribute("data-span-id", target);
    await expect(inputs.getByRole("button", { name: "{1 key}" })).toHaveAttribute("aria-expanded", "false");
    await expect(page).toHaveURL(new RegExp(`span=${target}`));
  } finally {
    live.stop();
  }
});

test("HTML and script tags in span contents show as text, links stay safe and a 10 MB string is folded", async ({ page, request }) => {
  const logged = await logUntrustedTrace();
  await expect.poll(async () => (await request.get(`/api/traces/${logged.trace_id}/skeleton`)).status(), { timeout: 30_000 }).toBe(200);
  const skeleton = await skeletonOf(request, logged.trace_id);
  const [llm] = spanIdsNamed(skeleton, "hostile_llm");
  const [huge] = spanIdsNamed(skeleton, "huge_output");
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  await page.goto(`/experiments/${logged.experiment_id}/traces/${logged.trace_id}?span=${llm}`);
  const panel = inspector(page);
  const assistant = panel.getByTestId("span-outputs").locator('[data-testid="chat-message"][data-role="assistant"]');
  await expect(assistant).toContainText('<img src=x onerror="window.__pwned = 1"> <script>window.__pwned = 2</script>');
  await expect(panel.getByTestId("span-inputs")).toContainText("<script>window.__pwned = 2</script>");
  // Markdown is rendered, as elements: bold text, a safe link, and the javascript: link as plain text.
  await expect(assistant.locator("strong")).toHaveText("bold");
  const good = assistant.getByRole("link", { name: "a good link" });
  await expect(good).toHaveAttribute("href", "https://example.com/docs");
  await expect(good).toHaveAttribute("rel", "noopener noreferrer nofollow");
  await expect(good).toHaveAttribute("target", "_blank");
  await expect(assistant.getByRole("link", { name: "a bad link" })).toHaveCount(0);
  await expect(assistant).toContainText("a bad link");
  await expect(page.locator('img[src="x"], main script')).toHaveCount(0);

  await row(page, huge).click();
  const outputs = inspector(page).getByTestId("span-outputs");
  await expect(outputs.getByRole("button", { name: /Show more/ })).toBeVisible();
  await expect(outputs).toContainText("<b>xxxx");
  const shownChars = await outputs.evaluate((element) => element.textContent?.length ?? 0);
  expect(shownChars).toBeLessThan(5_000);
  await outputs.getByRole("button", { name: /Show more/ }).click();
  const afterMore = await outputs.evaluate((element) => element.textContent?.length ?? 0);
  expect(afterMore).toBeGreaterThan(100_000);
  expect(afterMore).toBeLessThan(250_000);
  // Big strings offer steps, not "show all".
  await expect(outputs.getByRole("button", { name: "Show all" })).toHaveCount(0);

  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
