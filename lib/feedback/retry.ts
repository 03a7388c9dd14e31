// When and how long to try again. A trace the application has only just logged is not on the
// tracking server until its export finishes: writes to it answer 404 RESOURCE_DOES_NOT_EXIST for a
// second or two. Those, and transport failures, are retried with backoff for a bounded time;
// refusals (bad input, no permission) are not.

export interface RetryPolicy {
  /** Delay before attempt n+1 (n from 1): base * factor^(n-1), capped at maxDelayMs. */
  baseDelayMs: number;
  factor: number;
  maxDelayMs: number;
  /** No new attempt starts once this much time has passed since the first. */
  budgetMs: number;
}

/** Server side: waits out a trace export in flight (about 8 s in all). */
export const EXPORT_IN_FLIGHT_POLICY: RetryPolicy = { baseDelayMs: 250, factor: 2, maxDelayMs: 2000, budgetMs: 8000 };

/** Browser side: a dropped connection or a restarting dashboard; the vote is idempotent, so safe. */
export const BROWSER_POLICY: RetryPolicy = { baseDelayMs: 500, factor: 2, maxDelayMs: 4000, budgetMs: 15_000 };

export function delayBefore(attempt: number, policy: RetryPolicy): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * policy.factor ** Math.max(0, attempt - 1));
}

export interface StatusError {
  status: number;
  code: string;
}

/** A trace (not an assessment) that the server does not know yet. */
export function isTraceNotYetThere(error: StatusError, message = ""): boolean {
  return error.status === 404 && error.code === "RESOURCE_DOES_NOT_EXIST" && !/assessment/i.test(message);
}

/** Transport failures and overloaded/unavailable servers; never a 4xx refusal. */
export function isTransient(error: StatusError): boolean {
  return error.status === 0 || error.status === 502 || error.status === 503 || error.status === 504 || error.status === 429;
}

export interface RetryOptions {
  policy: RetryPolicy;
  shouldRetry: (error: unknown) => boolean;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `attempt` until it succeeds, fails for good, or the time budget is spent (the last error is thrown). */
export async function withRetry<T>(attempt: (n: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? Date.now;
  const started = now();
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      const wait = delayBefore(n, options.policy);
      if (!options.shouldRetry(error) || now() - started + wait > options.policy.budgetMs) throw error;
      await sleep(wait);
    }
  }
}
