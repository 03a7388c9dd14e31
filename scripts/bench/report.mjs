// Turns raw samples into results.md: medians, p90s, floors, ratios and budget verdicts per cell.
import { budgetsFor } from "./budgets.mjs";

const CELL_ORDER = ["list.cold", "list.warm", "list.next", "list.filter.status", "list.filter.text", "trace.open", "trace.memory", "trace.select", "trace.scroll", "trace.collapse", "trace.expand", "sessions.first", "session.open", "charts.complete"];
const CELL_TITLES = {
  "list.cold": "first rows, cold",
  "list.warm": "first rows, warm",
  "list.next": "next page",
  "list.filter.status": "filter: status = ERROR",
  "list.filter.text": "filter: free text",
  "trace.open": "trace: first screen",
  "trace.memory": "trace: JS heap over blank (MB)",
  "trace.select": "trace: select a span",
  "trace.scroll": "trace: scroll, % frames > 20 ms",
  "trace.collapse": "trace: collapse root",
  "trace.expand": "trace: expand root",
  "sessions.first": "sessions: first rows",
  "session.open": "session: 50 turns as a conversation",
  "charts.complete": "charts: page complete",
};
const UNITS = { "trace.memory": "MB", "trace.scroll": "%" };

/** Nearest-rank percentile; DNF samples count as +Infinity. */
export function percentile(values, q) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}

/** The figure a cell is judged by. */
export function mainValue(record) {
  if (record.dnf || record.skipped) return Infinity;
  if (record.cell === "trace.memory") return record.heapMB;
  if (record.cell === "trace.scroll") return (100 * record.framesOver20) / record.frames;
  return record.ms;
}

function fmt(value, unit, capMs) {
  if (value === undefined || value === null || Number.isNaN(value)) return "—";
  if (value === Infinity) return `DNF (>${Math.round(capMs / 1000)} s)`;
  if (unit === "MB") return `${value.toFixed(1)} MB`;
  if (unit === "%") return `${value.toFixed(1)} %`;
  if (unit === "bytes") return value >= 1e6 ? `${(value / 1e6).toFixed(2)} MB` : `${(value / 1e3).toFixed(1)} KB`;
  return Math.abs(value) >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
}

function ratio(mlflow, ours, capMs) {
  if (!Number.isFinite(ours) || Number.isNaN(mlflow)) return "n/a";
  if (mlflow === Infinity) return `≥ ${(capMs / Math.max(ours, 1)).toFixed(1)}×`;
  if (ours === 0) return mlflow === 0 ? "1.0×" : "n/a (ours 0)";
  return `${(mlflow / ours).toFixed(2)}×`;
}

const measured = (samples, cell, dataset, app) => samples.filter((s) => s.cell === cell && s.dataset === dataset && s.app === app && !s.warmup && !s.error);

/** Summary rows: one per cell × data set that has samples. */
export function summarize(run) {
  const rows = [];
  const keys = [...new Set(run.samples.map((s) => `${s.cell}\u0000${s.dataset}`))];
  keys.sort((a, b) => CELL_ORDER.indexOf(a.split("\u0000")[0]) - CELL_ORDER.indexOf(b.split("\u0000")[0]) || a.localeCompare(b));
  for (const key of keys) {
    const [cell, dataset] = key.split("\u0000");
    const stat = (app, field) => {
      const list = measured(run.samples, cell, dataset, app);
      const values = list.map((s) => (field ? (s.dnf || s.skipped ? Infinity : s[field]) : mainValue(s))).filter((v) => v !== undefined && v !== null);
      return { n: list.length, p50: percentile(values, 0.5), p90: percentile(values, 0.9), min: percentile(values, 0) };
    };
    const errors = run.samples.filter((s) => s.cell === cell && s.dataset === dataset && s.error && !s.skipped && !s.dnf);
    const floorValues = run.floors[`${cell}@${dataset}`];
    const floor = floorValues ? percentile(floorValues, 0.5) : NaN;
    const ours = stat("ours");
    const mlflow = stat("mlflow");
    const spans = run.manifest.datasets[dataset]?.spans;
    const budgets = budgetsFor(cell, dataset, { backend: run.backend, spans });
    const read = (check) => {
      if (check.stat === "p50-floor") return ours.p50 - floor;
      if (check.stat === "p90-floor") return ours.p90 - floor;
      return check.field ? stat("ours", check.field)[check.stat] : ours[check.stat];
    };
    const verdict = budgets.length === 0 ? "—" : ours.n === 0 ? "no samples" : budgets.every((b) => b.checks.every((c) => read(c) <= c.max)) ? "pass" : "FAIL";
    rows.push({ cell, dataset, unit: UNITS[cell] ?? "ms", ours, mlflow, floor, budgets, verdict, errors: errors.map((s) => `${s.app}: ${s.error}`) });
  }
  return rows;
}

