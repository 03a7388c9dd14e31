#!/usr/bin/env node
// The embedded tracking server: a project-local virtualenv with the pinned MLflow, and a launcher
// that starts `mlflow server` on loopback, waits for /health and stops the whole process group.
//
//   node scripts/mlflow.mjs [--port 5000] [--data-dir .data/mlflow] [--backend-store-uri URI] [--install-only]
//
// Used as a module by demo.mjs, with-mlflow.mjs and record-fixtures.mjs.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const VENV = path.join(ROOT, ".venv");
export const VENV_PYTHON = path.join(VENV, "bin", "python");
const REQUIREMENTS = path.join(ROOT, "scripts", "requirements.txt");
const FALLBACK_DEPS = path.join(ROOT, "scripts", "mlflow-deps.txt");
const STAMP = path.join(VENV, ".installed-requirements");
// SQLAlchemy 2.1 (what MLflow 3.18 installs) uses psycopg 3 for postgresql:// URIs.
const POSTGRES_DRIVER = "psycopg[binary]==3.3.9";

export class SetupError extends Error {}

function log(message) {
  process.stderr.write(`[mlflow] ${message}\n`);
}

/** The first python3 on PATH (or $PYTHON), refused with a clear message when older than 3.10. */
export function findPython() {
  const python = process.env.PYTHON || "python3";
  const probe = spawnSync(python, ["-c", "import sys; print('%d.%d' % sys.version_info[:2])"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    throw new SetupError(
      `Python 3.10 or newer is needed to run the MLflow tracking server, but "${python}" was not found. ` +
        "Install Python 3.10+ (on Debian/Ubuntu: apt-get install python3 python3-venv) or set PYTHON=/path/to/python3.",
    );
  }
  const [major, minor] = probe.stdout.trim().split(".").map(Number);
  if (major < 3 || (major === 3 && minor < 10)) {
    throw new SetupError(
      `Python ${major}.${minor} was found at "${python}", but MLflow 3.18 needs Python 3.10 or newer. ` +
        "Install a newer Python and set PYTHON=/path/to/python3.",
    );
  }
  return python;
}

/** Runs pip with its output shown, and turns an unreachable package index into a clear error. */
function pip(args, what) {
  log(`installing ${what} (progress below; later runs reuse the pip cache) ...`);
  const result = spawnSync(VENV_PYTHON, ["-m", "pip", "install", "--disable-pip-version-check", "--progress-bar", "on", "--retries", "2", "--timeout", "60", ...args], {
    encoding: "utf8",
    stdio: ["ignore", "inherit", "pipe"],
  });
  const stderr = result.stderr ?? "";
  if (result.status === 0) return { ok: true, stderr };
  process.stderr.write(stderr);
  return { ok: false, stderr };
}

export function indexUnreachable(stderr) {
  return /NewConnectionError|Temporary failure in name resolution|Max retries exceeded|ConnectTimeout|Network is unreachable|ProxyError|SSLError/i.test(
    stderr,
  );
}

function requirementsFingerprint(extra) {
  return createHash("sha256").update(readFileSync(REQUIREMENTS)).update(readFileSync(FALLBACK_DEPS)).update(extra.join(",")).digest("hex");
}

/**
 * Creates .venv and installs the pinned MLflow unless the same requirements are already installed.
 * Quick when nothing changed: it compares a fingerprint and starts no Python.
 */
export function ensureVenv({ postgres = false } = {}) {
  const extra = postgres ? [POSTGRES_DRIVER] : [];
  const fingerprint = requirementsFingerprint(extra);
  const installed = existsSync(STAMP) ? readFileSync(STAMP, "utf8").trim().split("\n") : [];
  if (installed.includes(fingerprint) || (!postgres && installed.includes(requirementsFingerprint([POSTGRES_DRIVER])))) return;

  if (!existsSync(VENV_PYTHON)) {
    const python = findPython();
    log(`creating the project virtualenv in ${path.relative(process.cwd(), VENV) || VENV}`);
    const created = spawnSync(python, ["-m", "venv", VENV], { encoding: "utf8" });
    if (created.status !== 0) {
      throw new SetupError(
        `Could not create a virtualenv with ${python}: ${(created.stderr || "").trim()}\n` +
          "On Debian/Ubuntu install the venv module: apt-get install python3-venv",
      );
    }
  }

  let result = pip(["-r", REQUIREMENTS], "the pinned MLflow server (first time: about a minute)");
  if (!result.ok && /No matching distribution found for mlflow-(skinny|tracing)==/.test(result.stderr)) {
    // The index has the mlflow wheel but not its companion packages at the same version. The mlflow
    // wheel carries the whole `mlflow` package, so install it alone plus its dependencies.
    log("the package index lacks mlflow-skinny/mlflow-tracing at the pinned version; installing the mlflow wheel with its dependencies instead");
    result = pip(["-r", FALLBACK_DEPS], "MLflow's dependencies");
    if (result.ok) result = pip(["--no-deps", "-r", REQUIREMENTS], "the pinned MLflow wheel");
  }
  if (result.ok && extra.length) result = pip(extra, "the PostgreSQL driver");
  if (!result.ok) {
    if (indexUnreachable(result.stderr)) {
      throw new SetupError(
        "Could not reach the Python package index to install the pinned MLflow (scripts/requirements.txt). " +
          "Check the network or set PIP_INDEX_URL to a reachable mirror, then run the command again.",
      );
    }
    throw new SetupError("Installing the pinned MLflow into .venv failed (pip output above).");
  }
  writeFileSync(STAMP, [...installed, fingerprint].join("\n") + "\n");
  log("MLflow is installed in .venv");
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export function portIsFree(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForHealth(url, child, output, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new SetupError(`mlflow server exited before it was ready:\n${output.join("").slice(-3000)}`);
    }
    try {
      const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2000) });
      if (response.ok && (await response.text()).trim() === "OK") return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new SetupError(`mlflow server did not answer ${url}/health within ${timeoutMs / 1000} s:\n${output.join("").slice(-3000)}`);
}

