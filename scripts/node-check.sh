# Sourced by demo.sh and test.sh: Node 20.19+ and npm must be there; npm packages get installed.
need_node() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "Node.js 20.19 or newer (with npm) is needed: install it from your package manager or nodejs.org." >&2
    exit 1
  fi
  if ! node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)'; then
    echo "Node.js $(node --version) is too old: 20.19 or newer is needed." >&2
    exit 1
  fi
}

install_npm_packages() {
  # `npm install`, not `npm ci`: the registry mirrors lack some other-platform optional packages.
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "[setup] installing npm packages ..." >&2
    npm install --no-audit --no-fund --loglevel=error || { echo "npm install failed (output above)." >&2; exit 1; }
  fi
}
