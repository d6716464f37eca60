// Types for limits.mjs (plain Node, loaded by the production server before Next.js).

export class RenderGate {
  constructor(options: { concurrency: number; queue: number });
  readonly concurrency: number;
  readonly queueLimit: number;
  readonly running: number;
  readonly waiting: number;
  readonly held: boolean;
  hold(maxMs?: number): () => void;
  runIfIdle(task: () => Promise<unknown>): Promise<boolean>;
  run(task: () => Promise<unknown>): Promise<boolean>;
}

export class ClientRateLimiter {
  constructor(options: { rate: number; burst: number; maxClients?: number; now?: () => number });
  readonly clients: number;
  take(client: string): number;
}
