// Runs e2e/support/log_traces.py (the real MLflow SDK) for traces the specs log themselves.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createInterface, type Interface } from "node:readline";
import path from "node:path";
import { trackingUri } from "./seed";

const PYTHON = path.join(process.cwd(), ".venv", "bin", "python");
const SCRIPT = path.join(process.cwd(), "e2e", "support", "log_traces.py");

export interface LoggedTrace {
  experiment_id: string;
  trace_id: string;
}

function start(args: string[]) {
  const child = spawn(PYTHON, [SCRIPT, ...args], { env: { ...process.env, MLFLOW_TRACKING_URI: trackingUri() } });
  let errors = "";
  child.stderr.on("data", (chunk) => (errors = (errors + chunk).slice(-4000)));
  const lines = createInterface({ input: child.stdout });
  const next = () =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const onLine = (line: string) => {
        if (!line.startsWith("{")) return;
        lines.off("line", onLine);
        resolve(JSON.parse(line));
      };
      lines.on("line", onLine);
      child.once("exit", (code) => reject(new Error(`log_traces.py exited with ${code}: ${errors}`)));
    });
  return { child, next };
}

/** A finished trace with hostile HTML and a 10 MB string in its spans. */
export async function logUntrustedTrace(): Promise<LoggedTrace> {
  const { child, next } = start(["untrusted"]);
  const logged = (await next()) as unknown as LoggedTrace;
  await new Promise((resolve) => child.once("exit", resolve));
  return logged;
}

/** An in-progress trace that grows by `batch` finished spans each time `addSpans` is called. */
export async function startLiveTrace(batch: number): Promise<LoggedTrace & { addSpans: () => Promise<number>; stop: () => void; process: ChildProcessWithoutNullStreams; lines?: Interface }> {
  const { child, next } = start(["live", String(batch)]);
  const logged = (await next()) as unknown as LoggedTrace;
  return {
    ...logged,
    process: child,
    addSpans: async () => {
      const reply = next();
      child.stdin.write("more\n");
      return Number((await reply).spans);
    },
    stop: () => {
      child.stdin.end();
      child.kill();
    },
  };
}
