#!/usr/bin/env node
// Benchmark of the trace page on large traces (issue "Trace view", Performance; performance.md M3,
// M4, M5, M8). Prints figures and ratios; asserts nothing.
//
//   node scripts/bench-trace-view.mjs [--sizes 10000,50000] [--profile lean|llm] [--samples 3]
//                                     [--app-url http://127.0.0.1:3000] [--backend-store-uri URI]
//
// Without MLFLOW_TRACKING_URI it starts a throwaway MLflow server; with it, --backend-store-uri (or
// MLFLOW_BACKEND_STORE_URI) must name that server's store. It seeds one trace per size (1000, 10000
// or 50000 spans) with scripts/bench/bulk_seed.py (MLflow's tracking store, tree of branching 4,
// spans named S<j>; cached between runs on the same store). Without --app-url it starts
// `next start` (run `npx next build` first) on a free port against that server.
//
// Per size:
//   floor        the tracking server's own time for GET traces/get (median of --samples)
//   first screen navigation start → first span row painted, in a fresh browser: once cold (our
//                server has not fetched the trace yet), then --samples times warm
//   scroll       300 frames of +150 px per animation frame in the waterfall: frames over 20 ms,
//                long animation frames over 50 ms
//   interactions collapse all, expand all, select a span: click → next frame (p50 of 5)
//   memory       JS heap after GC on the trace page minus on a blank page
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { ROOT, VENV_PYTHON, ensureVenv, freePort, startMlflow } from "./mlflow.mjs";

const BROWSER_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const SIZE_LABELS = { 1000: "1k", 10000: "10k", 50000: "50k" };
const TARGETS = { 10000: { overFloorMs: 600, heapMB: 80 }, 50000: { overFloorMs: 1500, heapMB: 200 } };

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : process.argv[at + 1];
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor((sorted.length - 1) / 2)];
};
const round = (value, digits = 0) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : value);

function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      process.stderr.write(chunk);
    });
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`${command} exited with ${code}`))));
  });
}

async function startApp(trackingUri) {
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) throw new Error("No production build: run `npx next build` first.");
  const port = await freePort();
  const child = spawn(path.join(ROOT, "node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...process.env, MLFLOW_TRACKING_URI: trackingUri, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${url}/api/server`)).ok) return { url, stop: () => process.kill(-child.pid, "SIGTERM") };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  process.kill(-child.pid, "SIGTERM");
  throw new Error("next start did not come up");
}

async function floorMs(trackingUri, traceId, samples) {
  const times = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    const response = await fetch(`${trackingUri}/api/3.0/mlflow/traces/get?trace_id=${traceId}&allow_partial=true`);
    await response.arrayBuffer();
    times.push(performance.now() - started);
  }
  return median(times);
}

async function withPage(fn) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: BROWSER_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    return await fn(page);
  } finally {
    await browser.close();
  }
}

/** Navigation start → the first span row is in the DOM and a frame has been painted. */
async function firstScreen(page, url) {
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForSelector('[data-testid="span-row"]', { timeout: 300_000 });
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now()))));
}

async function scrollFrames(page) {
  return page.evaluate(async () => {
    const element = document.querySelector('[data-testid="span-waterfall"]');
    const longFrames = [];
    const observer = new PerformanceObserver((list) => longFrames.push(...list.getEntries().map((entry) => entry.duration)));
    try {
      observer.observe({ type: "long-animation-frame" });
    } catch {
      // older browsers: no LoAF
    }
    const deltas = [];
    let last = performance.now();
    for (let frame = 0; frame < 330; frame++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const now = performance.now();
      if (frame >= 30) deltas.push(now - last);
      last = now;
      element.scrollTop += 150;
    }
    observer.disconnect();
    return { deltas, longFrames };
  });
}

/** Click → the next frame after React has committed. */
async function clickToFrame(page, selector, done) {
  return page.evaluate(
    async ([selector, done]) => {
      const target = document.querySelector(selector);
      const started = performance.now();
      target.click();
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      while (!document.querySelector(done)) await new Promise((resolve) => requestAnimationFrame(resolve));
      return performance.now() - started;
    },
    [selector, done],
  );
}

async function clickButtonToFrame(page, label) {
  return page.evaluate(async (label) => {
    const button = [...document.querySelectorAll("button")].find((candidate) => candidate.textContent === label);
    const started = performance.now();
    button.click();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - started;
  }, label);
}

async function heapMB(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.enable");
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const used = metrics.find((metric) => metric.name === "JSHeapUsedSize").value;
  const nodes = metrics.find((metric) => metric.name === "Nodes").value;
  return { heapMB: used / 1024 / 1024, nodes };
}

