#!/usr/bin/env node
// Times the overview's API routes against the same trace-metrics queries sent straight to the
// tracking server, and prints the ratios. Measures; asserts nothing.
//
//   node scripts/bench-overview.mjs --app http://127.0.0.1:3000 --mlflow http://127.0.0.1:5000 \
//     --experiment 1 [--range-days 7] [--runs 7]
//
// The app must be running against that tracking server (`npm start` with MLFLOW_TRACKING_URI).
// Each run asks for a range shifted by a few milliseconds, so neither our 30-second cache nor any
// other cache answers it ("cold"); one more request repeats the last range ("warm", from cache).
// The raw calls mirror lib/aggregate/overview-plan.ts for a bucketed range with a previous period
// (scripts/bench/rest.mjs, shared with the benchmark harness): sent one after another, and all at once.
import { overviewQueries as rawQueries, timed, traceMetrics as raw } from "./bench/rest.mjs";

function args() {
  const options = { app: "http://127.0.0.1:3000", mlflow: process.env.MLFLOW_TRACKING_URI ?? "http://127.0.0.1:5000", experiment: "1", rangeDays: 7, runs: 7 };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, "").replace(/-(\w)/g, (_, c) => c.toUpperCase());
    if (!(key in options)) throw new Error(`Unknown option ${argv[i]}`);
    options[key] = typeof options[key] === "number" ? Number(argv[i + 1]) : argv[i + 1];
  }
  return options;
}

const DAY = 86_400_000;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function getOk(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${(await response.text()).slice(0, 300)}`);
  return response.json();
}

async function main() {
  const options = args();
  const base = `${options.app}/api/experiments/${encodeURIComponent(options.experiment)}/overview`;
  const end = Date.now();
  const times = { overview: [], breakdown: [], models: [], rawSequential: [], rawParallel: [] };
  let bucketSeconds = 0;
  let lastQuery = "";
  for (let run = 0; run < options.runs; run++) {
    const startMs = end - options.rangeDays * DAY + run;
    const query = `from=${startMs}&to=${end + run}`;
    lastQuery = query;
    let data;
    times.overview.push(await timed(async () => (data = await getOk(`${base}?${query}`))));
    bucketSeconds = data.window.bucketMs / 1000;
    times.breakdown.push(await timed(() => getOk(`${base}/breakdown?${query}`)));
    times.models.push(await timed(() => getOk(`${base}/models?${query}`)));
    const queries = rawQueries(options.experiment, data.window.startMs, data.window.endMs, bucketSeconds);
    times.rawSequential.push(await timed(async () => {
      for (const item of queries) await raw(options.mlflow, item);
    }));
    times.rawParallel.push(await timed(() => Promise.all(queries.map((item) => raw(options.mlflow, item)))));
  }
  const warm = await timed(() => getOk(`${base}?${lastQuery}`));
  const p50 = Object.fromEntries(Object.entries(times).map(([name, values]) => [name, median(values)]));
  const ms = (value) => `${value.toFixed(0)} ms`;
  console.log(`overview of experiment ${options.experiment}, last ${options.rangeDays} days, ${bucketSeconds / 3600} h buckets, ${options.runs} cold runs (p50):`);
  console.log(`  GET /overview             ${ms(p50.overview)}   (warm, from cache: ${ms(warm)})`);
  console.log(`  GET /overview/breakdown   ${ms(p50.breakdown)}`);
  console.log(`  GET /overview/models      ${ms(p50.models)}`);
  console.log(`  raw traces/metrics × 13, one after another  ${ms(p50.rawSequential)}`);
  console.log(`  raw traces/metrics × 13, all at once        ${ms(p50.rawParallel)}`);
  console.log(`ratios: overview ÷ raw sequential = ${(p50.overview / p50.rawSequential).toFixed(2)}, overview ÷ raw parallel = ${(p50.overview / p50.rawParallel).toFixed(2)}, warm ÷ cold = ${(warm / p50.overview).toFixed(2)}`);
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
