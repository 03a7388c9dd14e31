// Browser side of the benchmark: a fresh Debian Chromium per sample (Playwright, never a downloaded
// browser), with the page probe injected (page-probe.mjs) and CDP counters for bytes on the wire,
// requests, JS heap after GC and renderer RSS.
import { readFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { pageProbe } from "./page-probe.mjs";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// performance.md §5.1: headless, software compositing, no background traffic, fresh profile.
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
export const VIEWPORT = { width: 1400, height: 900 };

/** Thrown when a wait runs past the cell's cap: the sample is recorded as DNF. */
export class DidNotFinish extends Error {}

/** A fresh browser process with one page, the probe and the CDP counters. */
export async function openBrowser() {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS });
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(pageProbe);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Performance.enable");
  const net = { bytes: 0, requests: 0, api: 0, inflight: new Set(), lastChange: Date.now() };
  const settled = (requestId) => {
    net.inflight.delete(requestId);
    net.lastChange = Date.now();
  };
  cdp.on("Network.loadingFailed", ({ requestId }) => settled(requestId));
  cdp.on("Network.requestWillBeSent", ({ requestId, type, request }) => {
    // A web worker's script never reports "finished" to the page's session (MLflow's UI starts a
    // telemetry worker), and streams stay open by design: neither keeps the network "busy".
    if (!(type === "EventSource" || /worker[^/]*\.js(\?|$)/.test(request.url))) net.inflight.add(requestId);
    net.lastChange = Date.now();
    net.requests += 1;
    // Data requests: calls of either UI's JSON API (not scripts, styles or page prefetches).
    if ((type === "Fetch" || type === "XHR") && /^\/(api|ajax-api)\//.test(new URL(request.url, "http://x").pathname)) net.api += 1;
  });
  cdp.on("Network.loadingFinished", ({ requestId, encodedDataLength }) => {
    net.bytes += encodedDataLength;
    settled(requestId);
  });
  const crashed = new Promise((resolve) => page.on("crash", () => resolve(true)));
  return {
    browser,
    page,
    cdp,
    crashed,
    /** Zeroes the network counters (call before the measured step). */
    resetNetwork() {
      net.bytes = 0;
      net.requests = 0;
      net.api = 0;
    },
    network: () => ({ bytes: net.bytes, requests: net.requests, apiRequests: net.api }),
    /** Waits (from Node, so a busy page cannot delay it) until no request has been open for `quietMs`. */
    async networkQuiet(quietMs = 500, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline && (net.inflight.size > 0 || Date.now() - net.lastChange < quietMs)) await new Promise((resolve) => setTimeout(resolve, 50));
    },
    close: () => browser.close().catch(() => {}),
  };
}

/**
 * Waits in the page until `spec` holds (page-probe.mjs) and returns the epoch ms of the painted
 * frame showing it. Throws DidNotFinish after `timeoutMs`.
 */
export async function waitForSpec(session, spec, { timeoutMs = 120_000, settleMs = 0 } = {}) {
  const started = Date.now();
  for (;;) {
    const left = timeoutMs - (Date.now() - started);
    if (left <= 0) throw new DidNotFinish(`not within ${Math.round(timeoutMs / 1000)} s`);
    try {
      const at = await Promise.race([
        session.page.evaluate(([spec, left, settleMs]) => window.__bench.waitFor(spec, left, settleMs), [spec, left, settleMs]),
        session.crashed.then(() => {
          throw new DidNotFinish("the renderer crashed");
        }),
      ]);
      if (at === null) throw new DidNotFinish(`not within ${Math.round(timeoutMs / 1000)} s`);
      return at;
    } catch (error) {
      // A navigation replaced the document while waiting: wait again in the new one.
      if (/Execution context was destroyed|navigat|__bench/.test(String(error?.message)) && !(error instanceof DidNotFinish)) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        continue;
      }
      throw error;
    }
  }
}

/** Navigates and returns ms from navigation start to the painted frame where `spec` holds. */
export async function timeNavigation(session, url, spec, options) {
  await session.page.goto(url, { waitUntil: "commit", timeout: options?.timeoutMs ?? 120_000 });
  const doneAt = await waitForSpec(session, spec, options);
  const origin = await session.page.evaluate(() => performance.timeOrigin);
  return doneAt - origin;
}

/**
 * Runs `act` (a click or a key press through real CDP input) and returns ms from that input
 * event's own timestamp to the painted frame where `spec` holds.
 */
export async function timeInteraction(session, act, spec, options) {
  await session.page.evaluate(() => window.__bench.resetInput());
  const before = await session.page.evaluate(() => window.__bench.epochNow());
  await act();
  const doneAt = await waitForSpec(session, spec, options);
  const inputAt = (await session.page.evaluate(() => window.__bench.lastInput()).catch(() => null)) ?? before;
  return doneAt - inputAt;
}

