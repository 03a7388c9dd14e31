// Serializes writes per key and keeps only the latest wish: a double click sends one request, and
// clicks made while a request is in flight collapse into one follow-up carrying the last of them.
// So two requests for the same vote never race on the server, and nothing the user did is lost.

interface Deferred<R> {
  promise: Promise<R>;
  resolve: (value: R) => void;
  reject: (error: unknown) => void;
}

function deferred<R>(): Deferred<R> {
  let resolve!: (value: R) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<R>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

interface Lane<I, R> {
  inFlight: { intent: I; promise: Promise<R> } | null;
  queued: (Deferred<R> & { intent: I }) | null;
}

export class LatestIntentQueue<I, R> {
  private lanes = new Map<string, Lane<I, R>>();

  constructor(
    private readonly send: (key: string, intent: I) => Promise<R>,
    private readonly same: (a: I, b: I) => boolean = (a, b) => JSON.stringify(a) === JSON.stringify(b),
  ) {}

  /** Resolves with the result of the request that carried this wish (or a later one that replaced it before it was sent). */
  submit(key: string, intent: I): Promise<R> {
    const lane = this.lanes.get(key) ?? { inFlight: null, queued: null };
    this.lanes.set(key, lane);
    if (lane.inFlight && this.same(intent, lane.inFlight.intent)) {
      // Back to what is already being sent: the queued follow-up is no longer wanted.
      const dropped = lane.queued;
      lane.queued = null;
      if (dropped) lane.inFlight.promise.then(dropped.resolve, dropped.reject);
      return lane.inFlight.promise;
    }
    if (lane.inFlight) {
      lane.queued ??= { ...deferred<R>(), intent };
      lane.queued.intent = intent;
      return lane.queued.promise;
    }
    return this.start(key, lane, intent);
  }

  /** True while a request for the key is in flight or waiting. */
  busy(key: string): boolean {
    return this.lanes.has(key);
  }

  private start(key: string, lane: Lane<I, R>, intent: I): Promise<R> {
    const promise = Promise.resolve().then(() => this.send(key, intent));
    lane.inFlight = { intent, promise };
    const next = () => {
      lane.inFlight = null;
      const queued = lane.queued;
      lane.queued = null;
      if (queued) this.start(key, lane, queued.intent).then(queued.resolve, queued.reject);
      else this.lanes.delete(key);
    };
    promise.then(next, next);
    return promise;
  }
}
