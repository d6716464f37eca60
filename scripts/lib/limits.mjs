// @ts-check
// The server's limits on public renders (scripts/lib/server.mjs): how many run at once, how many may wait, and how
// many one client may ask for. A cache hit costs nothing and passes every limit; editors' requests never wait here.
//
// Plain Node, no dependencies.

/**
 * Runs at most `concurrency` tasks at once, with at most `queue` more waiting in order; beyond that a task is
 * refused at once (the caller answers 503), so the server never takes more work than it can finish.
 */
export class RenderGate {
  #running = 0;
  /** @type {(() => void)[]} */
  #waiting = [];
  #holds = 0;

  /** @param {{ concurrency: number; queue: number }} options */
  constructor(options) {
    this.concurrency = Math.max(1, options.concurrency);
    this.queueLimit = Math.max(0, options.queue);
  }

  get running() {
    return this.#running;
  }

  get waiting() {
    return this.#waiting.length;
  }

  get held() {
    return this.#holds > 0;
  }

  /**
   * Starts no new task until the returned release is called (or `maxMs` passes, so that a request that never ends
   * cannot hold it for good): an editor's request runs beside at most the renders already started. Tasks keep
   * queueing meanwhile, up to the queue's limit.
   * @param {number} [maxMs]
   * @returns {() => void}
   */
  hold(maxMs = 10_000) {
    this.#holds += 1;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      clearTimeout(timer);
      this.#holds -= 1;
      this.#startWaiting();
    };
    const timer = setTimeout(release, maxMs);
    timer.unref?.();
    return release;
  }

  #startWaiting() {
    while (this.#holds === 0 && this.#running < this.concurrency && this.#waiting.length > 0) {
      this.#running += 1;
      this.#waiting.shift()?.();
    }
  }

  /**
   * Runs `task` only if a place is free now and nobody waits for one: work that may be dropped when busy (the
   * client router's prefetches) uses spare capacity and never delays a visitor's page. Resolves to false, without
   * running it, otherwise.
   * @param {() => Promise<unknown>} task
   * @returns {Promise<boolean>}
   */
  async runIfIdle(task) {
    if (this.#holds > 0 || this.#running >= this.concurrency || this.#waiting.length > 0) return false;
    return this.run(task);
  }

  /**
   * Runs `task` when a place is free; resolves to false, without running it, when the queue is full.
   * @param {() => Promise<unknown>} task
   * @returns {Promise<boolean>}
   */
  async run(task) {
    if (this.#holds > 0 || this.#running >= this.concurrency) {
      if (this.#waiting.length >= this.queueLimit) return false;
      // Whoever starts it counts it as running.
      await new Promise((/** @type {(value?: unknown) => void} */ resolve) => this.#waiting.push(resolve));
    } else {
      this.#running += 1;
    }
    try {
      await task();
    } finally {
      this.#running -= 1;
      this.#startWaiting();
    }
    return true;
  }
}

/**
 * A token bucket per client: `rate` renders a second with bursts of `burst`. Clients are kept in a bounded map
 * (the longest idle go first), so addresses that come and go cannot grow it without end.
 */
export class ClientRateLimiter {
  /** @type {Map<string, { tokens: number; at: number }>} */
  #buckets = new Map();

  /** @param {{ rate: number; burst: number; maxClients?: number; now?: () => number }} options */
  constructor(options) {
    this.rate = options.rate;
    this.burst = Math.max(1, options.burst);
    this.maxClients = options.maxClients ?? 10_000;
    this.now = options.now ?? (() => Date.now());
  }

  get clients() {
    return this.#buckets.size;
  }

  /**
   * Takes a token for the client: 0 when allowed, else the seconds until one is free (for Retry-After).
   * @param {string} client
   */
  take(client) {
    if (!(this.rate > 0)) return 0;
    const now = this.now();
    const bucket = this.#buckets.get(client) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.rate);
    bucket.at = now;
    // Most recently used last: the oldest entries are the first to go when the map is full.
    this.#buckets.delete(client);
    this.#buckets.set(client, bucket);
    if (this.#buckets.size > this.maxClients) {
      const oldest = this.#buckets.keys().next().value;
      if (oldest !== undefined) this.#buckets.delete(oldest);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.rate));
  }
}
