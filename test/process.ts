import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { buildPart } from '../scripts/build.js';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  stderr: () => string;
  stop(): Promise<void>;
}

/**
 * Starts the server as a real child process and waits until it is ready
 * (/api/ready answers 200), or with `until: 'listening'` only until it
 * listens (/metrics answers, which needs no database: the server may still be
 * starting): `src/main.ts` through tsx, or with `built` the compiled server
 * (`node dist/src/main.js`, built first when missing or stale), as `npm start` runs it.
 */
export async function startServer(
  env: Record<string, string>,
  timeoutMs = 120_000,
  opts: 'ready' | 'listening' | { built?: boolean; until?: 'ready' | 'listening' } = {},
): Promise<ServerProcess> {
  const { built = false, until = 'ready' } = typeof opts === 'string' ? { until: opts } : opts;
  if (built) await buildPart('server', { ifStale: true });
  const port = await freePort();
  const child = spawn(
    process.execPath,
    built ? ['--enable-source-maps', 'dist/src/main.js'] : ['--import', 'tsx', 'src/main.ts'],
    {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: 'warn', HOST: '127.0.0.1', ...env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  child.stdout!.on('data', () => {});
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${err}`);
    try {
      if ((await fetch(`${url}${until === 'ready' ? '/api/ready' : '/metrics'}`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not answer within ${timeoutMs} ms: ${err}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    child,
    stderr: () => err,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Runs the CLI (`grassroots <args>`) to completion. */
export function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export type Session = { cookie: string; 'x-csrf-token': string };

/**
 * Signs in with the password a server printed for its first administrator.
 * A one-time password may do nothing but change itself, so the first sign-in
 * changes it (to one derived from it); later calls with the printed password
 * sign in with the new one. Answers the session's headers.
 */
export async function signInPrinted(url: string, username: string, printed: string): Promise<Session> {
  const changed = `${printed}-doi-moi-Aa1`;
  const post = (path: string, body: object, headers: Record<string, string> = {}) =>
    fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  let r = await post('/api/auth/login', { username, password: changed });
  if (r.status !== 200) r = await post('/api/auth/login', { username, password: printed });
  if (r.status !== 200) throw new Error(`sign-in failed: ${r.status} ${await r.text()}`);
  const cookie = r.headers
    .getSetCookie()
    .find((c) => c.startsWith('grassroots_session='))!
    .split(';')[0];
  const account = (await r.json()) as { csrfToken: string; mustChangePassword: boolean };
  const session = { cookie, 'x-csrf-token': account.csrfToken };
  if (account.mustChangePassword) {
    const c = await post('/api/auth/password', { current: printed, next: changed }, session);
    if (c.status !== 204) throw new Error(`password change failed: ${c.status} ${await c.text()}`);
  }
  return session;
}
