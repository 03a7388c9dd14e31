#!/usr/bin/env node
// The benchmark harness: our dashboard against MLflow's own UI, both served from one pinned MLflow
// server, measured in the same run (performance.md §5; scripts/bench/README.md).
//
//   node scripts/bench/run.mjs [--mode smoke|quick|full] [--samples N] [--warmups N]
//                              [--backend sqlite|postgres] [--out DIR] [--cap-seconds 120]
//                              [--datasets exp-10k,session-50,trace-10k-lean] [--journeys list,trace]
//
//   npm run bench          full: exp-10k and exp-100k, session-50, every big trace, 5 samples (--samples 10)
//   npm run bench:quick    exp-10k, session-50 and trace-10k-lean, 3 samples (README.md: durations)
//   npm run bench:smoke    exp-1k, session-50 and trace-1k-lean, 1 sample, no warm-up (CI: does the harness work?)
//
// Steps: the venv with the pinned MLflow, `mlflow server` on a free port with its store under
// .data/bench/<backend>/ (seeded data stay there between runs), scripts/bench/bulk_seed.py, our
// production build (rebuilt when sources changed) on `next start`, then per data set: the REST
// floors, and per journey (scenarios.mjs) warm-ups then measured samples, alternating which UI
// goes first, a fresh Chromium per sample; then the proxy overhead cells. Writes samples.json and
// results.md to --out (default .data/bench/results/<timestamp>/) and prints results.md.
//
// Exit status: 0 when every sample ran (slow figures, DNFs and failed budgets included); 1 when the
// harness itself broke (setup failed, or a step raised something other than a DNF).
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT, SetupError, exitOnSetupError } from "../mlflow.mjs";
import { chromiumVersion, openBrowser } from "./browser.mjs";
import { experimentFloors, proxyOverhead, sessionFloors, traceFloors } from "./floors.mjs";
import { json, searchTraces } from "./rest.mjs";
import { MODES } from "./modes.mjs";
import { mainValue, renderMarkdown } from "./report.mjs";
import { EXPERIMENT_JOURNEYS, JOURNEYS, JOURNEY_SERVER_STATE, SESSION_JOURNEYS, TRACE_JOURNEYS, journeyApps } from "./scenarios.mjs";
import { BENCH_DIR, build, otherSmallTrace, primeApp, seed, startApp, startTrackingServer } from "./setup.mjs";

const T0 = Date.now();
const log = (message) => process.stderr.write(`[bench ${String(Math.round((Date.now() - T0) / 1000)).padStart(4)} s] ${message}\n`);

function parseArgs(argv) {
  const options = { mode: "quick", backend: "sqlite", capSeconds: 120 };
  const value = (i) => {
    if (argv[i + 1] === undefined) throw new SetupError(`${argv[i]} needs a value`);
    return argv[i + 1];
  };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, "").replace(/-(\w)/g, (_, c) => c.toUpperCase());
    if (!["mode", "samples", "warmups", "backend", "out", "capSeconds", "datasets", "journeys"].includes(key)) {
      throw new SetupError(`Unknown option ${argv[i]}. Options: --mode smoke|quick|full, --samples N, --warmups N, --backend sqlite|postgres, --out DIR, --cap-seconds S, --datasets a,b, --journeys a,b`);
    }
    options[key] = value(i);
  }
  const mode = MODES[options.mode];
  if (!mode) throw new SetupError(`Unknown mode ${options.mode}: smoke, quick or full.`);
  if (!["sqlite", "postgres"].includes(options.backend)) throw new SetupError(`Unknown backend ${options.backend}: sqlite or postgres.`);
  const chosen = options.datasets ? options.datasets.split(",") : null;
  return {
    ...options,
    experiments: chosen ? chosen.filter((d) => d.startsWith("exp-")) : mode.experiments,
    sessions: chosen ? chosen.filter((d) => d.startsWith("session-")) : mode.sessions,
    traces: chosen ? chosen.filter((d) => d.startsWith("trace-")) : mode.traces,
    proxyTraces: chosen ? chosen.filter((d) => /^trace-(1k|10k)-lean$/.test(d)) : mode.proxyTraces,
    samples: Number(options.samples ?? mode.samples),
    warmups: Number(options.warmups ?? mode.warmups),
    // Big traces take minutes per sample in MLflow's UI; our server is restarted before each of
    // our samples anyway, so fewer warm-ups are needed there.
    traceWarmups: Number(options.warmups ?? mode.traceWarmups),
    floorSamples: Math.max(Number(options.samples ?? 0), mode.floorSamples),
    // The quick mode times MLflow's UI once on its big trace (over 2 minutes a sample), so that
    // the whole run fits in 10 minutes; --samples sets every cell's count.
    mlflowTraceSamples: Number(options.samples ?? mode.mlflowTraceSamples ?? mode.samples),
    proxy: mode.proxy,
    scroll: mode.scroll,
    journeys: options.journeys ? options.journeys.split(",") : null,
    capMs: Number(options.capSeconds) * 1000,
  };
}

