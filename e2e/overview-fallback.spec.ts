import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { expect, test } from "@playwright/test";
import { downloadCsv, overviewUrl } from "./support/overview";
import { seed } from "./support/seed";

// A tracking server without `traces/metrics` (MLflow before 3.9): a second dashboard server runs
// with DASHBOARD_METRICS_FALLBACK=force, so every metrics call fails as "not implemented" and the
// overview aggregates trace search results instead. The seeded experiment is far below the cap,
// so the figures are still exact.

let server: ChildProcess | null = null;
let baseUrl = "";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

test.beforeAll(async () => {
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  server = spawn("node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, DASHBOARD_METRICS_FALLBACK: "force", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
    detached: true,
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const ready = await fetch(`${baseUrl}/api/server`).then((response) => response.ok, () => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("The second dashboard server did not start within 60 s");
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
});

test("without the metrics endpoint, the overview says so and still shows the manifest's figures", async ({ page }) => {
  const manifest = seed();
  await page.goto(baseUrl + overviewUrl(manifest.experiment_id));
  const notice = page.getByTestId("overview-source-notice");
  await expect(notice).toContainText("The tracking server has no trace metrics endpoint");
  await expect(notice).toContainText(`all ${manifest.counts.traces} traces of the range (up to 5,000 are read)`);
  await expect(page.getByTestId("summary-traces-value")).toHaveAttribute("data-value", String(manifest.counts.traces));
  await expect(page.getByTestId("summary-tokens-value")).toHaveText(manifest.counts.tokens.total.toLocaleString("en"));
  await expect(page.getByText(`${manifest.counts.by_status.ERROR} errors`)).toBeVisible();

  const volume = await downloadCsv(page, "chart-volume");
  expect(Object.fromEntries(volume.filter((row) => Number(row.traces) > 0).map((row) => [row.bucket_start_utc.slice(0, 10), Number(row.traces)]))).toEqual(manifest.counts.by_day_utc);

  // Feedback sources are exact here: every assessment names its source.
  await expect(page.getByTestId("feedback-table").getByRole("row", { name: /user_feedback/ })).toContainText("human");
  await expect(page.getByTestId("overview-breakdown-row").first()).toBeVisible();
  const rows = page.getByTestId("overview-breakdown-row");
  const byName: Record<string, number> = {};
  for (const row of await rows.all()) byName[(await row.getAttribute("data-value"))!] = Number(await row.getAttribute("data-count"));
  expect(byName).toEqual(manifest.counts.by_name);
});

test("the fallback's API answer is labelled with its source and cap", async ({ request }) => {
  const manifest = seed();
  const reply = await request.get(`${baseUrl}/api/experiments/${manifest.experiment_id}/overview?range=30d`);
  expect(reply.status()).toBe(200);
  const body = await reply.json();
  expect(body.source).toMatchObject({ kind: "search", cap: 5000, scanned: manifest.counts.traces, truncated: false });
});
