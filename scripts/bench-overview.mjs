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
// The raw calls mirror lib/aggregate/overview-plan.ts for a bucketed range with a previous period:
// sent one after another, and all at once.

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

async function timed(run) {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

async function getOk(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${(await response.text()).slice(0, 300)}`);
  return response.json();
}

/** The overview's metrics queries (lib/aggregate/overview-plan.ts) for one window. */
function rawQueries(experimentId, startMs, endMs, bucketSeconds) {
  const length = endMs - startMs;
  const previous = { start_time_ms: startMs - length - 1, end_time_ms: startMs - 1 };
  const whole = { experiment_ids: [experimentId], start_time_ms: startMs, end_time_ms: endMs, max_results: 10_000 };
  const bucketed = { ...whole, time_interval_seconds: bucketSeconds };
  const count = [{ aggregation_type: "COUNT" }];
  const sum = [{ aggregation_type: "SUM" }];
  const percentiles = [50, 90, 95, 99].map((percentile_value) => ({ aggregation_type: "PERCENTILE", percentile_value }));
  const feedback = { view_type: "ASSESSMENTS", filters: ["assessment.type = 'feedback'"] };
  return [
    { ...bucketed, view_type: "TRACES", metric_name: "trace_count", aggregations: count, dimensions: ["trace_status"] },
    { ...bucketed, view_type: "TRACES", metric_name: "latency", aggregations: percentiles },
    { ...whole, view_type: "TRACES", metric_name: "latency", aggregations: percentiles },
    ...["input_tokens", "output_tokens", "total_tokens"].map((metric_name) => ({ ...bucketed, view_type: "TRACES", metric_name, aggregations: sum })),
    { ...bucketed, view_type: "SPANS", metric_name: "total_cost", aggregations: sum, dimensions: ["span_model_name"] },
    { ...bucketed, ...feedback, metric_name: "assessment_value", aggregations: [{ aggregation_type: "AVG" }], dimensions: ["assessment_name"] },
    { ...whole, ...feedback, metric_name: "assessment_count", aggregations: count, dimensions: ["assessment_name", "assessment_value"] },
    { ...whole, ...previous, view_type: "TRACES", metric_name: "trace_count", aggregations: count, dimensions: ["trace_status"] },
    { ...whole, ...previous, view_type: "TRACES", metric_name: "latency", aggregations: [{ aggregation_type: "PERCENTILE", percentile_value: 95 }] },
    { ...whole, ...previous, view_type: "TRACES", metric_name: "total_tokens", aggregations: sum },
    { ...whole, ...previous, ...feedback, metric_name: "assessment_count", aggregations: count, dimensions: ["assessment_name", "assessment_value"] },
  ];
}

async function raw(mlflow, query) {
  const response = await fetch(`${mlflow}/api/3.0/mlflow/traces/metrics`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(query) });
  if (!response.ok) throw new Error(`traces/metrics: HTTP ${response.status} ${(await response.text()).slice(0, 300)}`);
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