const table = (header, lines) => [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`, ...lines.map((l) => `| ${l.join(" | ")} |`)].join("\n");

function byApp(run, cell, dataset, app, field) {
  const values = measured(run.samples, cell, dataset, app)
    .filter((s) => !s.dnf && !s.skipped)
    .map((s) => s[field])
    .filter((v) => typeof v === "number");
  return values.length ? Math.round(percentile(values, 0.5) * 10) / 10 : undefined;
}

export function renderMarkdown(run) {
  const cap = run.capMs;
  const rows = summarize(run);
  const main = rows.map((r) => [
    CELL_TITLES[r.cell] ?? r.cell,
    r.dataset,
    r.mlflow.n ? `${fmt(r.mlflow.p50, r.unit, cap)} / ${fmt(r.mlflow.p90, r.unit, cap)}` : "n/a",
    `${fmt(r.ours.p50, r.unit, cap)} / ${fmt(r.ours.p90, r.unit, cap)}`,
    fmt(r.floor, "ms", cap),
    Number.isNaN(r.floor) ? "—" : fmt(r.ours.p50 - r.floor, "ms", cap),
    r.mlflow.n ? ratio(r.mlflow.p50, r.ours.p50, cap) : "n/a",
    r.budgets.map((b) => b.label).join("; ") || "—",
    r.verdict,
  ]);
  const traceSets = [...new Set(run.samples.filter((s) => s.cell.startsWith("trace.")).map((s) => s.dataset))];
  const traceLines = traceSets.flatMap((dataset) =>
    ["mlflow", "ours"].map((app) => [
      dataset,
      app === "ours" ? "ours" : "MLflow UI",
      fmt(byApp(run, "trace.memory", dataset, app, "heapMB"), "MB", cap),
      fmt(byApp(run, "trace.memory", dataset, app, "rssMB"), "MB", cap),
      String(byApp(run, "trace.memory", dataset, app, "domNodes") ?? "—"),
      `${byApp(run, "trace.scroll", dataset, app, "framesOver20") ?? "—"} of ${byApp(run, "trace.scroll", dataset, app, "frames") ?? "—"}`,
      fmt(byApp(run, "trace.scroll", dataset, app, "p95FrameMs"), "ms", cap),
      String(byApp(run, "trace.scroll", dataset, app, "loafOver50") ?? "—"),
      fmt(byApp(run, "trace.scroll", dataset, app, "maxLoafMs"), "ms", cap),
    ]),
  );
  const netCells = rows.filter((r) => ["list.cold", "trace.open", "sessions.first", "session.open", "charts.complete"].includes(r.cell));
  const netLines = netCells.map((r) => {
    const b = (app) => byApp(run, r.cell, r.dataset, app, "bytes");
    return [
      CELL_TITLES[r.cell],
      r.dataset,
      fmt(b("mlflow"), "bytes", cap),
      fmt(b("ours"), "bytes", cap),
      Number.isFinite(b("mlflow") / b("ours")) ? `${(b("mlflow") / b("ours")).toFixed(1)}×` : "n/a",
      `${byApp(run, r.cell, r.dataset, "mlflow", "requests") ?? "—"} (${byApp(run, r.cell, r.dataset, "mlflow", "apiRequests") ?? "—"})`,
      `${byApp(run, r.cell, r.dataset, "ours", "requests") ?? "—"} (${byApp(run, r.cell, r.dataset, "ours", "apiRequests") ?? "—"})`,
    ];
  });
  const proxyLines = (run.proxy ?? []).map((p) => {
    const d50 = percentile(p.direct, 0.5);
    const o50 = percentile(p.ours, 0.5);
    const budget = budgetsFor(p.cell, p.dataset, {})[0];
    const r = o50 / d50;
    return [
      p.label,
      `${d50.toFixed(2)} / ${percentile(p.direct, 0.99).toFixed(2)} ms`,
      `${o50.toFixed(2)} / ${percentile(p.ours, 0.99).toFixed(2)} ms`,
      `${(o50 - d50).toFixed(2)} ms`,
      `${r.toFixed(2)}×`,
      budget?.label ?? "—",
      budget ? (r <= budget.checks[0].max ? "pass" : "FAIL") : "—",
    ];
  });
  // M1: our first rows should not depend on the experiment's size.
  const cold = (dataset) => rows.find((r) => r.cell === "list.cold" && r.dataset === dataset)?.ours.p50;
  const sizeRatio = cold("exp-100k") / cold("exp-10k");
  const sizeLine = Number.isFinite(sizeRatio)
    ? [`Our first rows (cold) at 100K ÷ at 10K traces: ${sizeRatio.toFixed(2)} (M1: ≤ 1.2, ${sizeRatio <= 1.2 ? "pass" : "FAIL"}).`, ""]
    : [];
  const m = run.machine;
  const errors = rows.flatMap((r) => r.errors.map((e) => `- ${r.cell} (${r.dataset}) ${e}`));
  const carried = [...new Set(run.samples.filter((s) => s.carried && !s.warmup).map((s) => `${s.app === "ours" ? "ours" : "MLflow UI"} on ${s.dataset} (${CELL_TITLES[s.cell] ?? s.cell})`))];
  const carriedLine = carried.length
    ? [`DNFs carried, not run again after the first step missed the cap twice in a row: ${carried.join("; ")}. Those samples count as DNF.`, ""]
    : [];
  return [
    `# Benchmark: our dashboard and MLflow's own UI, one MLflow server`,
    "",
    `${run.startedAt} · mode **${run.mode}** · backend **${run.backend}** · ${run.samplesPerCell} measured samples per cell${run.mlflowTraceSamples !== undefined && run.mlflowTraceSamples < run.samplesPerCell ? ` (MLflow's UI on big traces: ${run.mlflowTraceSamples})` : ""} after ${run.warmups} warm-up(s) (${run.traceWarmups ?? run.warmups} on big traces), alternating A/B, a fresh browser per sample · DNF cap ${Math.round(cap / 1000)} s`,
    "",
    `Machine: ${m.nproc} cores (${m.cpuModel}), ${m.memGB} GB RAM, load average ${m.loadStart} at start, ${m.loadEnd ?? "?"} at end · MLflow ${m.mlflowVersion} · Chromium ${m.chromiumVersion} · Node ${m.node} · commit ${m.commit}`,
    "",
    `Data sets: ${Object.entries(run.manifest.datasets).map(([name, d]) => `${name} (${d.cached ? "cached" : `seeded in ${d.seed_seconds} s`})`).join(", ")} · run took ${run.totalSeconds?.toFixed(0) ?? "?"} s`,
    "",
    "## Cells (p50 / p90; floor = the bare MLflow REST calls for the same screen, timed in the same run)",
    "",
    table(["cell", "data set", "MLflow UI", "ours", "floor", "ours − floor", "MLflow ÷ ours", "budget (ours)", "verdict"], main),
    "",
    ...carriedLine,
    ...sizeLine,
    ...(traceLines.length
      ? ["## Big traces: memory and scrolling (p50)", "", table(["data set", "UI", "JS heap over blank", "renderer RSS over blank", "DOM nodes", "frames > 20 ms", "p95 frame", "LoAF > 50 ms", "longest LoAF"], traceLines), ""]
      : []),
    "## Bytes on the wire and requests (p50; requests in all, data requests in brackets)",
    "",
    table(["cell", "data set", "MLflow UI bytes", "our bytes", "MLflow ÷ ours", "MLflow UI requests", "our requests"], netLines),
    "",
    ...(proxyLines.length ? ["## Proxy overhead (Node, keep-alive, sequential; p50 / p99)", "", table(["call", "direct to MLflow", "through our API", "added p50", "ours ÷ direct", "budget", "verdict"], proxyLines), ""] : []),
    ...(errors.length ? ["## Errors (samples left out)", "", ...errors, ""] : []),
  ].join("\n");
}
