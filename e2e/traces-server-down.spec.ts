import { expect, test } from "@playwright/test";
import { startMlflowAgain, stopMlflow } from "./support/mlflow-control";
import { seed, trackingUri } from "./support/seed";
import { listPath } from "./support/trace-list";

test.afterAll(async () => {
  await startMlflowAgain();
});

test("with the tracking server stopped, the trace list says so and recovers by itself", async ({ page }) => {
  test.setTimeout(180_000);
  await stopMlflow();
  await page.goto(listPath({ filter: "trace.status = 'ERROR'" }));
  const alert = page.getByRole("alert").filter({ hasText: "Could not load the traces" });
  await expect(alert).toContainText(`The MLflow tracking server at ${trackingUri()} is not reachable`, { timeout: 30_000 });
  // The search itself is kept.
  await expect(page.getByTestId("trace-filter-input")).toHaveValue("trace.status = 'ERROR'");

  await startMlflowAgain();
  await expect(page.getByTestId("trace-row")).toHaveCount(seed().counts.by_status.ERROR, { timeout: 30_000 });
  await expect(alert).toHaveCount(0);
});
