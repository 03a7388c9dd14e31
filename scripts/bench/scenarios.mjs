// What each benchmark cell does in each UI: URLs, what to wait for (marker text, not DOM
// structure, wherever both UIs show the same text) and the interactions. One "journey" runs in
// one fresh browser and yields the samples of several cells; a step that does not finish ends the
// journey, and its later cells are recorded as not run.
//
// MLflow's own UI (3.18.0, hash routes, same server):
//   traces      #/experiments/<id>/traces?startTimeLabel=ALL      (25 rows a page, all time)
//   one trace   #/experiments/<id>/traces?startTimeLabel=ALL&traceId=<trace id>  (the drawer)
//   sessions    #/experiments/<id>/traces?startTimeLabel=ALL&groupBy=session
//   charts      #/experiments/<id>/dashboard/usage?startTimeLabel=LAST_30_DAYS
// Ours: /experiments/<id>/traces (50 rows), /traces/<trace id>, /sessions, /sessions/<session id>,
// /overview?range=30d.
import { DidNotFinish, heapAfterGcMB, networkWhenQuiet, rendererRssMB, resetScroll, scrollFrames, settle, timeInteraction, timeNavigation, waitForSpec } from "./browser.mjs";

const GOT_IT = '[data-component-id="mlflow.detect_issues.guidance.got_it"]';

export const APPS = {
  mlflow: {
    label: "MLflow UI",
    pageSize: 25,
    url: {
      list: (c, id) => `${c.mlflowUrl}/#/experiments/${id}/traces?startTimeLabel=ALL`,
      trace: (c, id, traceId) => `${c.mlflowUrl}/#/experiments/${id}/traces?startTimeLabel=ALL&traceId=${encodeURIComponent(traceId)}`,
      sessions: (c, id) => `${c.mlflowUrl}/#/experiments/${id}/traces?startTimeLabel=ALL&groupBy=session`,
      charts: (c, id) => `${c.mlflowUrl}/#/experiments/${id}/dashboard/usage?startTimeLabel=LAST_30_DAYS`,
    },
    nextPage: (page) => page.locator('[data-component-id="web-shared.traces-table.pagination.next"]').click(),
    filterInput: (page) => page.locator('input[placeholder="Add a filter"]'),
    statusFilter: "state = 'ERROR'",
    textFilter: (needle) => needle,
    rootToggle: (page) => page.locator('[data-component-id="shared.model-trace-explorer.toggle-span"]').first(),
    // The "Detect issues" guidance popover of a first visit covers the toolbar; close it (untimed).
    dismissPopups: (page) => page.locator(GOT_IT).click({ timeout: 2000 }).catch(() => {}),
    chartsDone: { gone: ['[class*="keleton"]'], minCount: { ".recharts-wrapper": 1 }, idle: true },
  },
  ours: {
    label: "ours",
    pageSize: 50,
    url: {
      list: (c, id) => `${c.appUrl}/experiments/${id}/traces`,
      trace: (c, id, traceId) => `${c.appUrl}/experiments/${id}/traces/${encodeURIComponent(traceId)}`,
      sessions: (c, id) => `${c.appUrl}/experiments/${id}/sessions`,
      charts: (c, id) => `${c.appUrl}/experiments/${id}/overview?range=30d`,
      conversation: (c, id, sessionId) => `${c.appUrl}/experiments/${id}/sessions/${encodeURIComponent(sessionId)}`,
    },
    nextPage: (page) => page.getByRole("button", { name: "Next ›" }).click(),
    filterInput: (page) => page.locator('[data-testid="trace-filter-input"]'),
    statusFilter: "trace.status = 'ERROR'",
    textFilter: (needle) => `trace.text ILIKE '%${needle}%'`,
    rootToggle: (page) => page.locator('[data-testid="span-row-toggle"]').first(),
    dismissPopups: async () => {},
    chartsDone: { selectors: ['[data-testid="overview"][data-complete="true"]'], minCount: { ".recharts-wrapper": 1 }, idle: true },
  },
};

/** ROW-<i> of the trace `k` places below the newest (markers count up with time). */
export function markerBelowNewest(dataset, k) {
  const newest = Number(/ROW-(\d+)/.exec(dataset.newest_markers[0])[1]);
  return `ROW-${String(newest - k).padStart(6, "0")}`;
}

/** The first `count` span names of a branching-4 tree of `size` spans, depth first (as both UIs list them). */
export function firstRows(size, count) {
  const rows = [];
  const stack = [0];
  while (stack.length && rows.length < count) {
    const j = stack.pop();
    rows.push(`S${j}`);
    for (let child = Math.min(4 * j + 4, size - 1); child >= 4 * j + 1; child--) stack.push(child);
  }
  return rows;
}

