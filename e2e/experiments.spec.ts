import { expect, test } from "@playwright/test";
import { seed, trackingUri } from "./support/seed";

test("lists the seeded experiment with its id and a link, and names the connected server", async ({ page }) => {
  const manifest = seed();
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Experiments" })).toBeVisible();
  const status = page.getByTestId("server-status");
  await expect(status).toHaveAttribute("data-state", "connected");
  await expect(status).toContainText(trackingUri());
  await expect(status).toContainText("MLflow 3.18.0");

  const table = page.getByRole("table", { name: "Experiments" });
  const row = table.getByRole("row").filter({ hasText: manifest.experiment_name });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(manifest.experiment_id);
  await expect(row.getByRole("link", { name: manifest.experiment_name })).toHaveAttribute("href", `/experiments/${manifest.experiment_id}/traces`);
});

test("searching by name keeps the search in the URL", async ({ page }) => {
  const manifest = seed();
  await page.goto("/");
  await page.getByLabel("Search by name").fill("no-such-experiment-xyz");
  await page.getByLabel("Search by name").press("Enter");
  await expect(page).toHaveURL(/\?q=no-such-experiment-xyz/);
  await expect(page.getByText("No experiment matches")).toBeVisible();

  await page.goto(`/?q=${encodeURIComponent(manifest.experiment_name.slice(0, 4))}`);
  await expect(page.getByRole("link", { name: manifest.experiment_name })).toBeVisible();
});