/**
 * Starts `mlflow server` on 127.0.0.1 in its own process group. Returns its URL and stop(), which
 * ends the whole group (uvicorn workers included) so nothing is left holding the port.
 */
export async function startMlflow({ port, dataDir, backendStoreUri, workers = process.env.MLFLOW_WORKERS || "2", quiet = true }) {
  mkdirSync(dataDir, { recursive: true });
  const store = backendStoreUri || `sqlite:///${path.resolve(dataDir, "mlflow.db")}`;
  const url = `http://127.0.0.1:${port}`;
  const args = ["server", "--host", "127.0.0.1", "--port", String(port), "--workers", String(workers)];
  args.push("--backend-store-uri", store, "--artifacts-destination", path.resolve(dataDir, "artifacts"));
  const child = spawn(path.join(VENV, "bin", "mlflow"), args, {
    cwd: dataDir,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    // Scorer jobs are not used by the dashboard; skipping their worker pool saves memory on small machines.
    env: { ...process.env, MLFLOW_SERVER_ENABLE_JOB_EXECUTION: "false" },
  });
  const output = [];
  const keep = (chunk) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
    if (!quiet) process.stderr.write(chunk);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);

  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  const onExit = () => killGroup("SIGKILL");
  process.on("exit", onExit);

  const stop = async () => {
    process.off("exit", onExit);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      killGroup("SIGTERM");
      await Promise.race([exited, sleep(10_000)]);
    }
    killGroup("SIGKILL"); // stragglers of the group, if any
  };

  try {
    await waitForHealth(url, child, output, 120_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port, store, stop, output };
}

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--install-only") options.installOnly = true;
    else if (arg === "--port") options.port = Number(argv[++i]);
    else if (arg === "--data-dir") options.dataDir = argv[++i];
    else if (arg === "--backend-store-uri") options.backendStoreUri = argv[++i];
    else throw new SetupError(`Unknown option ${arg}. Options: --port N, --data-dir DIR, --backend-store-uri URI, --install-only`);
  }
  return options;
}

/** Exits with a readable message for setup problems instead of a stack trace. */
export function exitOnSetupError(error) {
  if (error instanceof SetupError) {
    process.stderr.write(`\n${error.message}\n`);
    process.exit(1);
  }
  throw error;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const postgres = /^postgres/.test(options.backendStoreUri ?? "");
  ensureVenv({ postgres });
  if (options.installOnly) return;
  const port = options.port ?? 5000;
  if (!(await portIsFree(port))) throw new SetupError(`Port ${port} on 127.0.0.1 is in use; pick another with --port.`);
  const server = await startMlflow({
    port,
    dataDir: path.resolve(options.dataDir ?? path.join(ROOT, ".data", "mlflow")),
    backendStoreUri: options.backendStoreUri,
    quiet: false,
  });
  log(`MLflow ${server.url} is up (store: ${server.store.replace(/\/\/[^@/]*@/, "//***@")}); Ctrl-C stops it`);
  const shutdown = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch(exitOnSetupError);
}
