/**
 * The server's start and shutdown as a real process (src/main.ts).
 *
 * SIGTERM: the server stops taking connections at once, finishes the request
 * in flight (an upload a slow client is still sending), answers what still
 * arrives on that connection with 503 SERVER_STOPPING, writes the portal's
 * counts still in memory, closes the database, releases the data directory
 * and exits 0; after a restart the counts are there. Past its timeout the
 * process exits 1 without waiting further. A SIGTERM while the server is
 * still starting ends it at once.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engines, runEngines, type Engine } from './db.js';
import { signInPrinted, startServer, type ServerProcess, type Session } from './process.js';
import { createScratchDatabase } from './scratch-db.js';
import { multipart } from './upload.js';

const browserUa = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36';

interface Target {
  env: Record<string, string>;
  lockFile: string | null;
  cleanup(): Promise<void>;
}

async function target(engine: Engine, env: Record<string, string> = {}): Promise<Target> {
  if (engine === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'gr-shutdown-'));
    return {
      env: { GRASSROOTS_DATA: dir, GRASSROOTS_DEMO: '0', DATABASE_URL: '', ...env },
      lockFile: join(dir, 'grassroots.lock'),
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL!, 'grassroots_shutdown');
  return { env: { DATABASE_URL: scratch.url, ...env }, lockFile: null, cleanup: () => scratch.drop() };
}

const login = (url: string, password: string): Promise<Session> => signInPrinted(url, 'admin', password);

const firstAdminPassword = (server: ServerProcess) => {
  const password = /one-time password: (\S+)/.exec(server.stderr())?.[1];
  if (!password) throw new Error(`no first administrator password on stderr: ${server.stderr()}`);
  return password;
};

async function post(
  url: string,
  session: Session,
  body: object,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const r = await fetch(url, {
    method: 'POST',
    headers: { ...session, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: r.status, json: (await r.json()) as Record<string, unknown> };
}

/** How the process ended. */
function exited(server: ServerProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    const { child } = server;
    if (child.exitCode !== null || child.signalCode !== null)
      return resolve({ code: child.exitCode, signal: child.signalCode });
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
}