/**
 * The free-text search: a substring of the requests of the 100 traces just below the newest 100
 * (e.g. "ROW-0098" matches ROW-009800…ROW-009899), so the newest match is not on the first page and
 * the answer is new rows. MLflow's `trace.text` search scans span contents trace by trace (about
 * 20 ms a trace on SQLite), so a rare word (the seeder's text_needle, in 1% of the traces) costs the
 * server minutes per search at 10,000 traces; this search costs it a few seconds.
 */
export function recentTextSearch(dataset) {
  const marker = markerBelowNewest(dataset, 100);
  return { needle: marker.slice(0, -2), marker };
}

const listSpec = (dataset) => ({ visible: [dataset.newest_markers[0]], rendered: Array.from({ length: 20 }, (_, k) => markerBelowNewest(dataset, k + 1)) });
const newestUnless = (dataset, marker) => (dataset.newest_markers[0] === marker ? [] : [dataset.newest_markers[0]]);

/** Runs the steps in order; each returns {cell, ...figures}. A DNF ends the journey. */
async function steps(list) {
  const out = [];
  for (const [cell, step] of list) {
    const started = Date.now();
    try {
      out.push({ cell, ...(await step()), wallMs: Date.now() - started });
    } catch (error) {
      // Playwright's own timeouts (an element never became clickable) are DNFs too.
      const dnf = error instanceof DidNotFinish || error?.name === "TimeoutError";
      const message = String(error?.message ?? error).split("\n")[0];
      out.push(dnf ? { cell, dnf: true, note: message } : { cell, error: message });
      for (const [later] of list.slice(list.findIndex(([name]) => name === cell) + 1)) out.push({ cell: later, skipped: true, note: `not run: ${cell} did not finish` });
      break;
    }
  }
  return out;
}

/** Times `run`, then adds the bytes and requests of the whole page load (read once it is quiet). */
const withNetwork = async (session, run) => {
  session.resetNetwork();
  const ms = await run();
  return { ms, ...(await networkWhenQuiet(session)) };
};

/** Loads the list, types `text` into the filter box (untimed), then times Enter → first match on screen. */
const filterStep = (app, c, ds, session, text, marker) => async () => {
  const a = APPS[app];
  const options = { timeoutMs: c.timeoutMs };
  await session.page.goto(a.url.list(c, ds.experiment_id), { waitUntil: "commit" });
  await waitForSpec(session, { visible: [ds.newest_markers[0]] }, options);
  await settle(session);
  await a.dismissPopups(session.page);
  await a.filterInput(session.page).click();
  await session.page.keyboard.type(text);
  return { ms: await timeInteraction(session, () => session.page.keyboard.press("Enter"), { visible: [marker], absent: newestUnless(ds, marker) }, options) };
};

