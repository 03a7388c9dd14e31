// Takes the real tracking server down and brings it back, through the launcher that owns it
// (scripts/with-mlflow.mjs: SIGUSR2 stops it, SIGHUP starts it again on the same port and store).
import { trackingUri } from "./seed";

const launcher = () => Number(process.env.WITH_MLFLOW_PID);

async function healthy(): Promise<boolean> {
  try {
    const response = await fetch(`${trackingUri()}/health`, { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}

async function waitUntil(want: boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await healthy()) === want) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`MLflow did not become ${want ? "healthy" : "unreachable"} within ${timeoutMs} ms`);
}

export async function stopMlflow() {
  process.kill(launcher(), "SIGUSR2");
  await waitUntil(false, 20_000);
}

export async function startMlflowAgain() {
  if (await healthy()) return;
  process.kill(launcher(), "SIGHUP");
  await waitUntil(true, 120_000);
}