/** Whether a new TCP connection to the server's port is accepted. */
function connects(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const s = connect(Number(port), hostname);
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Reads HTTP/1.1 responses with a content-length, one after another, from all a connection received. */
function parseResponses(data: Buffer): RawResponse[] {
  const out: RawResponse[] = [];
  let at = 0;
  while (at < data.length) {
    const end = data.indexOf('\r\n\r\n', at);
    if (end < 0) break;
    const [statusLine, ...lines] = data.subarray(at, end).toString('latin1').split('\r\n');
    const headers = Object.fromEntries(
      lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
    );
    const length = Number(headers['content-length'] ?? 0);
    out.push({
      status: Number(statusLine.split(' ')[1]),
      headers,
      body: data.subarray(end + 4, end + 4 + length).toString('utf8'),
    });
    at = end + 4 + length;
  }
  return out;
}

/**
 * A slow client: an upload to POST /api/imports whose headers and first
 * half of the body are sent now, the rest when `finish` is called (followed
 * by whatever else is given, on the same connection).
 */
function slowUpload(
  url: string,
  session: Session,
  content: string,
): { finish(then?: string): void; received: Promise<Buffer>; socket: Socket } {
  const { hostname, port } = new URL(url);
  const body = multipart([{ name: 'people.csv', content }]);
  const head =
    `POST /api/imports?dryRun=true HTTP/1.1\r\nHost: ${hostname}:${port}\r\nConnection: keep-alive\r\n` +
    `Cookie: ${session.cookie}\r\nx-csrf-token: ${session['x-csrf-token']}\r\n` +
    `Content-Type: ${body.headers['content-type']}\r\nContent-Length: ${body.payload.length}\r\n\r\n`;
  const half = Math.floor(body.payload.length / 2);
  const socket = connect(Number(port), hostname);
  const chunks: Buffer[] = [];
  socket.on('data', (d) => chunks.push(d));
  const received = new Promise<Buffer>((resolve, reject) => {
    socket.once('close', () => resolve(Buffer.concat(chunks)));
    socket.once('error', reject);
  });
  socket.write(Buffer.concat([Buffer.from(head), body.payload.subarray(0, half)]));
  return {
    socket,
    received,
    finish: (then = '') => socket.write(Buffer.concat([body.payload.subarray(half), Buffer.from(then)])),
  };
}

const peopleCsv =
  'person_code,full_name,birth_date,gender,ethnicity,residence_village_code,commune_official\n' +
  Array.from({ length: 200 }, (_, i) => `S${i},Người Thử ${i},,,,,không`).join('\n') +
  '\n';

describe.each(engines)('SIGTERM on %s', (engine) => {
  it('stops taking connections, finishes the request in flight, writes the portal counts, closes the database and exits 0', async () => {
    const t = await target(engine);
    let server = await startServer(t.env);
    try {
      const password = firstAdminPassword(server);
      const session = await login(server.url, password);
      const article = await post(`${server.url}/api/editorial/articles`, session, {
        title: 'Bài viết trước khi dừng máy chủ',
      });
      expect(article.status).toBe(201);
      const id = article.json.id as number;
      expect((await post(`${server.url}/api/editorial/articles/${id}/publish`, session, {})).status).toBe(200);

      // a request in flight: the server has its headers and half its body
      const upload = slowUpload(server.url, session, peopleCsv);
      await new Promise((r) => setTimeout(r, 500));

      // three visitors see the article just before the signal: counted in memory, written once a second or on close
      let views = 0;
      for (let i = 0; i < 3; i++) {
        const r = await fetch(`${server.url}/api/portal/views`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'user-agent': browserUa },
          body: JSON.stringify({ article: id }),
        });
        views = ((await r.json()) as { views: number }).views;
      }
      expect(views).toBe(3);
      const stopped = exited(server);
      server.child.kill('SIGTERM');

      // no new connection is taken, while the request in flight still runs
      await expect.poll(() => connects(server.url), { timeout: 5000, interval: 20 }).toBe(false);
      expect(server.child.exitCode).toBeNull();

      // the slow client sends the rest, and one more request on the same connection
      upload.finish(`GET /api/ready HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
      const [answer, ready, ...rest] = parseResponses(await upload.received);
      expect(answer.status, answer.body).toBe(200);
      expect(JSON.parse(answer.body)).toMatchObject({ dryRun: true, errors: [] });
      expect(ready.status).toBe(503);
      expect(JSON.parse(ready.body).error.code).toBe('SERVER_STOPPING');
      expect(ready.headers.connection).toBe('close');
      expect(rest).toEqual([]);

      expect(await stopped).toEqual({ code: 0, signal: null });
      if (t.lockFile) expect(existsSync(t.lockFile), 'the data directory is released').toBe(false);

      // a new server finds the counts in the database
      server = await startServer(t.env);
      const again = await login(server.url, password);
      const listed = (await (await fetch(`${server.url}/api/editorial/articles`, { headers: again })).json()) as {
        id: number;
        views: number;
      }[];
      expect(listed.find((a) => a.id === id)?.views).toBe(3);
      const stats = (await (await fetch(`${server.url}/api/portal/stats`)).json()) as { visits: number };
      expect(stats.visits).toBe(3);
      // nothing of the dry run was written
      const people = await fetch(`${server.url}/api/people?q=${encodeURIComponent('Người Thử')}`, { headers: again });
      expect(((await people.json()) as { total: number }).total).toBe(0);
    } finally {
      await server.stop();
      await t.cleanup();
    }
  }, 240_000);
});

// once in a run, on its last engine
const lastEngine = runEngines.at(-1)!;
describe.runIf(engines.includes(lastEngine))('the end of a shutdown, and a signal during the start', () => {
  const engine = lastEngine;

  it(`exits 1 when the requests in flight outlast GRASSROOTS_SHUTDOWN_TIMEOUT (${engine})`, async () => {
    const t = await target(engine, { GRASSROOTS_SHUTDOWN_TIMEOUT: '1' });
    const server = await startServer(t.env);
    try {
      const session = await login(server.url, firstAdminPassword(server));
      // a client that never sends the rest
      const upload = slowUpload(server.url, session, peopleCsv);
      upload.received.catch(() => {});
      await new Promise((r) => setTimeout(r, 500));
      const signalled = Date.now();
      server.child.kill('SIGTERM');
      expect(await exited(server)).toEqual({ code: 1, signal: null });
      expect(Date.now() - signalled).toBeGreaterThanOrEqual(900);
      expect(Date.now() - signalled).toBeLessThan(8000);
      if (t.lockFile) expect(existsSync(t.lockFile)).toBe(false);
      upload.socket.destroy();
    } finally {
      await server.stop();
      await t.cleanup();
    }
  }, 240_000);

  it('answers /api/ready and the pages with 503 while it starts (metrics answer), and a SIGTERM then ends it at once (PGlite, loading the demo)', async () => {
    const t = await target('pglite', { GRASSROOTS_DEMO: '1' });
    const server = await startServer(t.env, 120_000, 'listening');
    try {
      const ready = await fetch(`${server.url}/api/ready`);
      expect(ready.status).toBe(503);
      expect(((await ready.json()) as { error: { code: string } }).error.code).toBe('SERVER_STARTING');
      const page = await fetch(`${server.url}/`);
      expect(page.status).toBe(503);
      expect(page.headers.get('retry-after')).toBe('10');
      const metrics = await (await fetch(`${server.url}/metrics`)).text();
      expect(metrics).toMatch(/^http_requests_total\{method="GET",route="\/api\/ready",status="503"\} 1$/m);
      // the demo is loading when the signal comes
      await expect.poll(() => server.stderr(), { timeout: 60_000 }).toContain('đang nạp tỉnh mẫu');

      const signalled = Date.now();
      server.child.kill('SIGTERM');
      expect(await exited(server)).toEqual({ code: null, signal: 'SIGTERM' });
      expect(Date.now() - signalled).toBeLessThan(10_000);
      expect(existsSync(t.lockFile!)).toBe(false);
    } finally {
      await server.stop();
      await t.cleanup();
    }
  }, 240_000);
});
