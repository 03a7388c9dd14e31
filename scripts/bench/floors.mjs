// The floor of each cell (the tracking server's own time for the data the screen shows, straight
// over REST), and the proxy overhead cells (our API route against the same call made directly).
import { fetch } from "undici";
import { dispatcher, getTraceBytes, json, overviewQueries, searchTraces, sessionDetailCalls, sessionsFirstScreen, timeSamples, traceMetrics } from "./rest.mjs";
import { recentTextSearch } from "./scenarios.mjs";

/** Floor samples (ms) per `cell@dataset` for an experiment data set. */
export async function experimentFloors({ mlflowUrl, appUrl, journeys }, name, ds, samples) {
  const id = ds.experiment_id;
  const floors = {};
  const put = (cell, times) => (floors[`${cell}@${name}`] = times);
  // Only the floors of the journeys that run (`--journeys`): at 100,000 traces the free-text one alone takes minutes.
  const runs = (journey) => !journeys || journeys.includes(journey);
  const first = () => searchTraces(mlflowUrl, id, { maxResults: 50 });
  if (runs("list")) {
    const firstTimes = await timeSamples(first, samples);
    put("list.cold", firstTimes);
    put("list.warm", firstTimes);
    const { next_page_token: token } = await first();
    put("list.next", await timeSamples(() => searchTraces(mlflowUrl, id, { maxResults: 50, pageToken: token }), samples));
  }
  if (runs("filter-status")) put("list.filter.status", await timeSamples(() => searchTraces(mlflowUrl, id, { maxResults: 50, filter: "trace.status = 'ERROR'" }), samples));
  if (runs("filter-text")) {
    const { needle } = recentTextSearch(ds);
    put("list.filter.text", await timeSamples(() => searchTraces(mlflowUrl, id, { maxResults: 50, filter: `trace.text ILIKE '%${needle}%'` }), samples));
  }
  if (runs("sessions")) put("sessions.first", await timeSamples(() => sessionsFirstScreen(mlflowUrl, id), samples));
  if (runs("charts")) {
    // The charts' queries for the window our overview shows for range=30d, all at once.
    const overview = await json(`${appUrl}/api/experiments/${encodeURIComponent(id)}/overview?range=30d`, { dispatcher });
    const { startMs, endMs, bucketMs } = overview.window;
    const queries = overviewQueries(id, startMs, endMs, bucketMs / 1000);
    put("charts.complete", await timeSamples(() => Promise.all(queries.map((query) => traceMetrics(mlflowUrl, query))), samples));
  }
  return floors;
}

/** Floor samples for a long-session data set: the calls behind its conversation page. */
export async function sessionFloors({ mlflowUrl }, name, ds, samples) {
  return { [`session.open@${name}`]: await timeSamples(() => sessionDetailCalls(mlflowUrl, ds.experiment_id, ds.longest_session.id), samples) };
}

/** Floor samples for a big-trace data set: GET traces/get of the whole trace. */
export async function traceFloors({ mlflowUrl }, name, ds, samples) {
  return { [`trace.open@${name}`]: await timeSamples(() => getTraceBytes(mlflowUrl, ds.trace_id), samples) };
}

async function timeOnce(url, init) {
  const started = performance.now();
  const response = await fetch(url, { dispatcher, ...init });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} → ${response.status}`);
  return performance.now() - started;
}

/** Alternates direct and proxied requests `n` times (after 3 warm-ups each); returns both series in ms. */
async function pairSeries(direct, ours, n) {
  for (let i = 0; i < 3; i++) {
    await direct();
    await ours();
  }
  const out = { direct: [], ours: [] };
  for (let i = 0; i < n; i++) {
    if (i % 2 === 0) {
      out.direct.push(await direct());
      out.ours.push(await ours());
    } else {
      out.ours.push(await ours());
      out.direct.push(await direct());
    }
  }
  return out;
}

/**
 * M7: a 50-row search and whole-trace reads (about 1 MB and 10 MB when those data sets are
 * seeded), directly against MLflow and through our API routes.
 */
export async function proxyOverhead({ mlflowUrl, appUrl }, manifest, { experiment, traces, small, large }) {
  const results = [];
  if (experiment) {
    const id = manifest.datasets[experiment].experiment_id;
    const body = JSON.stringify({ locations: [{ type: "MLFLOW_EXPERIMENT", mlflow_experiment: { experiment_id: id } }], filter: "", order_by: ["timestamp_ms DESC"], max_results: 50 });
    const series = await pairSeries(
      () => timeOnce(`${mlflowUrl}/api/3.0/mlflow/traces/search`, { method: "POST", headers: { "Content-Type": "application/json" }, body }),
      () => timeOnce(`${appUrl}/api/experiments/${encodeURIComponent(id)}/traces?pageSize=50`),
      small,
    );
    results.push({ cell: "proxy.search50", dataset: experiment, label: `search, 50 rows (${experiment})`, ...series });
  }
  for (const name of traces) {
    const ds = manifest.datasets[name];
    const bytes = await getTraceBytes(mlflowUrl, ds.trace_id);
    const series = await pairSeries(
      () => timeOnce(`${mlflowUrl}/api/3.0/mlflow/traces/get?trace_id=${encodeURIComponent(ds.trace_id)}&allow_partial=true`),
      () => timeOnce(`${appUrl}/api/traces/${encodeURIComponent(ds.trace_id)}/spans`),
      large,
    );
    results.push({ cell: "proxy.trace", dataset: name, label: `whole trace, ${(bytes / 1e6).toFixed(1)} MB (${name})`, bytes, ...series });
  }
  return results;
}
