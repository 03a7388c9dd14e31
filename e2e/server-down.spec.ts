import { expect, test } from "@playwright/test";
import { startMlflowAgain, stopMlflow } from "./support/mlflow-control";
import { seed, trackingUri } from "./support/seed";

test.afterAll(async () => {
  await startMlflowAgain();
});

test("with the tracking server stopped, the page says so naming the server, and recovers when it returns", async ({ page, request }) => {
  test.setTimeout(180_000);
  await stopMlflow();

  const apiReply = await request.get("/api/experiments");
  expect(apiReply.status()).toBe(502);
  const body = await apiReply.json();
  expect(body.error.code).toBe("UNAVAILABLE");
  expect(body.error.message).toContain(trackingUri());

  await page.goto("/");
  // Next's route announcer is an (empty) alert too; ours is the one with the message.
  const alert = page.getByRole("alert").filter({ hasText: "Could not load the experiments" });
  await expect(alert).toContainText("Could not load the experiments", { timeout: 30_000 });
  await expect(alert).toContainText(`The MLflow tracking server at ${trackingUri()} is not reachable`);
  await expect(page.getByTestId("server-status")).toHaveAttribute("data-state", "unreachable");

  await startMlflowAgain();
  // No reload: the page keeps retrying on its own.
  await expect(page.getByRole("link", { name: seed().experiment_name })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("Could not load the experiments")).toHaveCount(0);
  await expect(page.getByTestId("server-status")).toHaveAttribute("data-state", "connected", { timeout: 30_000 });
});
