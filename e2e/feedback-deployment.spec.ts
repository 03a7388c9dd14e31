import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { expect, test } from "@playwright/test";
import { assessmentsBy, removeTestAssessments, reviewUrl, testIdentity, writableTraceIds } from "./support/assessments";

// Deployment settings, on a second dashboard started for this file: an SSO proxy's trusted header
// names the annotator (ANNOTATOR_HEADER), votes use another name (FEEDBACK_NAME), and the feedback
// API for applications is off (no FEEDBACK_API_TOKEN).

let server: ChildProcess | null = null;
let base = "";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });
}

test.beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn("node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, ANNOTATOR_HEADER: "X-Forwarded-Email", FEEDBACK_NAME: "e2e_thumbs", FEEDBACK_API_TOKEN: "", NEXT_TELEMETRY_DISABLED: "1" },
    detached: true,
    stdio: "ignore",
  });
  for (let waited = 0; waited < 30_000; waited += 250) {
    if (await fetch(`${base}/api/server`).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("the second dashboard did not start");
});

test.afterAll(async () => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
  await removeTestAssessments(writableTraceIds());
});

test("the sign-in proxy's header names the annotator, who cannot change it; votes use FEEDBACK_NAME", async ({ browser, request }) => {
  const email = `${testIdentity("sso")}@example.com`;
  const traceId = writableTraceIds()[0];
  const signedIn = { "X-Forwarded-Email": email, "X-Dashboard-Request": "1" };

  expect(await (await request.get(`${base}/api/annotator`, { headers: signedIn })).json()).toEqual({
    annotator: { id: email, fromTrustedHeader: true },
    trustedHeader: "X-Forwarded-Email",
    feedbackName: "e2e_thumbs",
  });
  const rename = await request.post(`${base}/api/annotator`, { headers: signedIn, data: { name: "someone-else" } });
  expect(rename.status()).toBe(409);
  expect((await rename.json()).error.message).toBe("Your identity comes from your sign-in (header X-Forwarded-Email) and cannot be changed here.");
  // A cookie is no way around the proxy.
  const noHeader = await request.put(`${base}/api/traces/${traceId}/vote`, { headers: { "X-Dashboard-Request": "1", Cookie: "annotator=e2e-cookie-user" }, data: { value: true } });
  expect(noHeader.status()).toBe(401);
  expect((await noHeader.json()).error.code).toBe("ANNOTATOR_REQUIRED");

  const context = await browser.newContext({ baseURL: base, extraHTTPHeaders: { "X-Forwarded-Email": email } });
  const page = await context.newPage();
  await page.goto(reviewUrl([traceId]));
  const badge = page.getByTestId("annotator-badge");
  await expect(badge).toHaveAttribute("data-annotator", email);
  await expect(badge.getByRole("button")).toHaveCount(0);
  await page.getByRole("button", { name: "Thumbs up and next" }).click();
  await expect.poll(async () => (await assessmentsBy(traceId, email)).map((a) => [a.assessment_name, a.feedback?.value])).toEqual([["e2e_thumbs", true]]);
  await context.close();
});

test("without FEEDBACK_API_TOKEN the feedback API for applications is off (503) and says so", async ({ request }) => {
  const reply = await request.post(`${base}/api/feedback`, { headers: { Authorization: "Bearer anything" }, data: { trace_id: writableTraceIds()[0], value: true } });
  expect(reply.status()).toBe(503);
  expect((await reply.json()).error).toEqual({ code: "FEEDBACK_API_DISABLED", message: "The feedback API is switched off: this deployment has not set FEEDBACK_API_TOKEN on the dashboard's server." });
});
