import { expect, test, type Locator, type Page } from "@playwright/test";
import { seed } from "./support/seed";
import { assistantTextOf, experimentPath, sessionPath, traceOf, userPath } from "./support/sessions";

// The sessions list and one session as a conversation, against the seeded server: every figure
// comes from the generator's manifest.

const sessionRow = (page: Page, sessionId: string) => page.getByTestId("session-row").filter({ has: page.getByRole("link", { name: sessionId, exact: true }) });

async function expectTurns(page: Page, traceIds: string[]) {
  const turns = page.getByTestId("conversation-turn");
  await expect(turns).toHaveCount(traceIds.length);
  for (const [index, traceId] of traceIds.entries()) {
    const turn: Locator = turns.nth(index);
    await expect(turn).toHaveAttribute("data-trace-id", traceId);
    await expect(turn.getByTestId("user-message").getByTestId("message-text")).toHaveText(traceOf(traceId).user_message);
    await expect(turn.getByTestId("assistant-message").getByTestId("message-text")).toHaveText(assistantTextOf(traceId));
  }
}

test("lists every session with its exact number of turns and its user", async ({ page }) => {
  const { sessions } = seed();
  await page.goto(`${experimentPath()}/sessions`);
  await expect(page.getByTestId("sessions-count")).toHaveText(`${sessions.length} sessions`);
  await expect(page.getByTestId("session-row")).toHaveCount(sessions.length);
  for (const session of sessions) {
    const row = sessionRow(page, session.id);
    await expect(row.getByTestId("session-turns-cell")).toHaveText(String(session.turns));
    await expect(row.getByRole("link", { name: session.user, exact: true })).toHaveAttribute("href", userPath(session.user));
  }
  // Most recent activity first: the live session (its turn is still running) leads.
  const live = sessions.find((session) => session.trace_ids_in_order.includes(seed().special.in_progress_trace_id))!;
  await expect(page.getByTestId("session-row").first()).toHaveAttribute("data-session-id", live.id);
  await expect(sessionRow(page, live.id)).toContainText("1 running");
});

test("opening a session from the list shows its turns in order with the user's and the assistant's words", async ({ page }) => {
  const withGap = seed().sessions.find((session) => session.has_idle_gap && session.turns >= 3)!;
  await page.goto(`${experimentPath()}/sessions`);
  await sessionRow(page, withGap.id).getByRole("link", { name: withGap.id, exact: true }).click();
  await expect(page).toHaveURL(sessionPath(withGap.id));
  await expect(page.getByTestId("session-id")).toHaveText(withGap.id);
  await expect(page.getByTestId("session-user")).toHaveText(withGap.user);
  await expect(page.getByTestId("session-turn-count")).toHaveText(String(withGap.turns));
  await expectTurns(page, withGap.trace_ids_in_order);
  await expect(page.getByTestId("idle-gap").first()).toBeVisible();
});

test("every session opens with all its turns, texts and idle-gap markers as generated", async ({ page }) => {
  test.slow();
  for (const session of seed().sessions) {
    await page.goto(sessionPath(session.id));
    await expect(page.getByTestId("session-user")).toHaveText(session.user);
    await expectTurns(page, session.trace_ids_in_order);
    if (!session.has_idle_gap) await expect(page.getByTestId("idle-gap")).toHaveCount(0);
    else await expect(page.getByTestId("idle-gap")).not.toHaveCount(0);
  }
});