async function measure(appUrl, trackingUri, experimentId, size, traceId, samples) {
  const url = `${appUrl}/experiments/${experimentId}/traces/${traceId}`;
  const result = { size, traceId };
  result.coldFirstScreenMs = await withPage((page) => firstScreen(page, url));
  result.floorMs = await floorMs(trackingUri, traceId, samples);
  const warm = [];
  for (let i = 0; i < samples; i++) warm.push(await withPage((page) => firstScreen(page, url)));
  result.warmFirstScreenMs = median(warm);
  await withPage(async (page) => {
    await page.goto("about:blank");
    const blank = await heapMB(page);
    await firstScreen(page, url);
    await page.waitForTimeout(500);
    const loaded = await heapMB(page);
    result.heapOverBlankMB = loaded.heapMB - blank.heapMB;
    result.domNodes = loaded.nodes;
    const { deltas, longFrames } = await scrollFrames(page);
    result.framesOver20Pct = (100 * deltas.filter((delta) => delta > 20).length) / deltas.length;
    result.p95FrameMs = [...deltas].sort((a, b) => a - b)[Math.floor(deltas.length * 0.95)];
    result.longFramesOver50 = longFrames.filter((duration) => duration > 50).length;
    result.maxLongFrameMs = Math.max(0, ...longFrames);
    const collapse = [];
    const expand = [];
    for (let i = 0; i < 5; i++) {
      collapse.push(await clickButtonToFrame(page, "Collapse all"));
      expand.push(await clickButtonToFrame(page, "Expand all"));
    }
    result.collapseAllP50Ms = median(collapse);
    result.expandAllP50Ms = median(expand);
    const select = [];
    for (let i = 0; i < 5; i++) select.push(await clickToFrame(page, `[data-testid="span-row"]:nth-child(${3 + i})`, `[data-testid="span-row"]:nth-child(${3 + i})[data-selected]`));
    result.selectP50Ms = median(select);
  });
  result.overFloorMs = result.coldFirstScreenMs - result.floorMs;
  return result;
}

async function main() {
  const sizes = option("sizes", "10000,50000").split(",").map(Number);
  const profile = option("profile", "lean");
  const samples = Number(option("samples", "3"));
  const unknown = sizes.filter((size) => !SIZE_LABELS[size]);
  if (unknown.length) throw new Error(`--sizes takes 1000, 10000 and 50000 (the seeded big traces), not ${unknown.join(", ")}`);
  let trackingUri = process.env.MLFLOW_TRACKING_URI;
  let backendStoreUri = option("backend-store-uri", process.env.MLFLOW_BACKEND_STORE_URI);
  if (trackingUri && !backendStoreUri) {
    throw new Error("With MLFLOW_TRACKING_URI set, pass --backend-store-uri (the store URI of that server): traces are written through MLflow's tracking store.");
  }
  let server = null;
  const dataDir = mkdtempSync(path.join(tmpdir(), "bench-trace-view-"));
  let app = null;
  try {
    ensureVenv();
    if (!trackingUri) {
      server = await startMlflow({ port: await freePort(), dataDir });
      trackingUri = server.url;
      backendStoreUri = server.store;
    }
    const datasets = Object.fromEntries(sizes.map((size) => [size, `trace-${SIZE_LABELS[size]}-${profile}`]));
    process.stderr.write(`[bench] tracking server ${trackingUri}; seeding ${Object.values(datasets).join(", ")}\n`);
    const manifestPath = path.join(dataDir, "manifest.json");
    const seedArgs = ["--tracking-uri", trackingUri, "--backend-store-uri", backendStoreUri, "--out", manifestPath];
    for (const dataset of Object.values(datasets)) seedArgs.push("--dataset", dataset);
    await run(VENV_PYTHON, [path.join(ROOT, "scripts", "bench", "bulk_seed.py"), ...seedArgs]);
    const seeded = JSON.parse(readFileSync(manifestPath, "utf8")).datasets;
    const appUrl = option("app-url", null) ?? (app = await startApp(trackingUri)).url;
    const results = [];
    for (const size of sizes) {
      const { trace_id: traceId, experiment_id: experimentId } = seeded[datasets[size]];
      process.stderr.write(`[bench] measuring ${size} spans (${traceId})\n`);
      results.push(await measure(appUrl, trackingUri, experimentId, size, traceId, samples));
    }
    const loadavg = (await import("node:os")).loadavg().map((value) => value.toFixed(1)).join(" ");
    console.log(`\nTrace view benchmark (${profile} spans, ${samples} samples, load average ${loadavg})`);
    console.table(
      results.map((r) => ({
        spans: r.size,
        "floor ms": round(r.floorMs),
        "cold first screen ms": round(r.coldFirstScreenMs),
        "over floor ms": round(r.overFloorMs),
        "target over floor": TARGETS[r.size]?.overFloorMs ?? "—",
        "cold ÷ floor": round(r.coldFirstScreenMs / r.floorMs, 2),
        "warm first screen ms": round(r.warmFirstScreenMs),
        "frames >20ms %": round(r.framesOver20Pct, 1),
        "p95 frame ms": round(r.p95FrameMs, 1),
        "LoAF >50ms": r.longFramesOver50,
        "collapse all p50 ms": round(r.collapseAllP50Ms, 1),
        "expand all p50 ms": round(r.expandAllP50Ms, 1),
        "select p50 ms": round(r.selectP50Ms, 1),
        "heap over blank MB": round(r.heapOverBlankMB, 1),
        "target heap MB": TARGETS[r.size]?.heapMB ?? "—",
        "DOM nodes": r.domNodes,
      })),
    );
    console.log(JSON.stringify(results));
  } finally {
    app?.stop();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
