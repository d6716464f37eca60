import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export type CachedResponse = { url: string; text: string; fetchedAt: string };

type Envelope = { key: string; url: string; fetchedAt: string; body: string };

/**
 * Raw API responses on disk, one file a key (usually the URL; for a division record the URL and its
 * PublicationUpdated, so that a corrected record is fetched again). Files are written whole or not at
 * all (written aside, then renamed), so an interrupted run never leaves a half-written response behind.
 */
export class ResponseCache {
  constructor(
    readonly dir: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** The response kept under the key, if there is one younger than maxAgeMs (null: any age). */
  get(key: string, maxAgeMs: number | null): CachedResponse | null {
    let envelope: Envelope;
    try {
      envelope = JSON.parse(fs.readFileSync(this.fileFor(key), 'utf8')) as Envelope;
    } catch {
      return null;
    }
    if (envelope.key !== key || typeof envelope.body !== 'string') return null;
    if (maxAgeMs !== null && this.now() - Date.parse(envelope.fetchedAt) > maxAgeMs) return null;
    return { url: envelope.url, text: envelope.body, fetchedAt: envelope.fetchedAt };
  }

  put(key: string, url: string, text: string): void {
    const file = this.fileFor(key);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const envelope: Envelope = { key, url, fetchedAt: new Date(this.now()).toISOString(), body: text };
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(envelope));
    fs.renameSync(temporary, file);
  }

  /** var/cache/<host>/<sha-256 of the key>.json: one folder a host, names safe on any file system. */
  private fileFor(key: string): string {
    let host = 'other';
    try {
      host = new URL(key).host.replace(/[^A-Za-z0-9.-]/g, '_');
    } catch {
      // a key that is not a URL goes in "other"
    }
    return path.join(this.dir, host, `${createHash('sha256').update(key).digest('hex').slice(0, 40)}.json`);
  }
}
