import { expect, test, type Page } from "@playwright/test";
import { seed } from "./support/seed";
import { experimentPath, sessionPath, userPath } from "./support/sessions";

// The users list and a user's page, with the exact figures of the generator's manifest.

const userRow = (page: Page, userId: string) => page.getByTestId("user-row").filter({ has: page.getByRole("link", { name: userId, exact: true }) });

test("lists every user with their exact sessions and traces", async ({ page }) => {
  const { users } = seed();
  await page.goto(`${experimentPath()}/users`);
  await expect(page.getByTestId("users-count")).toHaveText(`${users.length} users`);
  await expect(page.getByTestId("user-row")).toHaveCount(users.length);
  for (const user of users) {
    const row = userRow(page, user.id);
    await expect(row.getByTestId("user-sessions-cell")).toHaveText(String(user.sessions.length));
    await expect(row.getByTestId("user-traces-cell")).toHaveText(String(user.traces));
  }
  await page.getByRole("button", { name: "Traces", exact: true }).click();
  await expect(page).toHaveURL(/sort=traces/);
  await expect(page.getByTestId("user-traces-cell")).toHaveText(users.map((user) => user.traces).sort((a, b) => b - a).map(String));
});

test("a user's page lists exactly that user's sessions, and links to their traces", async ({ page }) => {
  test.slow();
  for (const user of seed().users) {
    await page.goto(userPath(user.id));
    await expect(page.getByTestId("user-trace-count")).toHaveText(String(user.traces));
    await expect(page.getByTestId("user-session-count")).toHaveText(String(user.sessions.length));
    await expect(page.getByTestId("session-row")).toHaveCount(user.sessions.length);
    const listed = await page.getByTestId("session-row").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-session-id")));
    expect(listed.sort()).toEqual([...user.sessions].sort());
    // The user's latest traces, in the trace list's own table: theirs only, newest first.
    const expected = seed()
      .traces.filter((trace) => trace.user === user.id)
      .sort((a, b) => b.request_time_ms - a.request_time_ms)
      .slice(0, 25)
      .map((trace) => trace.trace_id);
    await expect(page.getByTestId("trace-row")).toHaveCount(expected.length);
    expect(await page.getByTestId("trace-row").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-trace-id")))).toEqual(expected);
    const href = await page.getByTestId("user-traces-link").getAttribute("href");
    const url = new URL(href!, "http://x");
    expect(url.pathname).toBe(`${experimentPath()}/traces`);
    expect(url.searchParams.get("filter")).toBe(`metadata.\`mlflow.trace.user\` = '${user.id}'`);
  }
});

test("from the users list to a user, and on to one of their sessions", async ({ page }) => {
  const user = seed().users[0];
  const sessionId = user.sessions[0];
  await page.goto(`${experimentPath()}/users`);
  await userRow(page, user.id).getByRole("link", { name: user.id, exact: true }).click();
  await expect(page).toHaveURL(userPath(user.id));
  await page.getByTestId("session-row").getByRole("link", { name: sessionId, exact: true }).click();
  await expect(page).toHaveURL(sessionPath(sessionId));
  await expect(page.getByTestId("session-user")).toHaveText(user.id);
});
