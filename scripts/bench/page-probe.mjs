// The code the harness injects into every document (Playwright addInitScript) before the page's own
// scripts run. It is one self-contained function, serialized into the page; it defines
// window.__bench with:
//
//   waitFor(spec, timeoutMs, settleMs)  resolves with the epoch ms (timeOrigin + now) of the first
//                                       animation frame painted after `spec` holds, or null on timeout
//   lastInput()                         epoch ms of the last keydown or pointerdown (the input event's
//                                       own timestamp), reset with resetInput()
//   loaf()                              long animation frames seen so far [{start, duration}]
//   inflight()                          fetch/XHR requests started and not answered yet
//
// A spec is a set of conditions that must all hold:
//   visible:  texts that must be on screen (a text node containing it, inside the viewport)
//   rendered: texts that must be in the rendered DOM (laid out, maybe scrolled out of view)
//   absent:   texts that must not be on screen
//   counts:   {text: n}: the text on screen in at least n places (a span name in the tree and in
//             the details pane once it is selected)
//   exact:    texts match whole (trimmed) text nodes instead of substrings (span names "S12")
//   selectors: CSS selectors that must each match an element
//   gone:     CSS selectors that must match no element (skeletons, spinners)
//   minCount: {selector: n}: at least n elements
//   idle:     no fetch/XHR in flight
// Text checks walk the text nodes of the body; they rerun only after a DOM mutation or a scroll,
// and at least every 10th frame, so a huge DOM is not walked on every frame.
export function pageProbe() {
  if (window.__bench) return;
  const state = { input: null, loaf: [], dirty: true, inflight: 0 };
  const epochNow = () => performance.timeOrigin + performance.now();
  const onInput = (event) => {
    state.input = performance.timeOrigin + event.timeStamp;
  };
  window.addEventListener("keydown", onInput, true);
  window.addEventListener("pointerdown", onInput, true);
  window.addEventListener("scroll", () => (state.dirty = true), true);
  const keepLoaf = (entries) => {
    for (const entry of entries) state.loaf.push({ start: entry.startTime, duration: entry.duration });
  };
  let loafObserver = null;
  try {
    loafObserver = new PerformanceObserver((list) => keepLoaf(list.getEntries()));
    loafObserver.observe({ type: "long-animation-frame", buffered: true });
  } catch {
    // no long-animation-frame support
  }
  new MutationObserver(() => (state.dirty = true)).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });

  const originalFetch = window.fetch;
  window.fetch = function (...args) {
    state.inflight += 1;
    const done = () => (state.inflight -= 1);
    // Finished once the response headers are in (reading a clone of the body would hold big
    // bodies twice in memory and skew the heap figures).
    return originalFetch.apply(this, args).then(
      (response) => {
        done();
        return response;
      },
      (error) => {
        done();
        throw error;
      },
    );
  };
  const originalSend = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.send = function (...args) {
    state.inflight += 1;
    this.addEventListener("loadend", () => (state.inflight -= 1), { once: true });
    return originalSend.apply(this, args);
  };

  const onScreen = (element) => {
    if (!element) return false;
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) return false;
    if (rect.bottom <= 0 || rect.right <= 0 || rect.top >= innerHeight || rect.left >= innerWidth) return false;
    return element.checkVisibility ? element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) : true;
  };
  const laidOut = (element) => {
    if (!element) return false;
    const rect = element.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0 && (element.checkVisibility ? element.checkVisibility({ visibilityProperty: true }) : true);
  };

  function textsHold(spec) {
    const visible = spec.visible ?? [];
    const rendered = spec.rendered ?? [];
    const absent = spec.absent ?? [];
    const counts = Object.entries(spec.counts ?? {});
    if (visible.length + rendered.length + absent.length + counts.length === 0) return true;
    const seenCounts = new Map();
    const match = spec.exact ? (text, wanted) => text.trim() === wanted : (text, wanted) => text.includes(wanted);
    const seenVisible = new Set();
    const seenRendered = new Set();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.data;
      if (text.length < 2) continue;
      for (const wanted of absent) if (match(text, wanted) && onScreen(node.parentElement)) return false;
      for (const wanted of visible) if (!seenVisible.has(wanted) && match(text, wanted) && onScreen(node.parentElement)) seenVisible.add(wanted);
      for (const wanted of rendered) if (!seenRendered.has(wanted) && match(text, wanted) && laidOut(node.parentElement)) seenRendered.add(wanted);
      for (const [wanted] of counts) if (match(text, wanted) && onScreen(node.parentElement)) seenCounts.set(wanted, (seenCounts.get(wanted) ?? 0) + 1);
    }
    return (
      seenVisible.size === new Set(visible).size &&
      seenRendered.size === new Set(rendered).size &&
      counts.every(([wanted, count]) => (seenCounts.get(wanted) ?? 0) >= count)
    );
  }

  function holds(spec) {
    if (!document.body) return false;
    if (spec.idle && state.inflight > 0) return false;
    for (const selector of spec.selectors ?? []) if (!document.querySelector(selector)) return false;
    for (const selector of spec.gone ?? []) if (document.querySelector(selector)) return false;
    for (const [selector, count] of Object.entries(spec.minCount ?? {})) if (document.querySelectorAll(selector).length < count) return false;
    return textsHold(spec);
  }

  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const frameOrTimeout = () => new Promise((resolve) => {
    // Background tabs get no frames; a timer keeps the loop going.
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });

  async function waitFor(spec, timeoutMs = 120_000, settleMs = 0) {
    const deadline = epochNow() + timeoutMs;
    let since = null; // epoch ms of the painted frame where the spec started to hold
    let frames = 0;
    let lastResult = false;
    for (;;) {
      const check = state.dirty || frames % 10 === 0 || spec.idle || settleMs > 0;
      if (check) {
        state.dirty = false;
        lastResult = holds(spec);
      }
      frames += 1;
      if (lastResult && since === null) {
        await frame(); // the frame that shows it
        since = epochNow();
        if (settleMs === 0) return since;
        continue;
      }
      if (!lastResult) since = null;
      if (since !== null && epochNow() - since >= settleMs) return since;
      if (epochNow() > deadline) return null;
      await frameOrTimeout();
    }
  }

  window.__bench = {
    waitFor,
    lastInput: () => state.input,
    resetInput: () => (state.input = null),
    // takeRecords: entries not delivered yet (a busy page delivers them late) are included.
    loaf: () => {
      if (loafObserver) keepLoaf(loafObserver.takeRecords());
      return state.loaf.slice();
    },
    inflight: () => state.inflight,
    epochNow,
  };
}
