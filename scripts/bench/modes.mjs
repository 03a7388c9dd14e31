// The harness's modes: which data sets, how many samples and warm-ups, floor and proxy samples,
// and the scroll measurement's limits (README.md: modes and durations).

const ALL_TRACES = ["trace-1k-lean", "trace-1k-llm", "trace-10k-lean", "trace-10k-llm", "trace-50k-lean", "trace-50k-llm"];
export const MODES = {
  smoke: {
    experiments: ["exp-1k"],
    sessions: ["session-50"],
    traces: ["trace-1k-lean"],
    proxyTraces: ["trace-1k-lean"],
    samples: 1,
    warmups: 0,
    traceWarmups: 0,
    floorSamples: 3,
    proxy: { small: 30, large: 5 },
    scroll: { frames: 60, capMs: 5_000 },
  },
  quick: {
    experiments: ["exp-10k"],
    sessions: ["session-50"],
    traces: ["trace-10k-lean"],
    proxyTraces: ["trace-1k-lean", "trace-10k-lean"],
    samples: 3,
    mlflowTraceSamples: 1,
    warmups: 0,
    traceWarmups: 0,
    floorSamples: 3,
    proxy: { small: 50, large: 3 },
    scroll: { frames: 300, capMs: 5_000 },
  },
  full: {
    experiments: ["exp-10k", "exp-100k"],
    sessions: ["session-50"],
    traces: ALL_TRACES,
    proxyTraces: ["trace-1k-lean", "trace-10k-lean"],
    samples: 5,
    warmups: 2,
    traceWarmups: 1,
    floorSamples: 10,
    proxy: { small: 1000, large: 100 },
    scroll: { frames: 300, capMs: 20_000 },
  },
};