/**
 * Untimed: waits until the page has loaded and no request has been in flight for 500 ms, so an
 * interaction that follows meets a hydrated, idle page (a click before hydration would be lost).
 */
export async function settle(session, timeoutMs = 5_000) {
  await session.page.waitForLoadState("load", { timeout: timeoutMs }).catch(() => {});
  await session.networkQuiet(500, timeoutMs);
}

/** Bytes and requests of everything the page loaded, read once its network has gone quiet. */
export async function networkWhenQuiet(session) {
  await session.networkQuiet();
  return session.network();
}

/** JS heap in use after a forced garbage collection, in MB. */
export async function heapAfterGcMB(session) {
  await session.cdp.send("HeapProfiler.enable");
  await session.cdp.send("HeapProfiler.collectGarbage");
  const { metrics } = await session.cdp.send("Performance.getMetrics");
  const value = (name) => metrics.find((metric) => metric.name === name)?.value ?? NaN;
  return { heapMB: value("JSHeapUsedSize") / 2 ** 20, domNodes: value("Nodes") };
}

/** Resident memory of the browser's renderer processes (CDP process list + /proc), in MB; null off Linux. */
export async function rendererRssMB(session) {
  try {
    const cdp = await session.browser.newBrowserCDPSession();
    const { processInfo } = await cdp.send("SystemInfo.getProcessInfo");
    await cdp.detach().catch(() => {});
    let kb = 0;
    for (const { type, id } of processInfo) {
      if (type !== "renderer") continue;
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${id}/status`, "utf8"))?.[1] ?? 0);
    }
    return kb / 1024;
  } catch {
    return null;
  }
}

/** Scrolls the span list (the scrollable ancestor of the first span name on screen) back to the top. */
export async function resetScroll(session, anyName) {
  await session.page.evaluate((anyName) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!/^S\d+$/.test(node.data.trim()) || node.data.trim() === anyName) continue;
      for (let element = node.parentElement; element; element = element.parentElement) {
        if (element.scrollTop > 0) element.scrollTop = 0;
      }
      return;
    }
  }, anyName);
}

/**
 * Scrolls the span list: finds the scrollable ancestor of the element showing `anchorText` (a span
 * name), then 30 warm-up frames and `frames` (300) frames of +150 px per animation frame, or as
 * many as fit in `capMs` (a UI that needs seconds per frame would otherwise take hours). Returns
 * frame-time figures and the long animation frames (LoAF) seen while scrolling.
 */
export async function scrollFrames(session, anchorText, { frames = 300, capMs = 20_000 } = {}) {
  return session.page.evaluate(async ([anchorText, frames, capMs]) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let anchor = null;
    for (let node = walker.nextNode(); node && !anchor; node = walker.nextNode()) if (node.data.trim() === anchorText) anchor = node.parentElement;
    let scroller = anchor;
    while (scroller && !(/(auto|scroll)/.test(getComputedStyle(scroller).overflowY) && scroller.scrollHeight > scroller.clientHeight + 10)) scroller = scroller.parentElement;
    if (!scroller) return { error: `no scrollable container around "${anchorText}"` };
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const warmUntil = performance.now() + capMs / 4;
    for (let i = 0; i < 30 && performance.now() < warmUntil; i++) {
      scroller.scrollTop += 150;
      await frame();
    }
    const startedAt = performance.now();
    const deltas = [];
    let last = performance.now();
    for (let i = 0; i < frames && performance.now() - startedAt < capMs; i++) {
      scroller.scrollTop += 150;
      await frame();
      const now = performance.now();
      deltas.push(now - last);
      last = now;
    }
    await new Promise((resolve) => setTimeout(resolve, 100)); // let the last LoAF entries arrive
    // Long frames that overlap the measured frames (a long one may have begun before them).
    const loaf = window.__bench.loaf().filter((entry) => entry.start + entry.duration > startedAt);
    const sorted = [...deltas].sort((a, b) => a - b);
    return {
      frames: deltas.length,
      framesOver20: deltas.filter((delta) => delta > 20).length,
      p95FrameMs: sorted[Math.floor(sorted.length * 0.95)],
      loafOver50: loaf.filter((entry) => entry.duration > 50).length,
      maxLoafMs: Math.max(0, ...loaf.map((entry) => entry.duration)),
      scrolledPx: scroller.scrollTop,
    };
  }, [anchorText, frames, capMs]);
}

export async function chromiumVersion() {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS });
  const version = browser.version();
  await browser.close();
  return version;
}
