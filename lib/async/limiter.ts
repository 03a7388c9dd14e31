// A concurrency limit for async work: at most `limit` tasks run at once; the rest wait in order,
// except an `urgent` task (one whose answer starts further calls), which goes ahead of them.

export type Limiter = <T>(task: () => Promise<T>, options?: { urgent?: boolean }) => Promise<T>;

export function createLimiter(limit: number): Limiter {
  let running = 0;
  const waiting: (() => void)[] = [];
  const acquire = (urgent: boolean): Promise<void> => {
    if (running < limit) {
      running += 1;
      return Promise.resolve();
    }
    // The slot of a finishing task passes straight to the first waiter, so none can jump the queue.
    return new Promise<void>((resolve) => (urgent ? waiting.unshift(resolve) : waiting.push(resolve)));
  };
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };
  return async <T>(task: () => Promise<T>, options: { urgent?: boolean } = {}): Promise<T> => {
    await acquire(options.urgent ?? false);
    try {
      return await task();
    } finally {
      release();
    }
  };
}
