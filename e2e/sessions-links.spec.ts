import { expect, test } from "@playwright/test";
import { seed } from "./support/seed";
import { experimentPath, sessionPath, userPath } from "./support/sessions";

// The session and user links of the trace list and the trace view land on the right pages.

const newestWithSession = () =>
  [...seed().traces].sort((a, b) => b.request_time_ms - a.request_time_ms).find((trace) => trace.session !== null && trace.user !== null && trace.status === "OK")!;

test("from a row of the trace list to its session and to its user", async ({ page }) => {
  const trace = newestWithSession();
  await page.goto(`${experimentPath()}/traces`);
  const row = page.locator(`[data-testid="trace-row"][data-trace-id="${trace.trace_id}"]`);
  await row.getByRole("link", { name: trace.session!, exact: true }).click();
  await expect(page).toHaveURL(sessionPath(trace.session!));
  await expect(page.getByTestId("session-id")).toHaveText(trace.session!);
  await expect(page.locator(`[data-testid="conversation-turn"][data-trace-id="${trace.trace_id}"]`)).toBeVisible();

  await page.goto(`${experimentPath()}/traces`);
  await row.getByRole("link", { name: trace.user!, exact: true }).click();
  await expect(page).toHaveURL(userPath(trace.user!));
  await expect(page.getByTestId("user-id")).toHaveText(trace.user!);
});

test("from the trace view's header to its session and to its user", async ({ page }) => {
  const trace = newestWithSession();
  await page.goto(`${experimentPath()}/traces/${trace.trace_id}`);
  await page.getByTestId("trace-header").getByRole("link", { name: trace.session!, exact: true }).click();
  await expect(page).toHaveURL(sessionPath(trace.session!));
  await expect(page.getByTestId("session-turn-count")).toHaveText(String(seed().sessions.find((s) => s.id === trace.session)!.turns));

  await page.goto(`${experimentPath()}/traces/${trace.trace_id}`);
  await page.getByTestId("trace-header").getByRole("link", { name: trace.user!, exact: true }).click();
  await expect(page).toHaveURL(userPath(trace.user!));
  await expect(page.getByTestId("user-trace-count")).toHaveText(String(seed().users.find((u) => u.id === trace.user)!.traces));
});
