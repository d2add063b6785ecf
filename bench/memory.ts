/**
 * Server memory: the real server, as built (`node dist/src/main.js`), as a child
 * process serving the demo province, hit by a burst of concurrent API
 * requests; its peak RSS is the kernel's high-water mark (VmHWM in
 * /proc/<pid>/status) of that very node process, spawned directly so that no
 * npm wrapper process stands between. Also the time a restart on the demo's
 * data directory takes to answer /api/health.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPart } from '../scripts/build.js';
import { DEMO_PASSWORD, setDemoPasswords } from '../test/demo-accounts.js';
import { loadDemo } from '../src/modules/demo/demo.service.js';
import { openDatabase } from '../src/platform/db.js';
import { createScratchDatabase, probePostgres } from './pg.js';
import { ceiling, median, progress, type Measurement } from './stats.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const DEMO_ACCOUNT = 'demo-tinh';

/** The requests of the burst, each sent `rounds` times with `concurrency` in flight. */
export const burstPaths = [
  '/api/indicators?scope=33&at=2017-06-30',
  '/api/indicators?scope=33&from=2013-06-30&to=2017-06-30',
  '/api/units/tree?at=2017-06-30',
  '/api/indicators/villages?scope=33&at=2017-06-30&category=white',
];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => (typeof a === 'object' && a ? resolve(a.port) : reject(new Error('no port'))));
    });
  });
}

/** A /proc/<pid>/status field in MB (VmHWM = peak RSS, VmRSS = current). */
function procMB(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error(`no ${field} for pid ${pid}`);
  return Number(m[1]) / 1024;
}

interface Server {
  child: ChildProcess;
  pid: number;
  base: string;
  log: string[];
  stop(): Promise<void>;
  /** From spawning the process to the first 200 of /api/health. */
  healthyMs: number;
}

async function startServer(env: Record<string, string>, timeoutMs: number): Promise<Server> {
  await buildPart('server', { ifStale: true });
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, ['dist/src/main.js'], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  const keep = (b: Buffer) => log.push(...b.toString().split('\n').filter(Boolean).slice(-50));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const t = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(t);
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${log.slice(-5).join(' | ')}`);
    try {
      const r = await fetch(`${base}/api/ready`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`server not ready after ${timeoutMs / 1000} s: ${log.slice(-5).join(' | ')}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { child, pid: child.pid!, base, log, stop, healthyMs: performance.now() - t0 };
}

/** What a burst did. */
export interface BurstResult {
  requests: number;
  failures: number;
  seconds: number;
  medianMs: number;
  peakSampledMB: number;
}

async function signIn(base: string, password: string): Promise<Response> {
  return fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: DEMO_ACCOUNT, password }),
  });
}

/**
 * Signs in as the demo's province clerk; the API answers no one without a
 * session. A demo the bench loaded itself has the tests' known password; on a
 * server's first start, which loads the demo and prints one-time passwords,
 * `log` (the server's output) gives the one-time password, which is then
 * changed to the known one.
 */
export async function demoSession(base: string, log: string[] = []): Promise<string> {
  let r = await signIn(base, DEMO_PASSWORD);
  const printed = log
    .map((l) => new RegExp(`^\\s*${DEMO_ACCOUNT}\\s+(\\S+)\\s`).exec(l)?.[1])
    .filter(Boolean)
    .at(-1);
  if (r.status === 401 && printed) {
    r = await signIn(base, printed);
    if (r.ok) {
      const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0];
      const { csrfToken } = (await r.json()) as { csrfToken: string };
      const changed = await fetch(`${base}/api/auth/password`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
        body: JSON.stringify({ current: printed, next: DEMO_PASSWORD }),
      });
      if (!changed.ok)
        throw new Error(`password change of ${DEMO_ACCOUNT} failed: ${changed.status} ${await changed.text()}`);
      return cookie;
    }
  }
  if (!r.ok) throw new Error(`sign-in as ${DEMO_ACCOUNT} failed: ${r.status} ${await r.text()}`);
  return (r.headers.get('set-cookie') ?? '').split(';')[0];
}

/** Sends every path `rounds` times with `concurrency` requests in flight, sampling the child's RSS meanwhile. */
async function burst(s: Server, rounds: number, concurrency: number): Promise<BurstResult> {
  const cookie = await demoSession(s.base, s.log);
  const queue = Array.from({ length: rounds }, () => burstPaths).flat();
  const latencies: number[] = [];
  let failures = 0;
  let peak = procMB(s.pid, 'VmRSS');
  const sampler = setInterval(() => {
    try {
      peak = Math.max(peak, procMB(s.pid, 'VmRSS'));
    } catch {
      // the process is gone; the failure shows in the requests
    }
  }, 50);
  const t0 = performance.now();
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const t = performance.now();
      try {
        const r = await fetch(s.base + path, { headers: { cookie } });
        await r.arrayBuffer();
        if (!r.ok) failures++;
      } catch {
        failures++;
      }
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  clearInterval(sampler);
  return {
    requests: latencies.length,
    failures,
    seconds: (performance.now() - t0) / 1000,
    medianMs: median(latencies),
    peakSampledMB: peak,
  };
}