test("sorts by turns and by errors on the server, and searches by session id", async ({ page }) => {
  const { sessions, traces } = seed();
  await page.goto(`${experimentPath()}/sessions`);
  await page.getByRole("button", { name: "Turns", exact: true }).click();
  await expect(page).toHaveURL(/sort=turns/);
  const byTurns = [...sessions].map((session) => session.turns).sort((a, b) => b - a);
  await expect(page.getByTestId("session-turns-cell")).toHaveText(byTurns.map(String));

  await page.getByRole("button", { name: "Errors", exact: true }).click();
  await expect(page).toHaveURL(/sort=errors/);
  await expect(page.getByRole("region", { name: "Sessions" })).toHaveAttribute("aria-busy", "false");
  const errorsBySession = new Map(sessions.map((session) => [session.id, traces.filter((t) => t.session === session.id && t.status === "ERROR").length]));
  const mostErrors = Math.max(...errorsBySession.values());
  const firstId = await page.getByTestId("session-row").first().getAttribute("data-session-id");
  expect(errorsBySession.get(firstId!)).toBe(mostErrors);

  const target = sessions[3];
  const part = target.id.slice(-6).toUpperCase();
  await page.getByLabel("Search by session id").fill(part);
  await page.getByLabel("Search by session id").press("Enter");
  await expect(page).toHaveURL(new RegExp(`q=${part}`));
  const matching = sessions.filter((session) => session.id.toUpperCase().includes(part));
  await expect(page.getByTestId("session-row")).toHaveCount(matching.length);
  await expect(sessionRow(page, target.id).getByTestId("session-turns-cell")).toHaveText(String(target.turns));
});

test("the filter string selects traces: sessions with ERROR turns, counting those turns", async ({ page }) => {
  const { traces } = seed();
  const errorTurns = new Map<string, number>();
  for (const trace of traces) if (trace.session && trace.status === "ERROR") errorTurns.set(trace.session, (errorTurns.get(trace.session) ?? 0) + 1);
  await page.goto(`${experimentPath()}/sessions`);
  const filter = page.getByTestId("trace-filter-input");
  await filter.fill("trace.status = 'ERROR'");
  await filter.press("Enter");
  await expect(page).toHaveURL(/filter=trace.status/);
  await expect(page.getByTestId("session-row")).toHaveCount(errorTurns.size);
  for (const [sessionId, count] of errorTurns) await expect(sessionRow(page, sessionId).getByTestId("session-turns-cell")).toHaveText(String(count));

  // The trace list's checks apply: OR is caught before sending; sent anyway, MLflow's own message shows.
  await filter.fill("trace.status = 'ERROR' OR trace.status = 'OK'");
  await filter.press("Enter");
  await expect(page.getByTestId("trace-filter-diagnostics")).toContainText("OR");
  await page.getByRole("button", { name: "Send it anyway" }).click();
  await expect(page.getByTestId("trace-filter-server-error")).toContainText("Invalid clause(s) in filter string: 'OR'");
});

test("a turn opens its trace beside the conversation, and ← / → move between turns", async ({ page }) => {
  const session = seed().sessions.find((candidate) => candidate.turns >= 3)!;
  const [first, second, third] = session.trace_ids_in_order;
  await page.goto(sessionPath(session.id));
  await page.getByRole("button", { name: "Open the trace of turn 2" }).click();
  await expect(page).toHaveURL(`${sessionPath(session.id)}?turn=${second}`);
  const panel = page.getByTestId("turn-panel");
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText(`Turn 2 of ${session.turns}`);
  // The trace view itself, beside the conversation: its header and its span waterfall.
  await expect(panel.getByTestId("trace-id")).toHaveText(second);
  await expect(panel.getByTestId("trace-name")).toHaveText(traceOf(second).name);
  await expect(panel.getByRole("link", { name: "Open on its own page →" })).toHaveAttribute("href", `${experimentPath()}/traces/${second}`);

  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(`${sessionPath(session.id)}?turn=${third}`);
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText(`Turn 3 of ${session.turns}`);
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(`${sessionPath(session.id)}?turn=${first}`);
  await page.getByRole("button", { name: "Close the trace panel" }).click();
  await expect(page.getByTestId("turn-panel")).toHaveCount(0);
});

test("links to a session and a user land on the right pages (URL-encoded ids)", async ({ page }) => {
  const session = seed().sessions[0];
  await page.goto(sessionPath(session.id));
  await page.getByTestId("session-user").click();
  await expect(page).toHaveURL(userPath(session.user));
  await expect(page.getByTestId("user-id")).toHaveText(session.user);

  await page.goto(sessionPath("no-such-session"));
  await expect(page.getByRole("alert").filter({ hasText: "No such session" })).toContainText("No traces of session “no-such-session”");
});
