#!/usr/bin/env node
// The dashboard on the embedded default: a local MLflow server with demo data, and the dashboard
// at http://localhost:3000. Data persists in .data/demo between runs; Ctrl-C stops everything.
//
//   node scripts/demo.mjs        (scripts/demo.sh installs npm packages first)
//
// Environment: PORT (dashboard, 3000), MLFLOW_PORT (5000, or a free port when taken),
// MLFLOW_BACKEND_STORE_URI (e.g. postgresql://postgres@127.0.0.1:5432/mlflow_demo).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { ROOT, SetupError, ensureVenv, exitOnSetupError, freePort, portIsFree, startMlflow } from "./mlflow.mjs";
import { NEXT, buildIfStale } from "./next-app.mjs";
import { seedServer } from "./with-mlflow.mjs";

const DATA_DIR = path.join(ROOT, ".data", "demo");

async function main() {
  if (!existsSync(NEXT)) throw new SetupError("npm packages are missing: run `npm install` first (scripts/demo.sh does it for you).");
  const backendStoreUri = process.env.MLFLOW_BACKEND_STORE_URI || undefined;
  ensureVenv({ postgres: /^postgres/.test(backendStoreUri ?? "") });
  const dashboardPort = Number(process.env.PORT || 3000);
  if (!(await portIsFree(dashboardPort))) throw new SetupError(`Port ${dashboardPort} is in use. Stop what uses it or set PORT=<another port>.`);

  let mlflowPort = Number(process.env.MLFLOW_PORT || 5000);
  if (!(await portIsFree(mlflowPort))) {
    const taken = mlflowPort;
    mlflowPort = await freePort();
    process.stderr.write(`[demo] port ${taken} is taken; the demo MLflow server uses ${mlflowPort} instead\n`);
  }
  process.stderr.write("[demo] starting MLflow ...\n");
  const mlflow = await startMlflow({ port: mlflowPort, dataDir: DATA_DIR, backendStoreUri });
  let dashboard = null;
  const shutdown = async (code) => {
    dashboard?.kill("SIGTERM");
    await mlflow.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  try {
    await seedServer(mlflow.url, path.join(DATA_DIR, "manifest.json"));
    await buildIfStale({ label: "demo" });
  } catch (error) {
    await mlflow.stop();
    throw error;
  }
  dashboard = spawn(NEXT, ["start", "-p", String(dashboardPort), "-H", "127.0.0.1"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, MLFLOW_TRACKING_URI: mlflow.url, NEXT_TELEMETRY_DISABLED: "1" },
  });
  dashboard.on("exit", (code) => void shutdown(code ?? 0));
  process.stderr.write(
    `\n  Dashboard:  http://localhost:${dashboardPort}\n  MLflow:     ${mlflow.url} (its own UI, same data)\n  Stop:       Ctrl-C\n\n`,
  );
}

main().catch(exitOnSetupError);
