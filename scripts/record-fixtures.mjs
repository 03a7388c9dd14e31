#!/usr/bin/env node
// Records real responses of the pinned MLflow server into lib/mlflow/fixtures/, for the unit tests
// of the wire → domain mapping. Run it after bumping the MLflow pin and read the diff:
//
//   npm run record-fixtures
//
// It starts a throwaway server, seeds it with the generator (small size), makes the calls
// lib/mlflow/client.ts makes, and saves each raw body unparsed (parsing would round the int64
// nanosecond fields). manifest.json lists the server version and each call with its status.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT, ensureVenv, exitOnSetupError, freePort, startMlflow } from "./mlflow.mjs";
import { seedServer } from "./with-mlflow.mjs";

const OUT = path.join(ROOT, "lib", "mlflow", "fixtures");

async function main() {
  ensureVenv();
  const dataDir = mkdtempSync(path.join(tmpdir(), "mlflow-fixtures-"));
  const server = await startMlflow({ port: await freePort(), dataDir });
  try {
    const manifestPath = path.join(dataDir, "manifest.json");
    await seedServer(server.url, manifestPath, ["--traces", "16", "--large-spans", "0", "--experiment", "fixtures"]);
    const seed = JSON.parse(readFileSync(manifestPath, "utf8"));
    await record(server.url, seed);
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function record(baseUrl, seed) {
  mkdirSync(OUT, { recursive: true });
  const calls = [];
  const call = async (name, method, urlPath, body) => {
    const response = await fetch(baseUrl + urlPath, {
      method,
      headers: body === undefined ? {} : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    writeFileSync(path.join(OUT, `${name}.json`), text.endsWith("\n") ? text : `${text}\n`);
    calls.push({ name, method, path: urlPath, status: response.status });
    return text;
  };
  const experimentId = seed.experiment_id;
  const traces = seed.traces;
  const ok = traces.find((t) => t.status === "OK" && t.span_types?.LLM && t.feedback?.length) ?? traces.find((t) => t.status === "OK");
  const error = traces.find((t) => t.status === "ERROR");
  const inProgress = seed.special.in_progress_trace_id;
  const location = [{ type: "MLFLOW_EXPERIMENT", mlflow_experiment: { experiment_id: experimentId } }];
  const traceUrl = (id) => `/api/3.0/mlflow/traces/${encodeURIComponent(id)}`;

  const version = (await (await fetch(`${baseUrl}/version`)).text()).trim();
  await call("experiments-search", "POST", "/api/2.0/mlflow/experiments/search", { max_results: 100, order_by: ["last_update_time DESC"] });
  await call("experiment-get", "GET", `/api/2.0/mlflow/experiments/get?experiment_id=${experimentId}`);
  await call("experiment-get-by-name", "GET", `/api/2.0/mlflow/experiments/get-by-name?experiment_name=${encodeURIComponent(seed.experiment_name)}`);
  await call("traces-search", "POST", "/api/3.0/mlflow/traces/search", { locations: location, max_results: 10, order_by: ["timestamp_ms DESC"] });
  await call("traces-search-error-filter", "POST", "/api/3.0/mlflow/traces/search", { locations: location, max_results: 10, filter: "trace.status = 'ERROR'" });
  await call("trace-info", "GET", traceUrl(ok.trace_id));
  await call("trace-get", "GET", `/api/3.0/mlflow/traces/get?trace_id=${ok.trace_id}&allow_partial=true`);
  if (error) await call("trace-get-error", "GET", `/api/3.0/mlflow/traces/get?trace_id=${error.trace_id}&allow_partial=true`);
  if (inProgress) await call("trace-get-in-progress", "GET", `/api/3.0/mlflow/traces/get?trace_id=${inProgress}&allow_partial=true`);
  await call("trace-artifact", "GET", `/ajax-api/2.0/mlflow/get-trace-artifact?request_id=${ok.trace_id}`);
  await call("error-or-filter", "POST", "/api/3.0/mlflow/traces/search", { locations: location, max_results: 10, filter: "trace.status = 'OK' OR trace.status = 'ERROR'" });
  await call("error-unknown-trace", "GET", traceUrl("tr-00000000000000000000000000000000"));

  // An assessment on a span: its span_id comes back as hex while spans carry base64 ids.
  const spanText = readFileSync(path.join(OUT, "trace-get.json"), "utf8");
  const spanIdBase64 = /"span_id":\s*"([^"]+)"/.exec(spanText.slice(spanText.indexOf('"spans"')))[1];
  const spanIdHex = Buffer.from(spanIdBase64, "base64").toString("hex");
  const created = await call("assessment-create", "POST", `${traceUrl(ok.trace_id)}/assessments`, {
    assessment: {
      assessment_name: "fixture_feedback",
      trace_id: ok.trace_id,
      span_id: spanIdHex,
      source: { source_type: "HUMAN", source_id: "fixture-recorder" },
      feedback: { value: false },
      rationale: "recorded for the mapping tests",
    },
  });
  const assessmentId = JSON.parse(created).assessment.assessment_id;
  await call("assessment-update", "PATCH", `${traceUrl(ok.trace_id)}/assessments/${assessmentId}`, {
    assessment: { feedback: { value: true } },
    update_mask: "feedback",
  });
  await call("trace-info-with-span-assessment", "GET", traceUrl(ok.trace_id));

  // Feedback: one assessment read back, a human override of a judge's verdict (and the trace info
  // after it), a list-valued expectation, and the lookup by client request id the feedback API makes.
  await call("assessment-get", "GET", `${traceUrl(ok.trace_id)}/assessments/${assessmentId}`);
  const judged = traces.find((t) => t.trace_id !== seed.special.overridden_feedback?.trace_id && t.feedback?.some((f) => f.source_type === "LLM_JUDGE"));
  const judgedInfo = JSON.parse(await (await fetch(baseUrl + traceUrl(judged.trace_id))).text());
  const verdict = judgedInfo.trace.trace_info.assessments.find((a) => a.source?.source_type === "LLM_JUDGE" && a.feedback);
  await call("assessment-override", "POST", `${traceUrl(judged.trace_id)}/assessments`, {
    assessment: {
      assessment_name: verdict.assessment_name,
      trace_id: judged.trace_id,
      source: { source_type: "HUMAN", source_id: "fixture-recorder" },
      feedback: { value: "overridden" },
      rationale: "recorded for the override tests",
      overrides: verdict.assessment_id,
    },
  });
  await call("trace-info-after-override", "GET", traceUrl(judged.trace_id));
  await call("assessment-expectation-list", "POST", `${traceUrl(ok.trace_id)}/assessments`, {
    assessment: { assessment_name: "expected_facts", trace_id: ok.trace_id, source: { source_type: "HUMAN", source_id: "fixture-recorder" }, expectation: { value: ["fact one", "fact two"] } },
  });
  await call("traces-search-client-request-id", "POST", "/api/3.0/mlflow/traces/search", {
    locations: location, max_results: 10, filter: `trace.client_request_id = '${ok.client_request_id}'`,
  });

  const day = 86_400_000;
  const end = seed.base_time_ms + day;
  await call("metrics-trace-count-daily", "POST", "/api/3.0/mlflow/traces/metrics", {
    experiment_ids: [experimentId], view_type: "TRACES", metric_name: "trace_count", aggregations: [{ aggregation_type: "COUNT" }],
    time_interval_seconds: 86_400, start_time_ms: end - 15 * day, end_time_ms: end,
  });
  await call("metrics-latency-percentiles", "POST", "/api/3.0/mlflow/traces/metrics", {
    experiment_ids: [experimentId], view_type: "TRACES", metric_name: "latency",
    aggregations: [{ aggregation_type: "PERCENTILE", percentile_value: 50 }, { aggregation_type: "PERCENTILE", percentile_value: 95 }, { aggregation_type: "AVG" }],
    dimensions: ["trace_name"],
  });

  // The overview's queries (lib/aggregate/overview-plan.ts), daily over the seeded window.
  const overview = (metric_name, aggregations, extra = {}) => ({
    experiment_ids: [experimentId], metric_name, aggregations, time_interval_seconds: 86_400,
    start_time_ms: end - 15 * day, end_time_ms: end, max_results: 10_000, view_type: "TRACES", ...extra,
  });
  const percentiles = [50, 90, 95, 99].map((percentile_value) => ({ aggregation_type: "PERCENTILE", percentile_value }));
  const feedbackOnly = { view_type: "ASSESSMENTS", filters: ["assessment.type = 'feedback'"] };
  const whole = (query) => {
    const copy = { ...query };
    delete copy.time_interval_seconds;
    return copy;
  };
  await call("metrics-overview-volume-daily", "POST", "/api/3.0/mlflow/traces/metrics", overview("trace_count", [{ aggregation_type: "COUNT" }], { dimensions: ["trace_status"] }));
  await call("metrics-overview-latency-daily", "POST", "/api/3.0/mlflow/traces/metrics", overview("latency", percentiles));
  await call("metrics-overview-tokens-daily", "POST", "/api/3.0/mlflow/traces/metrics", overview("total_tokens", [{ aggregation_type: "SUM" }]));
  await call("metrics-overview-cost-daily", "POST", "/api/3.0/mlflow/traces/metrics", overview("total_cost", [{ aggregation_type: "SUM" }], { view_type: "SPANS", dimensions: ["span_model_name"] }));
  await call("metrics-overview-feedback-daily", "POST", "/api/3.0/mlflow/traces/metrics", overview("assessment_value", [{ aggregation_type: "AVG" }], { ...feedbackOnly, dimensions: ["assessment_name"] }));
  await call("metrics-overview-feedback-values", "POST", "/api/3.0/mlflow/traces/metrics", whole(overview("assessment_count", [{ aggregation_type: "COUNT" }], { ...feedbackOnly, dimensions: ["assessment_name", "assessment_value"] })));
  const counted = [{ aggregation_type: "COUNT" }];
  await call("metrics-breakdown-name-status", "POST", "/api/3.0/mlflow/traces/metrics", whole(overview("trace_count", counted, { dimensions: ["trace_name", "trace_status"] })));
  await call("metrics-breakdown-span-type-status", "POST", "/api/3.0/mlflow/traces/metrics", whole(overview("span_count", counted, { view_type: "SPANS", dimensions: ["span_type", "span_status"] })));
  await call("metrics-breakdown-model-status", "POST", "/api/3.0/mlflow/traces/metrics", whole(overview("span_count", counted, { view_type: "SPANS", dimensions: ["span_model_name", "span_status"] })));
  await call("error-metrics-bad-dimension", "POST", "/api/3.0/mlflow/traces/metrics", overview("latency", percentiles, { dimensions: ["trace_status"] }));
  await call("error-missing-endpoint", "POST", "/api/3.0/mlflow/traces/no-such-endpoint", {});
  const twoTraces = traces.filter((t) => t.status === "OK").slice(0, 2).map((t) => `trace_ids=${t.trace_id}`).join("&");
  await call("traces-batch-get", "GET", `/api/3.0/mlflow/traces/batchGet?${twoTraces}`);

  const manifest = { mlflowVersion: version, seed: seed.seed, calls };
  writeFileSync(path.join(OUT, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  process.stderr.write(`recorded ${calls.length} responses from MLflow ${version} into ${path.relative(ROOT, OUT)}\n`);
}

main().catch(exitOnSetupError);
