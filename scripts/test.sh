#!/usr/bin/env bash
# One command for every check: lint, type check and build, unit tests, the end-to-end suite in
# Chromium against a fresh, seeded, real MLflow server, and a one-sample smoke run of the benchmark
# harness (counted as one test). Ends with `tests: N passed, N failed, N skipped`.
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/node-check.sh
export NEXT_TELEMETRY_DISABLED=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 NO_COLOR=1 FORCE_COLOR=0

started=$(date +%s)
step() { echo; echo "=== $1 ($(( $(date +%s) - started )) s)"; }

step "prerequisites"
need_node
install_npm_packages
node scripts/mlflow.mjs --install-only || exit 1
CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM_PATH" ]; then
  echo "Chromium was not found at $CHROMIUM_PATH. Install Debian's package (apt-get install chromium) or set CHROMIUM_PATH." >&2
  exit 1
fi
export CHROMIUM_PATH
"$CHROMIUM_PATH" --version 2>/dev/null | head -n 1
rm -rf ci-out && mkdir -p ci-out

step "lint"
lint_rc=0; npx --no-install eslint . || lint_rc=$?

step "type check and production build"
build_rc=0; rm -rf .next && npx --no-install next build || build_rc=$?

step "unit tests"
unit_rc=0; npx --no-install vitest run --reporter=default --reporter=json --outputFile.json=ci-out/vitest.json || unit_rc=$?

step "Python unit tests (the benchmark seeder's plan)"
py_rc=0; .venv/bin/python scripts/python-tests.py ci-out/python-unit.json || py_rc=$?

step "end-to-end tests (real MLflow server, Chromium)"
e2e_rc=0
if [ "$build_rc" -eq 0 ]; then
  node scripts/with-mlflow.mjs --seed -- playwright test || e2e_rc=$?
else
  echo "skipped: the build failed, so there is no dashboard to test" >&2
  e2e_rc=1
fi

step "benchmark smoke run (one sample of every cell, both UIs; checks the harness, not the figures)"
bench_rc=0
if [ "$build_rc" -eq 0 ]; then
  npm run --silent bench:smoke -- --out ci-out/bench-smoke || bench_rc=$?
else
  echo "skipped: the build failed" >&2
  bench_rc=1
fi

step "summary"
node scripts/test-summary.mjs "$lint_rc" "$build_rc"
summary_rc=$?
if [ $lint_rc -ne 0 ] || [ $build_rc -ne 0 ] || [ $unit_rc -ne 0 ] || [ $py_rc -ne 0 ] || [ $e2e_rc -ne 0 ] || [ $bench_rc -ne 0 ] || [ $summary_rc -ne 0 ]; then exit 1; fi
exit 0
