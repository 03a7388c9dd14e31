// The dashboard's production server for scripts: builds it when the sources are newer than the last
// build, and starts `next start` on loopback against a tracking server, waiting until it answers.
//
// Used as a module by demo.mjs and the benchmark harness (scripts/bench/run.mjs).
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { ROOT, SetupError } from "./mlflow.mjs";

export const NEXT = path.join(ROOT, "node_modules", ".bin", "next");
const SOURCES = ["app", "components", "lib", "public", "next.config.ts", "package-lock.json"];

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(target).map((entry) => newestMtime(path.join(target, entry))));
}

/** True when .next holds a build newer than every source file. */
export function buildIsFresh() {
  const buildId = path.join(ROOT, ".next", "BUILD_ID");
  return existsSync(buildId) && statSync(buildId).mtimeMs > Math.max(...SOURCES.map((entry) => newestMtime(path.join(ROOT, entry))));
}

/**
 * Builds the production bundle unless the last build is newer than every source file. Resolves
 * to true when it built. The build's output goes to stderr.
 */
export async function buildIfStale({ label = "app" } = {}) {
  if (!existsSync(NEXT)) throw new SetupError("npm packages are missing: run `npm install` first.");
  if (buildIsFresh()) return false;
  process.stderr.write(`[${label}] building the dashboard (about a minute on 2 cores) ...\n`);
  const code = await new Promise((resolve) => {
    const build = spawn(NEXT, ["build"], { cwd: ROOT, stdio: ["ignore", 2, 2], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    build.on("exit", (status) => resolve(status));
    build.on("error", () => resolve(1));
  });
  if (code !== 0) throw new SetupError("The dashboard build failed (output above).");
  return true;
}

/**
 * Starts `next start` on 127.0.0.1:<port> in its own process group against the tracking server at
 * `trackingUri`, and waits until GET /api/server answers. Returns its URL and stop().
 */
export async function startNextApp({ port, trackingUri, timeoutMs = 60_000, stdio = "ignore" }) {
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) throw new SetupError("No production build: run `npx next build` first.");
  const child = spawn(NEXT, ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...process.env, MLFLOW_TRACKING_URI: trackingUri, NEXT_TELEMETRY_DISABLED: "1" },
    stdio,
    detached: true,
  });
  const kill = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  const onExit = () => kill("SIGKILL");
  process.on("exit", onExit);
  const stop = async () => {
    process.off("exit", onExit);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    }
    kill("SIGKILL");
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${url}/api/server`, { signal: AbortSignal.timeout(2000) })).ok) return { url, port, pid: child.pid, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new SetupError(`next start did not answer ${url}/api/server within ${timeoutMs / 1000} s.`);
}
