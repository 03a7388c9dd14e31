#!/usr/bin/env node
// Benchmark of the sessions screens against a running dashboard and its tracking server:
//
//   MLFLOW_TRACKING_URI=http://127.0.0.1:5000 node scripts/bench-sessions.mjs \
//       --app http://127.0.0.1:3000 --experiment 1 [--samples 10] [--session <id>] [--browser]
//
// Scenarios (performance budgets of the sessions issue):
//   first-50   the first 50 sessions with their figures: our list route, then the figures in
//              batches of 10 as the browser asks for them; the floor is the same MLflow calls made
//              directly with the same concurrency (the tracking server's own time).
//   session    one whole session (default: the one with the most turns among the first 50).
// With --browser it also times the pages in Chromium: until every figure of the first 50 rows, and
// every turn of the session, is on screen. It prints median and p90 per scenario and the time
// beyond the floor. Figures are printed, never asserted. The floor's MLflow calls are shared with
// the benchmark harness (scripts/bench/rest.mjs).
import { createRequire } from "node:module";
import { json, sessionDetailCalls, sessionsFirstScreen } from "./bench/rest.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? fallback : args[index + 1];
};
const APP = option("app", "http://127.0.0.1:3000");
const EXPERIMENT = option("experiment", "1");
const SAMPLES = Number(option("samples", "10"));
const MLFLOW = process.env.MLFLOW_TRACKING_URI;
if (!MLFLOW) throw new Error("Set MLFLOW_TRACKING_URI to the tracking server the dashboard uses.");

const now = () => performance.now();

const api = (path) => `${APP}/api/experiments/${EXPERIMENT}${path}`;
const chunks = (items, size) => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size));

async function firstScreenFloor() {
  const start = now();
  await sessionsFirstScreen(MLFLOW, EXPERIMENT);
  return now() - start;
}

async function firstScreenApp() {
  const start = now();
  const list = await json(api("/sessions?limit=50"));
  const ids = list.rows.map((row) => row.sessionId);
  await Promise.all(chunks(ids, 10).map((batch) => json(api(`/session-summaries?${batch.map((id) => `ids=${encodeURIComponent(id)}`).join("&")}`))));
  return { ms: now() - start, ids };
}

async function sessionFloor(id) {
  const start = now();
  await sessionDetailCalls(MLFLOW, EXPERIMENT, id);
  return now() - start;
}

async function sessionApp(id) {
  const start = now();
  const detail = await json(api(`/sessions/${encodeURIComponent(id)}`));
  return { ms: now() - start, turns: detail.turns.length };
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p90: at(0.9), min: sorted[0] };
}
const fmt = (ms) => `${ms.toFixed(0)} ms`;

async function browserTimes(ids, sessionId, turns) {
  const { chromium } = createRequire(import.meta.url)("@playwright/test");
  const times = { list: [], session: [] };
  for (let sample = 0; sample < SAMPLES; sample++) {
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let start = now();
    await page.goto(`${APP}/experiments/${EXPERIMENT}/sessions`);
    await page.waitForFunction((count) => document.querySelectorAll('[data-testid="session-turns-cell"]').length >= count, Math.min(50, ids.length), { timeout: 120_000 });
    times.list.push(now() - start);
    start = now();
    await page.goto(`${APP}/experiments/${EXPERIMENT}/sessions/${encodeURIComponent(sessionId)}`);
    await page.waitForFunction((count) => document.querySelectorAll('[data-testid="conversation-turn"]').length >= count, turns, { timeout: 120_000 });
    times.session.push(now() - start);
    await browser.close();
  }
  return times;
}

async function main() {
  await firstScreenApp(); // warm-up: compiles routes, opens connections
  const floor = [];
  const app = [];
  let ids = [];
  for (let sample = 0; sample < SAMPLES; sample++) {
    floor.push(await firstScreenFloor());
    const result = await firstScreenApp();
    app.push(result.ms);
    ids = result.ids;
  }
  let sessionId = option("session", null);
  if (!sessionId) {
    const { summaries } = await json(api(`/session-summaries?${ids.slice(0, 25).map((id) => `ids=${encodeURIComponent(id)}`).join("&")}`));
    sessionId = summaries.sort((a, b) => b.turns - a.turns)[0].sessionId;
  }
  const sFloor = [];
  const sApp = [];
  let turns = 0;
  for (let sample = 0; sample < SAMPLES; sample++) {
    sFloor.push(await sessionFloor(sessionId));
    const result = await sessionApp(sessionId);
    sApp.push(result.ms);
    turns = result.turns;
  }
  const report = (name, floorMs, appMs) => {
    const f = stats(floorMs);
    const a = stats(appMs);
    console.log(`${name}: app median ${fmt(a.median)} (p90 ${fmt(a.p90)}), MLflow floor median ${fmt(f.median)}, beyond the floor ${fmt(a.median - f.median)}`);
  };
  console.log(`experiment ${EXPERIMENT}, ${SAMPLES} samples, ${ids.length} sessions on the first screen; session ${sessionId} has ${turns} turns`);
  report("first 50 sessions with figures (API)", floor, app);
  report(`one ${turns}-turn session (API)`, sFloor, sApp);
  if (args.includes("--browser")) {
    const times = await browserTimes(ids, sessionId, turns);
    const list = stats(times.list);
    const session = stats(times.session);
    console.log(`browser, first 50 rows with figures: median ${fmt(list.median)} (p90 ${fmt(list.p90)}); beyond the floor ${fmt(list.median - stats(floor).median)}`);
    console.log(`browser, ${turns}-turn conversation: median ${fmt(session.median)} (p90 ${fmt(session.p90)}); beyond the floor ${fmt(session.median - stats(sFloor).median)}`);
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
