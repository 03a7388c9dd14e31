import { expect, test } from "@playwright/test";
import { seed } from "./support/seed";
import { deleteTraces, listPath, logTrace, rowIds } from "./support/trace-list";

// Paging is pinned to the moment the search started: traces logged meanwhile, whether new or late
// (request time in the past, at the very instant of a row already shown), never repeat or skip a row.

const logged: string[] = [];
test.afterEach(async () => {
  // Leave the seeded experiment as the other specs expect it.
  await deleteTraces(seed().experiment_id, logged.splice(0));
});

test("paging visits each trace exactly once while traces keep arriving", async ({ page }) => {
  const manifest = seed();
  await page.goto(listPath({ size: 20, refresh: 10 }));
  await expect(page.getByTestId("trace-list-range")).toHaveText(`1–20 of ${manifest.counts.traces}`);

  const visited: string[] = [];
  for (let pageNumber = 1; ; pageNumber++) {
    await expect(page.getByTestId("trace-list-page")).toHaveText(`Page ${pageNumber}`);
    await expect(page.getByTestId("trace-table")).toHaveAttribute("aria-busy", "false");
    const ids = await rowIds(page);
    visited.push(...ids);
    // Between page turns: a brand-new trace, and a late one at the request time of the last row shown.
    const last = manifest.traces.find((trace) => trace.trace_id === ids.at(-1))!;
    logged.push(await logTrace(manifest.experiment_id, Date.now(), `new-${pageNumber}`));
    logged.push(await logTrace(manifest.experiment_id, last.request_time_ms, `late-${pageNumber}`));
    const next = page.getByRole("button", { name: "Next ›" });
    if (await next.isDisabled()) break;
    await next.click();
    await expect(page.getByTestId("trace-list-page")).toHaveText(`Page ${pageNumber + 1}`);
  }

  expect(new Set(visited).size).toBe(visited.length);
  expect(visited.filter((id) => !logged.includes(id)).sort()).toEqual(manifest.traces.map((trace) => trace.trace_id).sort());
  // The page count was pinned too: still the seeded total.
  await expect(page.getByTestId("trace-list-range")).toContainText(`of ${manifest.counts.traces}`);

  // The new traces are announced, and shown on request.
  const notice = page.getByRole("status").filter({ hasText: "new traces since this search started" });
  await expect(notice).toContainText(/^\d+ new traces/, { timeout: 20_000 });
  const announced = Number(/^(\d+)/.exec((await notice.textContent()) ?? "")![1]);
  expect(announced).toBeGreaterThanOrEqual(1);
  await notice.getByRole("button", { name: "Show them" }).click();
  await expect(page.getByTestId("trace-list-page")).toHaveText("Page 1");
  const newest = await rowIds(page);
  expect(logged.filter((id) => newest.slice(0, announced).includes(id))).toHaveLength(announced);
});

test("auto-refresh keeps the rows where they are", async ({ page }) => {
  const manifest = seed();
  await page.goto(listPath({ size: 20, refresh: 10 }));
  const before = await rowIds(page);
  logged.push(await logTrace(manifest.experiment_id, Date.now(), "refresh"));
  const notice = page.getByRole("status").filter({ hasText: "since this search started" });
  await expect(notice).toContainText("1 new trace", { timeout: 20_000 });
  expect(await rowIds(page)).toEqual(before);
});
