/**
 * The portal's speed: wrk (Debian's) with 50 connections against an article
 * page and against the view beacon of the real server (as built, dist/src/main.js, serving
 * only the portal, demo content), and against nginx (Debian's) serving the
 * same article's HTML from a file, in the same run and alternating. nginx runs
 * as a child process with a temporary configuration on a free port, with one
 * worker, as the Node server is one process.
 *
 * Then, when PostgreSQL answers (BENCH_DATABASE_URL or the local default),
 * the same demo portal on it, served by one process and by two (--workers 2,
 * node:cluster), each doing what several processes on one database do: the
 * counts, presence and the new-session limit decided in the database.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPart } from '../scripts/build.js';
import { loadPortalDemo } from '../src/modules/demo/demo.portal.js';
import { openDatabase } from '../src/platform/db.js';
import { createScratchDatabase, probePostgres } from './pg.js';
import { benchActor, median, progress, speedup, type Measurement } from './stats.js';
import { freePort } from '../test/process.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';

export interface PortalBenchResult {
  measurements: Measurement[];
  rps: { article: number[]; nginx: number[]; beacon: number[] };
  /** On PostgreSQL, by number of processes (absent when PostgreSQL did not answer). */
  postgres?: { workers: number; article: number[]; beacon: number[] }[];
  notes: string[];
}

function which(cmd: string): string | null {
  for (const dir of ['/usr/bin', '/usr/sbin', '/usr/local/bin', '/usr/local/sbin'])
    if (existsSync(join(dir, cmd))) return join(dir, cmd);
  return null;
}