export const JOURNEYS = {
  /** First rows cold (fresh browser) and warm (second navigation), then the next page. */
  list: (app, c, ds, session) => {
    const a = APPS[app];
    const url = a.url.list(c, ds.experiment_id);
    const options = { timeoutMs: c.timeoutMs };
    return steps([
      ["list.cold", () => withNetwork(session, () => timeNavigation(session, url, listSpec(ds), options))],
      [
        "list.warm",
        async () => {
          await session.page.goto("about:blank");
          return withNetwork(session, () => timeNavigation(session, url, listSpec(ds), options));
        },
      ],
      [
        "list.next",
        async () => {
          await settle(session);
          await a.dismissPopups(session.page);
          const first = markerBelowNewest(ds, a.pageSize);
          return { ms: await timeInteraction(session, () => a.nextPage(session.page), { visible: [first], absent: [ds.newest_markers[0]] }, options) };
        },
      ],
    ]);
  },

  /** A structured filter (status ERROR), typed into the filter box and sent with Enter. */
  "filter-status": (app, c, ds, session) => steps([["list.filter.status", filterStep(app, c, ds, session, APPS[app].statusFilter, ds.error_newest_marker)]]),

  /** A free-text filter (recentTextSearch), typed and sent with Enter. */
  "filter-text": (app, c, ds, session) => {
    const { needle, marker } = recentTextSearch(ds);
    return steps([["list.filter.text", filterStep(app, c, ds, session, APPS[app].textFilter(needle), marker)]]);
  },

  /**
   * A big trace: first screen, memory, selecting a span (its name then shows in the details pane
   * too), scrolling the span list, collapsing and expanding the root. The first screen is timed in
   * a warm browser, as when a reader opens a trace from the list: the app's trace list is loaded
   * first (untimed), then the trace's own URL (a full navigation, like "first rows, warm").
   */
  trace: (app, c, ds, session) => {
    const a = APPS[app];
    const options = { timeoutMs: c.timeoutMs };
    const rows = firstRows(ds.spans, 12);
    const blank = {};
    return steps([
      [
        "trace.open",
        async () => {
          await session.page.goto(a.url.list(c, ds.experiment_id), { waitUntil: "commit" });
          await settle(session);
          await session.page.goto("about:blank");
          Object.assign(blank, await heapAfterGcMB(session), { rssMB: await rendererRssMB(session) });
          const url = a.url.trace(c, ds.experiment_id, ds.trace_id);
          return withNetwork(session, () => timeNavigation(session, url, { visible: [rows[0], rows.at(-1)], exact: true }, options));
        },
      ],
      [
        "trace.memory",
        async () => {
          await session.page.waitForTimeout(500);
          const after = await heapAfterGcMB(session);
          const rssMB = await rendererRssMB(session);
          return { heapMB: after.heapMB - blank.heapMB, rssMB: rssMB === null ? null : rssMB - blank.rssMB, domNodes: after.domNodes };
        },
      ],
      [
        "trace.select",
        async () => {
          // Our spans are in the page's HTML before its script runs: a click needs a hydrated page.
          await settle(session);
          const name = rows[5];
          const target = session.page.getByText(name, { exact: true }).first();
          return { ms: await timeInteraction(session, () => target.click(), { counts: { [name]: 2 }, exact: true }, options) };
        },
      ],
      ["trace.scroll", () => scrollFrames(session, rows[1], c.scroll).then((r) => (r.error ? Promise.reject(new Error(r.error)) : r))],
      [
        "trace.collapse",
        async () => {
          await resetScroll(session, rows[0]);
          await waitForSpec(session, { visible: [rows[0], rows[1]], exact: true }, options);
          return { ms: await timeInteraction(session, () => a.rootToggle(session.page).click(), { visible: [rows[0]], absent: [rows[1]], exact: true }, options) };
        },
      ],
      ["trace.expand", async () => ({ ms: await timeInteraction(session, () => a.rootToggle(session.page).click(), { visible: [rows[0], rows[1]], exact: true }, options) })],
    ]);
  },

  /** The sessions list: the newest session on screen. */
  sessions: (app, c, ds, session) =>
    steps([["sessions.first", () => withNetwork(session, () => timeNavigation(session, APPS[app].url.sessions(c, ds.experiment_id), { visible: [ds.newest_session_id] }, { timeoutMs: c.timeoutMs }))]]),

  /**
   * One long session as a conversation (session-50): the first turn on screen and the last one
   * rendered. MLflow's UI has no page for one session, so only ours is measured (journeyApps).
   */
  conversation: (app, c, ds, session) => {
    const { id, first_marker: first, last_marker: last } = ds.longest_session;
    const url = APPS[app].url.conversation(c, ds.experiment_id, id);
    return steps([["session.open", () => withNetwork(session, () => timeNavigation(session, url, { visible: [first], rendered: [last] }, { timeoutMs: c.timeoutMs }))]]);
  },

  /** The charts page: every chart drawn and no request in flight for 500 ms. */
  charts: (app, c, ds, session) =>
    steps([["charts.complete", () => withNetwork(session, () => timeNavigation(session, APPS[app].url.charts(c, ds.experiment_id), APPS[app].chartsDone, { timeoutMs: c.timeoutMs, settleMs: 500 }))]]),
};

/**
 * Server state between samples. filter-text: both UIs also ask the server to count the matches,
 * a full scan of span contents that keeps running after the browser has gone, so MLflow is
 * restarted after each sample. trace: our server keeps fetched traces for 10 minutes, so it is
 * restarted before each of our samples: every sample opens the trace as its first reader would.
 * charts: our server keeps metrics answers for 30 s (samples come seconds apart), so it is
 * restarted before each of our samples too.
 */
export const JOURNEY_SERVER_STATE = {
  "filter-text": { restartMlflowAfter: true },
  trace: { coldOurServer: true },
  charts: { coldOurServer: true },
};

/** Which journeys run on which kind of data set. */
export const EXPERIMENT_JOURNEYS = ["list", "filter-status", "filter-text", "sessions", "charts"];
export const TRACE_JOURNEYS = ["trace"];
export const SESSION_JOURNEYS = ["conversation"];

/** The UIs a journey runs in: both, unless one has no such page. */
export const journeyApps = (journey) => (journey === "conversation" ? ["ours"] : ["mlflow", "ours"]);