function gitCommit() {
  try {
    const commit = execFileSync("git", ["rev-parse", "--short=12", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: ROOT, encoding: "utf8" }).trim();
    return dirty ? `${commit} (with uncommitted changes)` : commit;
  } catch {
    return "unknown";
  }
}

function machine() {
  const cpus = os.cpus();
  return {
    nproc: os.availableParallelism?.() ?? cpus.length,
    cpuModel: cpus[0]?.model?.trim() ?? "unknown",
    memGB: (os.totalmem() / 2 ** 30).toFixed(1),
    loadStart: os.loadavg().map((v) => v.toFixed(2)).join(" "),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    commit: gitCommit(),
  };
}

const DNF_STREAK_TO_STOP = 2;

/** The records of a journey not run again: the last run's cells, each a DNF (or not run) marked as carried. */
function carryDnf(lastRecords, sample, warmup) {
  const records = lastRecords.map(({ cell, dnf, dataset, app }) => ({ cell, dataset, app, sample, warmup, ...(dnf ? { dnf: true } : { skipped: true }), carried: true, note: `not run again: the first step missed the cap ${DNF_STREAK_TO_STOP} times in a row` }));
  const first = lastRecords[0];
  log(`${first?.cell.split(".")[0]} ${first?.dataset} ${warmup ? "warm-up" : `sample ${sample + 1}`} ${first?.app}: DNF carried (not run again)`);
  return records;
}

/**
 * What our restarted server loads (untimed) before a cold sample: the journey's page for another
 * data set, so Node has run that code once, as a server that has served other readers would have,
 * and caches nothing measured. trace: a missing trace and a small one of the session data set;
 * charts: the session data set's overview.
 */
function coldStartPrimer(journey, ds, manifest, sessionDatasets, smallTrace) {
  if (journey === "trace") {
    const missing = `tr-${"0".repeat(32)}`;
    return [`/experiments/${ds.experiment_id}/traces/${missing}`, `/api/traces/${missing}/skeleton`, ...smallTrace];
  }
  const other = manifest.datasets[sessionDatasets[0]]?.experiment_id;
  // Without a session data set, an experiment that does not exist still runs the page's code.
  return [`/experiments/${other && other !== ds.experiment_id ? other : "999999999"}/overview?range=30d`];
}