async function waitFor(url: string, child: ChildProcess, log: () => string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${url}: process exited with ${child.exitCode}: ${log()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms: ${log()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const stop = (child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });

/** wrk's requests per second (and the non-2xx count, which must be 0). */
function wrk(wrkPath: string, url: string, seconds: number, script?: string): { rps: number; errors: number } {
  const args = ['-t2', '-c50', `-d${seconds}s`, '-H', `User-Agent: ${UA}`, ...(script ? ['-s', script] : []), url];
  const r = spawnSync(wrkPath, args, { encoding: 'utf8', timeout: (seconds + 30) * 1000 });
  if (r.status !== 0) throw new Error(`wrk ${args.join(' ')}: ${r.stderr || r.stdout}`);
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(r.stdout);
  if (!rps) throw new Error(`wrk printed no Requests/sec: ${r.stdout}`);
  const non2xx = /Non-2xx or 3xx responses:\s+(\d+)/.exec(r.stdout);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(r.stdout);
  const errors = Number(non2xx?.[1] ?? 0) + (socket ? socket.slice(1).reduce((a, x) => a + Number(x), 0) : 0);
  return { rps: Number(rps[1]), errors };
}

/** The built server serving only the portal, as a child process, ready. */
async function startPortal(
  env: Record<string, string>,
): Promise<{ base: string; child: ChildProcess; log: () => string }> {
  const port = await freePort();
  let log = '';
  const child = spawn(process.execPath, ['dist/src/main.js'], {
    cwd: root,
    env: {
      ...process.env,
      GRASSROOTS_DEMO: '0',
      GRASSROOTS_ONLY: 'portal',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      ...env,
      PORT: String(port),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr!.on('data', (d) => (log += d));
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/api/ready`, child, () => log);
  return { base, child, log: () => log };
}

export async function benchPortal({
  rounds = 3,
  seconds = 8,
}: {
  rounds?: number;
  seconds?: number;
} = {}): Promise<PortalBenchResult | { skipped: string }> {
  const wrkPath = which('wrk');
  const nginxPath = which('nginx');
  if (!wrkPath || !nginxPath)
    return {
      skipped: `needs Debian's wrk and nginx (apt-get install wrk nginx); found wrk: ${wrkPath ?? 'no'}, nginx: ${nginxPath ?? 'no'}`,
    };
  const dir = mkdtempSync(join(tmpdir(), 'gr-bench-portal-'));
  // nginx's workers run as nobody when it is started by root: they must be able to read the page
  chmodSync(dir, 0o755);
  const notes: string[] = [];
  let server: ChildProcess | null = null;
  let nginx: ChildProcess | null = null;
  try {
    progress('portal: a data directory with the demo portal');
    const dataDir = join(dir, 'data');
    const database = await openDatabase({ kind: 'pglite', dataDir });
    await loadPortalDemo(database.db, benchActor);
    await database.close();

    await buildPart('server', { ifStale: true });
    const started = await startPortal({ GRASSROOTS_DATA: dataDir });
    server = started.child;
    const { base } = started;
    const serverLog = started.log;
    const home = await (await fetch(`${base}/`)).text();
    const path = /<h2><a href="(\/tin-tuc\/[^"]+)"/.exec(home)?.[1];
    if (!path) throw new Error("no article on the portal's home page");
    const html = await (await fetch(`${base}${path}`)).text();
    const articleId = Number(/data-article="(\d+)"/.exec(html)?.[1]);

    const www = join(dir, 'www');
    mkdirSync(www);
    chmodSync(www, 0o755);
    writeFileSync(join(www, 'article.html'), html, { mode: 0o644 });
    const nginxPort = await freePort();
    for (const t of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, `tmp-${t}`));
    writeFileSync(
      join(dir, 'nginx.conf'),
      `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/tmp-body;
  proxy_temp_path ${dir}/tmp-proxy;
  fastcgi_temp_path ${dir}/tmp-fastcgi;
  uwsgi_temp_path ${dir}/tmp-uwsgi;
  scgi_temp_path ${dir}/tmp-scgi;
  server {
    listen 127.0.0.1:${nginxPort};
    location / { root ${www}; default_type text/html; charset utf-8; }
  }
}
`,
    );
    let nginxLog = '';
    nginx = spawn(nginxPath, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'nginx-error.log')], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    nginx.stderr!.on('data', (d) => (nginxLog += d));
    const nginxUrl = `http://127.0.0.1:${nginxPort}/article.html`;
    await waitFor(nginxUrl, nginx, () => nginxLog, 15_000);
    const same = await (await fetch(nginxUrl)).text();
    if (same !== html) throw new Error('nginx does not serve the same page');

    const beaconScript = join(dir, 'beacon.lua');
    writeFileSync(
      beaconScript,
      `wrk.method = "POST"\nwrk.body = '{"article":${articleId}}'\nwrk.headers["Content-Type"] = "application/json"\n`,
    );

    const rps = { article: [] as number[], nginx: [] as number[], beacon: [] as number[] };
    let errors = 0;
    progress(`portal: warming up (${path})`);
    wrk(wrkPath, `${base}${path}`, 2);
    wrk(wrkPath, nginxUrl, 2);
    for (let i = 0; i < rounds; i++) {
      progress(`portal: round ${i + 1}/${rounds}, ${seconds} s each: article page, nginx, beacon`);
      for (const [k, url, script] of [
        ['article', `${base}${path}`],
        ['nginx', nginxUrl],
        ['beacon', `${base}/api/portal/views`, beaconScript],
      ] as const) {
        if (server.exitCode !== null || server.signalCode !== null)
          throw new Error(`the server stopped (${server.exitCode ?? server.signalCode}): ${serverLog().slice(-3000)}`);
        const r = wrk(wrkPath, url, seconds, script);
        rps[k].push(r.rps);
        errors += r.errors;
      }
    }
    if (errors > 0) notes.push(`!!! ${errors} requests failed (non-2xx or socket errors)`);
    const perRequest = (xs: number[]) => xs.map((x) => 1000 / x);
    const article = speedup(
      {
        section: 'portal',
        name: 'article page vs nginx serving the same HTML from a file',
        subject: `GET ${path} (page cache), wrk -c50`,
        baseline: 'nginx 1 worker, same bytes',
        samples: perRequest(rps.article),
        baselineSamples: perRequest(rps.nginx),
        note: `${median(rps.article).toFixed(0)} req/s vs nginx ${median(rps.nginx).toFixed(0)} req/s`,
      },
      0.5,
    );
    const beacon = speedup(
      {
        section: 'portal',
        name: 'view beacon vs nginx static page',
        subject: 'POST /api/portal/views (a new session each), wrk -c50',
        baseline: 'nginx 1 worker, article file',
        samples: perRequest(rps.beacon),
        baselineSamples: perRequest(rps.nginx),
        note: `${median(rps.beacon).toFixed(0)} req/s vs nginx ${median(rps.nginx).toFixed(0)} req/s`,
      },
      0,
    );
    beacon.informational = true;
    notes.push(
      `requests per second, medians of ${rounds} runs of ${seconds} s: article ${median(rps.article).toFixed(0)}, nginx ${median(rps.nginx).toFixed(0)}, ` +
        `beacon ${median(rps.beacon).toFixed(0)}; ratio article/nginx ${(median(rps.article) / median(rps.nginx)).toFixed(2)}, beacon/nginx ${(median(rps.beacon) / median(rps.nginx)).toFixed(2)}`,
      `page: ${html.length.toLocaleString('en')} bytes; the times in the table are per request (1 / throughput)`,
    );
    await stop(server);
    server = null;

    const measurements = [article, beacon];
    const probe = await probePostgres();
    if (!probe.ok) {
      notes.push(`PostgreSQL rows skipped: no PostgreSQL (${probe.reason}); set BENCH_DATABASE_URL`);
      return { measurements, rps, notes };
    }
    const scratch = await createScratchDatabase();
    const postgres: NonNullable<PortalBenchResult['postgres']> = [];
    try {
      progress(`portal: the demo portal on PostgreSQL ${probe.version} (${scratch.name})`);
      const pgDatabase = await openDatabase({ kind: 'postgres', url: scratch.url });
      await loadPortalDemo(pgDatabase.db, benchActor);
      await pgDatabase.close();
      for (const workers of [1, 2]) {
        const p = await startPortal({ DATABASE_URL: scratch.url, GRASSROOTS_WORKERS: String(workers) });
        server = p.child;
        const row = { workers, article: [] as number[], beacon: [] as number[] };
        wrk(wrkPath, `${p.base}${path}`, 2);
        for (let i = 0; i < rounds; i++) {
          progress(
            `portal on PostgreSQL, ${workers} process(es): round ${i + 1}/${rounds}, ${seconds} s each: article page, beacon`,
          );
          for (const [k, url, script] of [
            ['article', `${p.base}${path}`],
            ['beacon', `${p.base}/api/portal/views`, beaconScript],
          ] as const) {
            const r = wrk(wrkPath, url, seconds, script);
            row[k].push(r.rps);
            errors += r.errors;
            if (r.errors > 0)
              notes.push(
                `!!! PostgreSQL, ${workers} process(es), ${k}: ${r.errors} requests failed: ${p.log().slice(-2000)}`,
              );
          }
        }
        await stop(server);
        server = null;
        postgres.push(row);
      }
    } finally {
      await scratch.drop();
    }
    const one = postgres[0];
    for (const row of postgres) {
      for (const k of ['article', 'beacon'] as const) {
        const m = speedup(
          {
            section: 'portal',
            name: `${k === 'article' ? 'article page' : 'view beacon'} on PostgreSQL, ${row.workers} process(es) vs 1`,
            subject: `${k === 'article' ? `GET ${path}` : 'POST /api/portal/views'}, ${row.workers} process(es), wrk -c50`,
            baseline: '1 process, same database',
            samples: perRequest(row[k]),
            baselineSamples: perRequest(one[k]),
            note: `${median(row[k]).toFixed(0)} req/s vs ${median(one[k]).toFixed(0)} req/s`,
          },
          0,
        );
        m.informational = true;
        if (row.workers > 1) measurements.push(m);
      }
      notes.push(
        `PostgreSQL ${probe.version}, ${row.workers} process(es): article ${median(row.article).toFixed(0)} req/s, beacon ${median(row.beacon).toFixed(0)} req/s (medians of ${rounds} runs of ${seconds} s)`,
      );
    }
    return { measurements, rps, postgres, notes };
  } finally {
    if (nginx) await stop(nginx, 'SIGQUIT');
    if (server) await stop(server);
    rmSync(dir, { recursive: true, force: true });
  }
}
