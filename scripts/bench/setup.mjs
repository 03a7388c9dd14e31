// Everything the benchmark needs before the first sample: the pinned MLflow server on a persistent
// store under .data/bench/ (SQLite, or PostgreSQL on 127.0.0.1:5432), the seeded data sets
// (scripts/bench/bulk_seed.py, cached in that store), and our production build on `next start`.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ROOT, SetupError, VENV_PYTHON, ensureVenv, freePort, startMlflow } from "../mlflow.mjs";
import { buildIfStale, startNextApp } from "../next-app.mjs";
import { searchTraces } from "./rest.mjs";

export const BENCH_DIR = path.join(ROOT, ".data", "bench");
const POSTGRES_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres";
const POSTGRES_DB = "mlflow_bench";

const log = (message) => process.stderr.write(`[bench] ${message}\n`);

/** Creates the mlflow_bench database when it is missing (through the venv's psycopg). */
function ensurePostgresDatabase() {
  const script = `
import psycopg
with psycopg.connect(${JSON.stringify(POSTGRES_ADMIN)}, autocommit=True, connect_timeout=5) as conn:
    if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (${JSON.stringify(POSTGRES_DB)},)).fetchone() is None:
        conn.execute("CREATE DATABASE ${POSTGRES_DB}")
        print("created")
`;
  const result = spawnSync(VENV_PYTHON, ["-c", script], { encoding: "utf8" });
  if (result.status !== 0) {
    throw new SetupError(`Could not reach PostgreSQL at 127.0.0.1:5432 as user postgres (trust auth) to create ${POSTGRES_DB}:\n${result.stderr.trim().split("\n").at(-1)}`);
  }
  if (result.stdout.includes("created")) log(`created the PostgreSQL database ${POSTGRES_DB}`);
}

/** Where the tracking server keeps its data for this backend. */
export function backendStore(backend) {
  const dataDir = path.join(BENCH_DIR, backend);
  if (backend === "sqlite") return { dataDir, storeUri: `sqlite:///${path.join(dataDir, "mlflow.db")}` };
  if (backend === "postgres") return { dataDir, storeUri: `postgresql://postgres@127.0.0.1:5432/${POSTGRES_DB}` };
  throw new SetupError(`Unknown backend ${backend}: use sqlite or postgres.`);
}

/**
 * The pinned MLflow server on a free port. restart() stops it and starts it again on the same port
 * and store: the way to drop work a UI left running on the server (e.g. a full-text count).
 */
export async function startTrackingServer(backend) {
  const postgres = backend === "postgres";
  ensureVenv({ postgres });
  if (postgres) ensurePostgresDatabase();
  const { dataDir, storeUri } = backendStore(backend);
  mkdirSync(dataDir, { recursive: true });
  const port = await freePort();
  const started = Date.now();
  let server = await startMlflow({ port, dataDir, backendStoreUri: storeUri });
  log(`MLflow ${server.url} up in ${((Date.now() - started) / 1000).toFixed(1)} s (${backend})`);
  return {
    url: server.url,
    storeUri,
    dataDir,
    stop: () => server.stop(),
    async restart() {
      await server.stop();
      server = await startMlflow({ port, dataDir, backendStoreUri: storeUri });
    },
  };
}

/** Seeds (or finds cached) data sets and returns the seeder's manifest and its wall time. */
export function seed(server, datasets) {
  const manifestPath = path.join(server.dataDir, "manifest.json");
  const args = [path.join(ROOT, "scripts", "bench", "bulk_seed.py"), "--tracking-uri", server.url, "--backend-store-uri", server.storeUri, "--out", manifestPath];
  for (const dataset of datasets) args.push("--dataset", dataset);
  log(`seeding ${datasets.join(", ")} (cached data sets are reused)`);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    // The seeder's progress goes to stderr, so stdout keeps only the results table.
    const child = spawn(VENV_PYTHON, args, { cwd: ROOT, stdio: ["ignore", 2, 2], env: { ...process.env, PYTHONHASHSEED: "0" } });
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new SetupError(`The bulk seeder failed (exit ${code}); its output is above.`));
      const seconds = (Date.now() - started) / 1000;
      log(`data sets ready in ${seconds.toFixed(1)} s`);
      resolve({ manifest: JSON.parse(readFileSync(manifestPath, "utf8")), seconds });
    });
  });
}

/** Builds the dashboard when its sources are newer than the last build; resolves to the seconds spent. */
export async function build() {
  const started = Date.now();
  const built = await buildIfStale({ label: "bench" });
  const seconds = (Date.now() - started) / 1000;
  if (built) log(`built the dashboard in ${seconds.toFixed(0)} s`);
  return built ? seconds : 0;
}

/**
 * Loads each page of an experiment once, untimed, so that the Node server has the modules of
 * every route loaded before anything is measured (the MLflow server is warmed by the floors).
 */
export async function primeApp(appUrl, experimentIds, otherPaths = []) {
  const paths = [...experimentIds.flatMap((id) => [`/experiments/${id}/traces`, `/experiments/${id}/sessions`, `/experiments/${id}/overview`, `/api/experiments/${id}/sessions?limit=50`]), ...otherPaths];
  for (const pathname of paths) await fetch(`${appUrl}${pathname}`).then((response) => response.arrayBuffer(), () => null);
}

/** Our pages for one trace of the first session data set (a few spans), or none without one. */
export async function otherSmallTrace(mlflowUrl, manifest, sessionDatasets) {
  const experimentId = manifest.datasets[sessionDatasets[0]]?.experiment_id;
  if (!experimentId) return [];
  const reply = await searchTraces(mlflowUrl, experimentId, { maxResults: 1 }).catch(() => null);
  const traceId = reply?.traces?.[0]?.trace_id;
  return traceId ? [`/experiments/${experimentId}/traces/${traceId}`, `/api/traces/${traceId}/skeleton`] : [];
}

/**
 * Our production build on a free port against `trackingUri`. restart(primePaths) starts it again
 * on the same port with empty caches, then loads each of `primePaths` once (untimed) so Node has
 * the routes' modules loaded before anything is measured.
 */
export async function startApp(trackingUri) {
  const port = await freePort();
  let app = await startNextApp({ port, trackingUri });
  log(`dashboard ${app.url} up`);
  return {
    url: app.url,
    stop: () => app.stop(),
    async restart(primePaths = []) {
      await app.stop();
      app = await startNextApp({ port, trackingUri });
      for (const pathname of primePaths) await fetch(`${app.url}${pathname}`).then((response) => response.arrayBuffer(), () => null);
    },
  };
}
