import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveArgs, serverHeapMegabytes } from '@/scripts/lib/serve-command.mjs';

// The production server is started with its heap bounded (scripts/lib/serve-command.mjs): the bound must reach V8.
describe('starting the production server with a bounded heap', () => {
  it('bounds the heap at 256 MB unless SERVER_HEAP_MB says otherwise, and refuses nonsense', () => {
    expect(serverHeapMegabytes({})).toBe(256);
    expect(serverHeapMegabytes({ SERVER_HEAP_MB: '512' })).toBe(512);
    for (const bad of ['12', 'lots', '256.5', '-1']) expect(() => serverHeapMegabytes({ SERVER_HEAP_MB: bad })).toThrow(/SERVER_HEAP_MB/);
  });

  it('gives node the flag before the script, and V8 takes it', () => {
    const args = serveArgs('/srv/app', { SERVER_HEAP_MB: '300' });
    expect(args).toEqual(['--max-old-space-size=300', '--max-semi-space-size=32', path.join('/srv/app', 'scripts', 'serve.mjs')]);
    // The same flags on a node that prints its heap limit: 300 MB and the young generation.
    const probe = spawnSync(process.execPath, [args[0]!, args[1]!, '-e', 'console.log(require("v8").getHeapStatistics().heap_size_limit)'], { encoding: 'utf8' });
    const limitMb = Number(probe.stdout.trim()) / 1024 / 1024;
    expect(limitMb).toBeGreaterThanOrEqual(300);
    expect(limitMb).toBeLessThan(450);
  });
});
