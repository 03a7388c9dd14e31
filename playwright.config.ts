import { defineConfig } from "@playwright/test";

// End-to-end tests run against a real, seeded MLflow server that scripts/with-mlflow.mjs starts
// (npm run test:e2e); it hands the server to `next start` through MLFLOW_TRACKING_URI.
if (!process.env.MLFLOW_TRACKING_URI || !process.env.SEED_MANIFEST) {
  throw new Error("Run the end-to-end tests through `npm run test:e2e` (it starts and seeds a real MLflow server).");
}

const PORT = Number(process.env.E2E_PORT || 3100);

// The feedback API for applications is on only with a token; the specs use this one.
process.env.FEEDBACK_API_TOKEN ||= "e2e-feedback-api-token";

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  // One retry on CI absorbs a shared machine's stalls; the summary still reports such a test as flaky.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: "ci-out/playwright.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: "chromium",
    headless: true,
    viewport: { width: 1440, height: 900 },
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  webServer: {
    command: `node_modules/.bin/next start -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/api/server`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: "1" },
  },
});
