#!/usr/bin/env bash
# One command: install what is missing, start a local MLflow with demo data and the dashboard.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/node-check.sh
need_node
install_npm_packages
export NEXT_TELEMETRY_DISABLED=1
exec node scripts/demo.mjs
