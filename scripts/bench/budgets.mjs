// The budgets the benchmark checks (our dashboard only), from performance.md §5.3 and the
// Performance sections of the issues. A cell passes only when every check passes (p50 and p90).
//
// A check reads one statistic of our samples: p50/p90 of the cell's main figure, the same minus
// the REST floor's median ("over floor"), or another field's median.

const T_OPEN_OVER_FLOOR = { 1000: 250, 10000: 600, 50000: 1500 }; // issue 4 / M3
const T_HEAP_MB = { 10000: 80, 50000: 200 }; // issue 4 / M8

/** @returns {{label: string, checks: {stat: string, field?: string, max: number}[]}[]} */
export function budgetsFor(cell, dataset, { backend, spans }) {
  switch (cell) {
    case "list.cold":
      return [{ label: "≤ 800 ms p50, ≤ 1.2 s p90 (M1; issue 3)", checks: [{ stat: "p50", max: 800 }, { stat: "p90", max: 1200 }] }];
    case "list.warm":
      return [{ label: "≤ 300 ms p50, ≤ 500 ms p90 (M1; issue 3)", checks: [{ stat: "p50", max: 300 }, { stat: "p90", max: 500 }] }];
    case "list.next":
      return [{ label: "≤ 200 ms over floor (issue 3)", checks: [{ stat: "p50-floor", max: 200 }, { stat: "p90-floor", max: 200 }] }];
    case "list.filter.status":
    case "list.filter.text":
      return [{ label: "≤ 400 ms over floor (issue 3)", checks: [{ stat: "p50-floor", max: 400 }, { stat: "p90-floor", max: 400 }] }];
    case "trace.open": {
      const max = T_OPEN_OVER_FLOOR[spans];
      return max ? [{ label: `≤ +${max} ms over floor (M3; issue 4)`, checks: [{ stat: "p50-floor", max }, { stat: "p90-floor", max }] }] : [];
    }
    case "trace.memory": {
      const max = T_HEAP_MB[spans];
      return max ? [{ label: `JS heap ≤ +${max} MB over a blank page (M8; issue 4)`, checks: [{ stat: "p50", max }, { stat: "p90", max }] }] : [];
    }
    case "trace.scroll":
      return [
        {
          label: "< 2% frames > 20 ms, no LoAF > 50 ms (M4; issue 4)",
          checks: [
            { stat: "p50", max: 2 },
            { stat: "p90", max: 2 },
            { stat: "p90", field: "loafOver50", max: 0 },
          ],
        },
      ];
    case "trace.collapse":
    case "trace.expand":
    case "trace.select":
      return spans >= 10000 ? [{ label: "≤ 100 ms p50, ≤ 200 ms p90 (M5; issue 4)", checks: [{ stat: "p50", max: 100 }, { stat: "p90", max: 200 }] }] : [];
    case "sessions.first":
      return [{ label: "≤ 800 ms p50 over floor (issue 6)", checks: [{ stat: "p50-floor", max: 800 }] }];
    case "session.open":
      return [{ label: "≤ 500 ms p50 over floor (issue 6)", checks: [{ stat: "p50-floor", max: 500 }] }];
    case "charts.complete": {
      const max = backend === "postgres" ? 1000 : 2000;
      return [
        {
          label: `≤ ${max / 1000} s p50 (${backend}), ≤ 6 data requests (issue 7; M6)`,
          checks: [
            { stat: "p50", max },
            { stat: "p90", field: "apiRequests", max: 6 },
          ],
        },
      ];
    }
    case "proxy.search50":
      return [{ label: "ours ÷ direct ≤ 1.05 (M7)", checks: [{ stat: "ratio", max: 1.05 }] }];
    case "proxy.trace":
      return [{ label: "ours ÷ direct ≤ 1.10 (M7)", checks: [{ stat: "ratio", max: 1.1 }] }];
    default:
      return [];
  }
}