export interface MemoryOptions {
  rounds: number;
  concurrency: number;
  skipPostgres: boolean;
  /** Measured while the PGlite server serves the demo: the first dashboard view in a cold browser. */
  dashboard?: (base: string) => Promise<void>;
}

export interface MemoryResult {
  measurements: Measurement[];
  bursts: Record<string, BurstResult & { hwmMB: number }>;
  notes: string[];
}

async function measure(
  name: string,
  env: Record<string, string>,
  o: MemoryOptions,
  max: number,
  timeoutMs: number,
  result: MemoryResult,
  informational = false,
  whileServing?: (base: string) => Promise<void>,
): Promise<void> {
  const server = await startServer(env, timeoutMs);
  try {
    await whileServing?.(server.base);
    const startedMB = procMB(server.pid, 'VmHWM');
    const b = await burst(server, o.rounds, o.concurrency);
    const hwmMB = procMB(server.pid, 'VmHWM');
    result.bursts[name] = { ...b, hwmMB };
    const note =
      `${b.requests} requests, ${o.concurrency} at a time, ${b.failures} failed, median ${b.medianMs.toFixed(0)} ms, ` +
      `${(b.requests / b.seconds).toFixed(1)} req/s; peak before the burst ${startedMB.toFixed(0)} MB, RSS sampled during it up to ${b.peakSampledMB.toFixed(0)} MB`;
    const m = ceiling(
      {
        section: 'memory',
        name,
        subject: 'VmHWM of the server process',
        samples: [hwmMB],
        value: hwmMB,
        unit: 'MB',
        note,
      },
      max,
    );
    result.measurements.push({ ...m, informational });
    if (b.failures > 0)
      result.notes.push(
        `${name}: ${b.failures} of ${b.requests} requests failed; last log lines: ${server.log.slice(-3).join(' | ')}`,
      );
  } finally {
    await server.stop();
  }
}

/**
 * PGlite: a first start on an empty data directory (loads the demo in the
 * server process, then serves), and a restart on the loaded directory (serves
 * only). PostgreSQL: the demo loaded into a scratch database first, then the
 * server with DATABASE_URL.
 */
export async function benchMemory(o: MemoryOptions): Promise<MemoryResult> {
  const result: MemoryResult = { measurements: [], bursts: {}, notes: [] };
  const dataDir = mkdtempSync(join(tmpdir(), 'grassroots-bench-data-'));
  try {
    progress('memory: PGlite server, first start (loads the demo province)');
    // Not the target ("while serving"), but what a first `npm start` costs: reported as INFO.
    await measure(
      'PGlite, first start: demo load + burst',
      { GRASSROOTS_DATA: dataDir },
      o,
      600,
      15 * 60_000,
      result,
      true,
    );
    const restarts: number[] = [];
    for (let i = 0; i < 3; i++) {
      const s = await startServer({ GRASSROOTS_DATA: dataDir }, 60_000);
      restarts.push(s.healthyMs);
      await s.stop();
      progress(`memory: restart ${i + 1}/3 answered /api/health after ${s.healthyMs.toFixed(0)} ms`);
    }
    result.measurements.push(
      ceiling(
        {
          section: 'memory',
          name: 'restart on the demo data directory',
          subject: 'spawn of node dist/src/main.js to the first 200 of /api/health',
          samples: restarts,
          value: median(restarts),
          unit: 'ms',
          note: '3 restarts, PGlite',
        },
        5000,
      ),
    );
    progress('memory: PGlite server, restart on the loaded data');
    await measure(
      'PGlite, restart: serving the demo',
      { GRASSROOTS_DATA: dataDir },
      o,
      600,
      5 * 60_000,
      result,
      false,
      o.dashboard,
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (o.skipPostgres) return result;
  const probe = await probePostgres();
  if (!probe.ok) {
    result.notes.push(`PostgreSQL memory skipped: ${probe.reason}`);
    return result;
  }
  const scratch = await createScratchDatabase();
  const emptyDir = mkdtempSync(join(tmpdir(), 'grassroots-bench-data-'));
  try {
    progress(`memory: loading the demo into ${scratch.name}`);
    const database = await openDatabase({ kind: 'postgres', url: scratch.url });
    try {
      await loadDemo(database.db);
      await setDemoPasswords(database.db);
    } finally {
      await database.close();
    }
    progress('memory: server on PostgreSQL');
    await measure(
      `PostgreSQL ${probe.version}: serving the demo`,
      { DATABASE_URL: scratch.url, GRASSROOTS_DATA: emptyDir },
      o,
      250,
      5 * 60_000,
      result,
    );
  } finally {
    rmSync(emptyDir, { recursive: true, force: true });
    await scratch.drop();
  }
  return result;
}
