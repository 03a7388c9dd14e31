#!/usr/bin/env node
// Asks the pinned MLflow server for its verdict on every filter string in lib/filters/filter-corpus.json
// and writes them to lib/mlflow/fixtures/filter-verdicts.json. The unit tests of lib/filters check that
// our diagnostics reject exactly what the server rejects. Re-run after bumping the MLflow pin:
//
//   node scripts/record-filter-verdicts.mjs            # starts a throwaway server
//   MLFLOW_TRACKING_URI=http://127.0.0.1:5000 node scripts/record-filter-verdicts.mjs
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT, ensureVenv, exitOnSetupError, freePort, startMlflow } from "./mlflow.mjs";

const CORPUS = path.join(ROOT, "lib", "filters", "filter-corpus.json");
const OUT = path.join(ROOT, "lib", "mlflow", "fixtures", "filter-verdicts.json");

async function post(baseUrl, urlPath, body) {
  const response = await fetch(baseUrl + urlPath, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json().catch(() => ({})) };
}

async function experimentId(baseUrl) {
  const name = "filter-verdicts";
  const found = await fetch(`${baseUrl}/api/2.0/mlflow/experiments/get-by-name?experiment_name=${name}`);
  if (found.ok) return (await found.json()).experiment.experiment_id;
  return (await post(baseUrl, "/api/2.0/mlflow/experiments/create", { name })).body.experiment_id;
}

async function record(baseUrl) {
  const corpus = JSON.parse(readFileSync(CORPUS, "utf8"));
  const id = await experimentId(baseUrl);
  const version = (await (await fetch(`${baseUrl}/version`)).text()).trim();
  const verdicts = [];
  for (const filter of corpus) {
    const reply = await post(baseUrl, "/api/3.0/mlflow/traces/search", {
      locations: [{ type: "MLFLOW_EXPERIMENT", mlflow_experiment: { experiment_id: id } }],
      filter,
      max_results: 1,
    });
    verdicts.push({ filter, status: reply.status, ...(reply.status === 200 ? {} : { code: reply.body.error_code, message: reply.body.message }) });
  }
  writeFileSync(OUT, `${JSON.stringify({ mlflowVersion: version, verdicts }, null, 1)}\n`);
  process.stderr.write(`recorded ${verdicts.length} verdicts from MLflow ${version} into ${path.relative(ROOT, OUT)}\n`);
}

async function main() {
  if (process.env.MLFLOW_TRACKING_URI) return record(process.env.MLFLOW_TRACKING_URI.replace(/\/$/, ""));
  ensureVenv();
  const dataDir = mkdtempSync(path.join(tmpdir(), "mlflow-verdicts-"));
  const server = await startMlflow({ port: await freePort(), dataDir });
  try {
    await record(server.url);
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch(exitOnSetupError);
