#!/usr/bin/env node
// Runs a command against a fresh, real MLflow tracking server:
//
//   node scripts/with-mlflow.mjs [--seed] [--seed-args "..."] -- <command> [args...]
//
// It starts the pinned server on a free loopback port with a temporary SQLite store, optionally
// seeds it with scripts/seed_traces.py, runs the command with MLFLOW_TRACKING_URI (and
// SEED_MANIFEST) set, then stops the server and deletes the store, whatever the command's outcome.
//
// Tests that need the server down for a while signal this process: SIGUSR2 stops the server,
// SIGHUP starts it again on the same port and store (WITH_MLFLOW_PID is set for them).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ROOT, SetupError, VENV_PYTHON, ensureVenv, exitOnSetupError, freePort, startMlflow } from "./mlflow.mjs";

function parseArgs(argv) {
  const separator = argv.indexOf("--");
  if (separator === -1 || separator === argv.length - 1) {
    throw new SetupError('Usage: node scripts/with-mlflow.mjs [--seed] [--seed-args "..."] -- <command> [args...]');
  }
  const options = { seed: false, seedArgs: [], command: argv.slice(separator + 1) };
  const own = argv.slice(0, separator);
  for (let i = 0; i < own.length; i++) {
    if (own[i] === "--seed") options.seed = true;
    else if (own[i] === "--seed-args") options.seedArgs = own[++i].split(/\s+/).filter(Boolean);
    else throw new SetupError(`Unknown option ${own[i]}`);
  }
  return options;
}

function run(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env, cwd: ROOT });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on("error", (error) => {
      process.stderr.write(`${error.message}\n`);
      resolve(127);
    });
  });
}

export async function seedServer(url, manifestPath, extraArgs = []) {
  const started = Date.now();
  const args = [path.join(ROOT, "scripts", "seed_traces.py"), "--tracking-uri", url, "--manifest", manifestPath, ...extraArgs];
  const code = await run(VENV_PYTHON, args, { ...process.env, PYTHONHASHSEED: "0" });
  if (code !== 0) throw new SetupError(`The trace generator failed (exit ${code}).`);
  process.stderr.write(`[mlflow] seeded in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  ensureVenv();
  const dataDir = mkdtempSync(path.join(tmpdir(), "mlflow-dashboard-"));
  const port = await freePort();
  let server;
  let exitCode = 1;
  try {
    server = await startMlflow({ port, dataDir });
    process.stderr.write(`[mlflow] test server at ${server.url}\n`);
    const manifest = path.join(dataDir, "manifest.json");
    if (options.seed) await seedServer(server.url, manifest, options.seedArgs);

    // Lets a test take the server down and bring it back (the "tracking server unavailable" path).
    process.on("SIGUSR2", () => void server.stop());
    process.on("SIGHUP", async () => {
      server = await startMlflow({ port, dataDir }).catch((error) => {
        process.stderr.write(`[mlflow] restart failed: ${error.message}\n`);
        return server;
      });
    });
    const [command, ...args] = options.command;
    exitCode = await run(command, args, {
      ...process.env,
      PATH: `${path.join(ROOT, "node_modules", ".bin")}${path.delimiter}${process.env.PATH}`,
      MLFLOW_TRACKING_URI: server.url,
      SEED_MANIFEST: options.seed ? manifest : "",
      WITH_MLFLOW_PID: String(process.pid),
    });
  } finally {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  process.exit(exitCode);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch(exitOnSetupError);
}
