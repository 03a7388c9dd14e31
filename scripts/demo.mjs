#!/usr/bin/env node
// The dashboard on the embedded default: a local MLflow server with demo data, and the dashboard
// at http://localhost:3000. Data persists in .data/demo between runs; Ctrl-C stops everything.
//
//   node scripts/demo.mjs        (scripts/demo.sh installs npm packages first)
//
// Environment: PORT (dashboard, 3000), MLFLOW_PORT (5000, or a free port when taken),
// MLFLOW_BACKEND_STORE_URI (e.g. postgresql://postgres@127.0.0.1:5432/mlflow_demo).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { ROOT, SetupError, ensureVenv, exitOnSetupError, freePort, portIsFree, startMlflow } from "./mlflow.mjs";
import { seedServer } from "./with-mlflow.mjs";

const DATA_DIR = path.join(ROOT, ".data", "demo");
const NEXT = path.join(ROOT, "node_modules", ".bin", "next");

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(target).map((entry) => newestMtime(path.join(target, entry))));
}

/** Builds the production bundle unless the last build is newer than every source file. */
function buildIfStale() {
  const buildId = path.join(ROOT, ".next", "BUILD_ID");
  const sources = ["app", "components", "lib", "public", "next.config.ts", "package-lock.json"].map((entry) => newestMtime(path.join(ROOT, entry)));
  if (existsSync(buildId) && statSync(buildId).mtimeMs > Math.max(...sources)) return;
  process.stderr.write("[demo] building the dashboard (about 20 s) ...\n");
  const build = spawnSync(NEXT, ["build"], { cwd: ROOT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) throw new SetupError("The dashboard build failed (output above).");
}

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
    buildIfStale();
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
