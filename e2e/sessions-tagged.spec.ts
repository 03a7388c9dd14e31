import { expect, test } from "@playwright/test";
import { seed } from "./support/seed";
import { experimentPath, sessionPath, setTraceTag } from "./support/sessions";

// Some apps name the session with a tag instead of metadata. A trace without session metadata gets
// such a tag here (an id with a space, a slash, a quote and non-ASCII), and loses it afterwards.

const SESSION_ID = "chat #7/ü 'x'";

test("a session named by a tag of the same name is listed and opens under its URL-encoded id", async ({ page, request }) => {
  const { traces, sessions } = seed();
  const loose = traces.find((trace) => trace.session === null && trace.user !== null && trace.status === "OK")!;
  await setTraceTag(request, loose.trace_id, "mlflow.trace.session", SESSION_ID);
  try {
    await page.goto(`${experimentPath()}/sessions`);
    await expect(page.getByTestId("session-row")).toHaveCount(sessions.length + 1);
    const link = page.getByRole("link", { name: SESSION_ID, exact: true });
    await expect(link).toHaveAttribute("href", sessionPath(SESSION_ID));
    await link.click();
    await expect(page.getByTestId("session-id")).toHaveText(SESSION_ID);
    await expect(page.getByTestId("session-user")).toHaveText(loose.user!);
    await expect(page.getByTestId("conversation-turn")).toHaveCount(1);
    await expect(page.getByTestId("user-message").getByTestId("message-text")).toHaveText(loose.user_message);
  } finally {
    await setTraceTag(request, loose.trace_id, "mlflow.trace.session", null);
  }
});
