#!/usr/bin/env node
// Reads the Vitest, Python unittest and Playwright reports and the benchmark smoke run's status, and prints the closing line
// `tests: N passed, N failed, N skipped`. A missing report counts as a failure, and so does a
// failed lint or build (passed as exit codes), so the line never reads green when a check is red.
import { existsSync, readFileSync } from "node:fs";

const [lintRc = "0", buildRc = "0"] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;

function read(file, label) {
  if (!existsSync(file)) {
    console.log(`${label}: no report (${file}); counted as one failure`);
    failed += 1;
    return null;
  }
  return JSON.parse(readFileSync(file, "utf8"));
}

const vitest = read("ci-out/vitest.json", "unit tests");
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
  console.log(`unit tests: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed`);
  if (vitest.numTotalTests === 0) failed += 1;
}
const python = read("ci-out/python-unit.json", "Python unit tests");
if (python) {
  passed += python.passed;
  failed += python.failed + (python.total === 0 ? 1 : 0);
  skipped += python.skipped;
  console.log(`Python unit tests: ${python.passed} passed, ${python.failed} failed`);
}
const playwright = read("ci-out/playwright.json", "end-to-end tests");
if (playwright) {
  const { expected = 0, unexpected = 0, flaky = 0, skipped: pwSkipped = 0 } = playwright.stats ?? {};
  passed += expected + flaky;
  failed += unexpected;
  skipped += pwSkipped;
  console.log(`end-to-end tests: ${expected} passed, ${flaky} flaky, ${unexpected} failed, ${pwSkipped} skipped`);
  if ((playwright.errors ?? []).length > 0) failed += 1;
}
// The benchmark's smoke run counts as one test: the harness ran every cell without breaking
// (its figures and budgets are not judged here).
const bench = read("ci-out/bench-smoke/status.json", "benchmark smoke run");
if (bench) {
  if (bench.ok) passed += 1;
  else failed += 1;
  console.log(`benchmark smoke run: ${bench.ok ? "passed" : "failed"} in ${Math.round(bench.seconds ?? 0)} s${bench.ok ? "" : ` (${(bench.harnessErrors ?? []).length} errors)`}`);
}
for (const [label, rc] of [["lint", lintRc], ["type check and build", buildRc]]) {
  if (rc !== "0") {
    console.log(`${label} failed; counted as one failure`);
    failed += 1;
  }
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
