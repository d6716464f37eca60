import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';

/** Whether something accepts connections on `port` of the loopback. */
function isOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net
      .connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      })
      .on('error', () => resolve(false));
  });
}

/**
 * A second production server on the browser tests' build and database, started with PORT set and SITE_URL unset, so
 * that its absolute links (and the origin sign-in trusts) come from the address each request came by. Resolves once
 * it accepts connections; `stop` ends it by its PID.
 */
export async function startServerWithoutSiteUrl(port: number): Promise<{ stop: () => void }> {
  if (await isOpen(port)) throw new Error(`Port ${port} is already in use: the tests would be reading another server`);
  const env: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', PORT: String(port), RENDER_RATE: '0', NEXT_TELEMETRY_DISABLED: '1' };
  delete env.SITE_URL;
  env.DATABASE_PATH = process.env.E2E_DATABASE_PATH ?? 'var/e2e.sqlite';
  const server: ChildProcess = spawn(process.execPath, ['scripts/serve.mjs'], { env, stdio: 'ignore' });
  const stop = () => {
    if (server.pid && server.exitCode === null) process.kill(server.pid, 'SIGTERM');
  };
  const deadline = Date.now() + 60_000;
  while (!(await isOpen(port))) {
    if (server.exitCode !== null || Date.now() > deadline) {
      stop();
      throw new Error(`The server on port ${port} did not start`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { stop };
}