/** Runs one journey in a fresh browser and returns its sample records. */
async function runJourney(journey, app, context, name, ds, sample, warmup) {
  const session = await openBrowser();
  session.page.setDefaultTimeout(context.timeoutMs);
  const started = Date.now();
  let results;
  try {
    results = await JOURNEYS[journey](app, context, ds, session);
  } catch (error) {
    results = [{ cell: `${journey}.*`, error: String(error?.message ?? error).split("\n")[0] }];
  } finally {
    await session.close();
  }
  const records = results.map((r) => ({ ...r, dataset: name, app, sample, warmup }));
  for (const r of records) if (!r.error && !r.dnf && !r.skipped) r.value = mainValue(r);
  const brief = records.map((r) => `${r.cell} ${r.dnf ? "DNF" : r.skipped ? "not run" : r.error ? `ERROR ${r.error}` : r.value?.toFixed(0)}`).join(", ");
  log(`${journey} ${name} ${warmup ? "warm-up" : `sample ${sample + 1}`} ${app}: ${brief} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  return records;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const startedAt = new Date();
  const out = path.resolve(options.out ?? path.join(BENCH_DIR, "results", startedAt.toISOString().replace(/[:.]/g, "-")));
  mkdirSync(out, { recursive: true });
  const run = { mode: options.mode, backend: options.backend, startedAt: startedAt.toISOString(), samplesPerCell: options.samples, mlflowTraceSamples: options.mlflowTraceSamples, warmups: options.warmups, traceWarmups: options.traceWarmups, capMs: options.capMs, machine: machine(), samples: [], floors: {}, proxy: [] };
  const status = { ok: false, harnessErrors: [] };
  let mlflow = null;
  let app = null;
  // The servers run in their own process groups: Ctrl-C must stop them too.
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.once(signal, async () => {
      log(`${signal}: stopping the servers`);
      await Promise.allSettled([app?.stop(), mlflow?.stop()]);
      process.exit(130);
    });
  }
  try {
    mlflow = await startTrackingServer(options.backend);
    const datasets = [...new Set([...options.experiments, ...options.sessions, ...options.traces, ...options.proxyTraces])];
    // Seeding (Python, one core) and building (Node) run side by side: nothing is measured yet.
    const [seeded, buildSeconds] = await Promise.all([seed(mlflow, datasets), build()]);
    run.manifest = seeded.manifest;
    run.seedSeconds = seeded.seconds;
    run.buildSeconds = buildSeconds;
    app = await startApp(mlflow.url);
    // The conversation page of another session than the measured one: loads its modules, caches nothing measured.
    const conversations = options.sessions.map((name) => `/experiments/${run.manifest.datasets[name]?.experiment_id}/sessions/not-a-session`);
    await primeApp(app.url, options.experiments.map((name) => run.manifest.datasets[name]?.experiment_id).filter(Boolean), conversations);
    run.machine.mlflowVersion = (await json(`${app.url}/api/server`)).version ?? "unknown";
    run.machine.chromiumVersion = await chromiumVersion();
    const context = { mlflowUrl: mlflow.url, appUrl: app.url, timeoutMs: options.capMs, scroll: options.scroll, journeys: options.journeys };

    // A journey whose first step missed the cap twice in a row (MLflow's UI on a 50,000-span
    // trace) is not run again for that UI and data set: its later samples are recorded as DNF,
    // marked as carried, which saves minutes per sample and changes no figure.
    const dnfStreak = new Map();
    let primeTrace = null;
    const hopeless = new Map();
    const plan = [
      ...options.experiments.map((name) => [name, EXPERIMENT_JOURNEYS, experimentFloors]),
      ...options.sessions.map((name) => [name, SESSION_JOURNEYS, sessionFloors]),
      ...options.traces.map((name) => [name, TRACE_JOURNEYS, traceFloors]),
    ];
    for (const [name, journeys, floorsOf] of plan) {
      const ds = run.manifest.datasets[name];
      if (!ds) throw new Error(`the seeder's manifest has no data set ${name}`);
      const floors = await floorsOf(context, name, ds, options.floorSamples);
      Object.assign(run.floors, floors);
      for (const journey of journeys.filter((j) => !options.journeys || options.journeys.includes(j))) {
        const warmups = TRACE_JOURNEYS.includes(journey) ? options.traceWarmups : options.warmups;
        for (let i = 0; i < warmups + options.samples; i++) {
          const warmup = i < warmups;
          const sample = warmup ? i : i - warmups;
          const apps = journeyApps(journey);
          for (const appName of i % 2 === 0 ? apps : [...apps].reverse()) {
            const state = JOURNEY_SERVER_STATE[journey] ?? {};
            if (state.coldOurServer && appName === "ours") {
              primeTrace ??= await otherSmallTrace(mlflow.url, run.manifest, options.sessions);
              await app.restart(coldStartPrimer(journey, ds, run.manifest, options.sessions, primeTrace));
            }
            if (appName === "mlflow" && TRACE_JOURNEYS.includes(journey) && !warmup && sample >= options.mlflowTraceSamples) continue;
            const key = `${name}|${journey}|${appName}`;
            if (hopeless.has(key)) {
              run.samples.push(...carryDnf(hopeless.get(key), sample, warmup));
              continue;
            }
            const records = await runJourney(journey, appName, context, name, ds, sample, warmup);
            run.samples.push(...records);
            dnfStreak.set(key, records[0]?.dnf ? (dnfStreak.get(key) ?? 0) + 1 : 0);
            if (dnfStreak.get(key) >= DNF_STREAK_TO_STOP) hopeless.set(key, records);
            if (state.restartMlflowAfter) {
              await mlflow.restart();
              // A fresh server's first requests pay for its lazy start-up: not the next sample's to pay.
              await searchTraces(mlflow.url, ds.experiment_id, { maxResults: 50 }).catch(() => null);
            }
          }
        }
      }
    }
    if (!options.journeys || options.journeys.includes("proxy")) {
      log("proxy overhead ...");
      run.proxy = await proxyOverhead(context, run.manifest, { experiment: options.experiments[0], traces: options.proxyTraces, ...options.proxy });
    }
    status.harnessErrors = run.samples.filter((s) => s.error && !s.dnf && !s.skipped).map((s) => `${s.cell} (${s.dataset}, ${s.app}): ${s.error}`);
    status.ok = status.harnessErrors.length === 0;
  } catch (error) {
    status.harnessErrors.push(String(error?.stack ?? error));
    if (error instanceof SetupError) process.stderr.write(`\n${error.message}\n`);
    else process.stderr.write(`\n${error?.stack ?? error}\n`);
  } finally {
    await app?.stop();
    await mlflow?.stop();
  }
  run.machine.loadEnd = os.loadavg().map((v) => v.toFixed(2)).join(" ");
  run.totalSeconds = (Date.now() - startedAt.getTime()) / 1000;
  writeFileSync(path.join(out, "samples.json"), JSON.stringify(run, null, 1) + "\n");
  writeFileSync(path.join(out, "status.json"), JSON.stringify({ ...status, seconds: run.totalSeconds }, null, 2) + "\n");
  if (run.manifest) {
    const markdown = renderMarkdown(run);
    writeFileSync(path.join(out, "results.md"), markdown + "\n");
    process.stdout.write(`${markdown}\n`);
  }
  log(`${status.ok ? "done" : "the harness had errors"} in ${run.totalSeconds.toFixed(0)} s; results in ${path.relative(process.cwd(), out) || out}`);
  for (const error of status.harnessErrors) log(`error: ${error}`);
  process.exit(status.ok ? 0 : 1);
}

main().catch(exitOnSetupError);
