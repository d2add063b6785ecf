/**
 * Monitoring: /metrics in Prometheus's text format (requests by route and
 * status, database connections, import and report durations, the portal's
 * counters, the process), who may read it, /api/health against a failing
 * database, and /api/ready with the 503 gate while the server starts or
 * stops. The shutdown of a real process is in test/shutdown.test.ts.
 */
import type { FastifyInstance, InjectOptions } from 'fastify';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadPortalDemo } from '../src/modules/demo/demo.portal.js';
import { importRegister } from '../src/modules/register/register.service.js';
import { exampleRegister } from './support/indicators/example.register.js';
import { rows, type Database } from '../src/platform/db.js';
import { isLoopback } from '../src/platform/http.js';
import { httpBuckets } from '../src/platform/metrics.js';
import { testActor } from './actor.js';
import { signIn, type Signed } from './auth.js';
import { createTestDatabase, engines, firstEngineRun } from './db.js';
import { multipart } from './upload.js';

const browserUa = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36';

/** The value of the sample with exactly these labels, or undefined. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const got = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((x) => [x[1], x[2]]));
    if (
      Object.keys(got).length === Object.keys(labels).length &&
      Object.entries(labels).every(([k, v]) => got[k] === v)
    )
      return Number(m[3]);
  }
  return undefined;
}

/** A people.csv of the import format with these rows (code, name, residence village). */
const peopleCsv = (rows: [string, string, string][]) =>
  `${['person_code,full_name,birth_date,gender,ethnicity,residence_village_code,commune_official', ...rows.map(([c, n, v]) => `${c},${n},,,,${v},không`)].join('\n')}\n`;

describe.runIf(firstEngineRun)('isLoopback', () => {
  it("knows this machine's addresses, in IPv4, IPv6 and IPv4 mapped into IPv6", () => {
    for (const a of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1', '::FFFF:127.0.0.2'])
      expect(isLoopback(a), a).toBe(true);
    for (const a of ['10.0.0.1', '192.168.1.1', '::ffff:10.0.0.1', '128.0.0.1', '1127.0.0.1', 'fe80::1', '', undefined])
      expect(isLoopback(a), String(a)).toBe(false);
  });
});

describe.each(engines)('monitoring on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let admin: Signed;
  let viewer: Signed;
  let editor: Signed;
  let commune: Signed;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    expect((await importRegister(database.db, exampleRegister(), { actor: testActor })).errors).toEqual([]);
    await loadPortalDemo(database.db, testActor);
    app = await buildApp({ database });
    admin = await signIn(app, database.db, 'admin');
    viewer = await signIn(app, database.db, 'viewer', 'P');
    editor = await signIn(app, database.db, 'editor', 'P');
    commune = await signIn(app, database.db, 'commune', 'X2');
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  /** /metrics as a Prometheus on this machine reads it. */
  const scrape = async (target = app) => {
    const r = await target.inject({ method: 'GET', url: '/metrics' });
    expect(r.statusCode, r.body).toBe(200);
    return r.body;
  };
  const requests = (text: string, method: string, route: string, status: number) =>
    sample(text, 'http_requests_total', { method, route, status: String(status) }) ?? 0;

  it("answers in Prometheus's text format, with the process's own figures", async () => {
    const r = await app.inject({ method: 'GET', url: '/metrics' });
    expect(r.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.body).toContain('# TYPE http_requests_total counter');
    expect(r.body).toContain('# TYPE http_request_duration_seconds histogram');
    expect(r.body).toContain('# TYPE grassroots_import_duration_seconds histogram');
    expect(sample(r.body, 'process_cpu_user_seconds_total')).toBeGreaterThanOrEqual(0);
    expect(sample(r.body, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    expect(sample(r.body, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('counts requests by method, route as registered and status, with their durations; addresses that match no route count as one', async () => {
    const before = await scrape();
    const get = (url: string, who?: Signed) => app.inject({ method: 'GET', url, headers: who?.headers ?? {} });
    expect((await get('/api/health')).statusCode).toBe(200);
    expect((await get('/api/health')).statusCode).toBe(200);
    expect((await app.inject({ method: 'HEAD', url: '/api/health' })).statusCode).toBe(200);
    expect((await get('/api/villages/VA', admin)).statusCode).toBe(200);
    expect((await get('/api/villages/NO-SUCH-VILLAGE', admin)).statusCode).toBe(404);
    expect((await get('/api/villages/VA')).statusCode).toBe(401);
    for (const url of ['/no/such/thing', '/another-one?x=1', '/wp-login.php'])
      expect((await get(url)).statusCode).toBe(404);
    // the second is answered by the portal's cached-page path, before any other hook
    expect((await get('/')).statusCode).toBe(200);
    expect((await get('/')).statusCode).toBe(200);
    const after = await scrape();

    const delta = (method: string, route: string, status: number) =>
      requests(after, method, route, status) - requests(before, method, route, status);
    expect(delta('GET', '/api/health', 200)).toBe(2);
    expect(delta('HEAD', '/api/health', 200)).toBe(1);
    expect(delta('GET', '/api/villages/:code', 200)).toBe(1);
    expect(delta('GET', '/api/villages/:code', 404)).toBe(1);
    expect(delta('GET', '/api/villages/:code', 401)).toBe(1);
    expect(delta('GET', 'unmatched', 404)).toBe(3);
    expect(delta('GET', '/', 200)).toBe(2);
    // no address as it was asked for: only routes
    for (const raw of ['NO-SUCH-VILLAGE', 'VA"', 'no/such', 'wp-login', 'x=1']) expect(after).not.toContain(raw);

    const labels = { method: 'GET', route: '/api/health', status: '200' };
    const count = sample(after, 'http_request_duration_seconds_count', labels)!;
    expect(count).toBe(requests(after, 'GET', '/api/health', 200));
    expect(sample(after, 'http_request_duration_seconds_bucket', { ...labels, le: '+Inf' })).toBe(count);
    expect(sample(after, 'http_request_duration_seconds_sum', labels)).toBeGreaterThan(0);
    const buckets = httpBuckets.map(
      (le) => sample(after, 'http_request_duration_seconds_bucket', { ...labels, le: String(le) })!,
    );
    expect(buckets.every((b, i) => b >= 0 && (i === 0 || b >= buckets[i - 1]))).toBe(true);
    expect(buckets.at(-1)).toBeLessThanOrEqual(count);
  });

  it('shows the database connections in use, idle and waiting', async () => {
    const pool = (text: string, name: string) => sample(text, `grassroots_db_pool_${name}`, { engine });
    const idle = await scrape();
    const max = engine === 'pglite' ? 1 : 10;
    expect(pool(idle, 'max')).toBe(max);
    expect(pool(idle, 'waiting')).toBe(0);
    if (engine === 'pglite') expect([pool(idle, 'total'), pool(idle, 'idle')]).toEqual([1, 1]);
    else expect(pool(idle, 'idle')).toBe(pool(idle, 'total'));

    // as many transactions as there are connections, and two more: those two wait
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const held = Array.from({ length: max + 2 }, () =>
      database.db.transaction(async (tx) => {
        await tx.execute(sql`select 1`);
        await gate;
      }),
    );
    try {
      await expect.poll(() => database.pool().waiting, { timeout: 5000 }).toBe(2);
      const busy = await scrape();
      expect(pool(busy, 'total')).toBe(max);
      expect(pool(busy, 'idle')).toBe(0);
      expect(pool(busy, 'waiting')).toBe(2);
    } finally {
      release();
      await Promise.all(held);
    }
    await expect.poll(() => database.pool().waiting).toBe(0);
    expect(database.pool().idle).toBe(database.pool().total);
  });

  it('times imports by outcome and reports by format', async () => {
    const counts = async () => {
      const text = await scrape();
      const imports = (outcome: string) => sample(text, 'grassroots_import_duration_seconds_count', { outcome });
      const reports = (format: string, outcome: string) =>
        sample(text, 'grassroots_report_duration_seconds_count', { format, outcome });
      return {
        imports: {
          applied: imports('applied'),
          dry_run: imports('dry_run'),
          rejected: imports('rejected'),
          failed: imports('failed'),
        },
        reports: { json: reports('json', 'ok'), xlsx: reports('xlsx', 'ok'), pdfFailed: reports('pdf', 'failed') },
      };
    };
    const before = await counts();
    // every series is there from the start, at zero
    expect(Object.values(before.imports).every((n) => typeof n === 'number')).toBe(true);

    const upload = async (dryRun: boolean, name: string, content: string) => {
      const body = multipart([{ name, content }]);
      return app.inject({
        method: 'POST',
        url: `/api/imports?dryRun=${dryRun}`,
        headers: { ...admin.headers, ...body.headers },
        payload: body.payload,
      });
    };
    expect((await upload(true, 'people.csv', peopleCsv([['M1', 'Người Một', 'VA']]))).statusCode).toBe(200);
    expect((await upload(false, 'people.csv', peopleCsv([['M2', 'Người Hai', 'VA']]))).statusCode).toBe(200);
    expect((await upload(false, 'people.csv', peopleCsv([['M3', 'Người Ba', 'NO-SUCH-VILLAGE']]))).statusCode).toBe(
      422,
    );
    expect((await upload(false, 'register.xlsx', 'not a workbook')).statusCode).toBe(400);

    const q = 'scope=P&from=2013-06-01&to=2016-01-01';
    expect((await app.inject({ method: 'GET', url: `/api/reports?${q}`, headers: admin.headers })).statusCode).toBe(
      200,
    );
    expect(
      (await app.inject({ method: 'GET', url: `/api/reports/xlsx?${q}`, headers: admin.headers })).statusCode,
    ).toBe(200);
    const chromium = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      expect(
        (await app.inject({ method: 'GET', url: `/api/reports/pdf?${q}`, headers: admin.headers })).json().error.code,
      ).toBe('PDF_BROWSER_MISSING');
    } finally {
      if (chromium === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = chromium;
    }
    // refused before the report is made (out of scope): not a report
    expect(
      (
        await app.inject({
          method: 'GET',
          url: `/api/reports?scope=X1&from=2013-06-01&to=2016-01-01`,
          headers: commune.headers,
        })
      ).statusCode,
    ).toBe(403);

    const after = await counts();
    expect(after.imports).toEqual({
      applied: before.imports.applied! + 1,
      dry_run: before.imports.dry_run! + 1,
      rejected: before.imports.rejected! + 1,
      failed: before.imports.failed! + 1,
    });
    expect(after.reports).toEqual({
      json: before.reports.json! + 1,
      xlsx: before.reports.xlsx! + 1,
      pdfFailed: before.reports.pdfFailed! + 1,
    });
    const text = await scrape();
    expect(sample(text, 'grassroots_import_duration_seconds_sum', { outcome: 'applied' })).toBeGreaterThan(0);
    expect(
      sample(text, 'grassroots_report_duration_seconds_bucket', { format: 'xlsx', outcome: 'ok', le: '+Inf' }),
    ).toBe(after.reports.xlsx);
  });

  it("shows the portal's counters: views, visits, online now, and what is not yet written", async () => {
    const counter = app.portal!.counter;
    // no periodic write during the test: what is pending stays so until flushed
    await counter.stop();
    const articles = (
      await app.inject({ method: 'GET', url: '/api/editorial/articles', headers: editor.headers })
    ).json() as { id: number; state: string }[];
    const article = articles.find((a) => a.state === 'public')!;
    const before = await scrape();
    const value = (text: string, name: string, labels: Record<string, string> = {}) =>
      sample(text, name, labels) ?? NaN;

    const beacon = (payload: object, cookie?: string) =>
      app.inject({
        method: 'POST',
        url: '/api/portal/views',
        headers: { 'user-agent': browserUa, ...(cookie ? { cookie } : {}) },
        payload,
      });
    const first = await beacon({ article: article.id });
    expect(first.statusCode).toBe(200);
    const visitor = String(first.headers['set-cookie']).split(';')[0];
    // the same visitor again: a page view, not a new visit nor a second view of the article
    expect((await beacon({ article: article.id }, visitor)).statusCode).toBe(200);
    expect((await beacon({}, visitor)).statusCode).toBe(200);
    // a crawler is not counted
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/portal/views',
          headers: { 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' },
          payload: {},
        })
      ).statusCode,
    ).toBe(200);

    const after = await scrape();
    const grew = (name: string, labels: Record<string, string> = {}) =>
      value(after, name, labels) - value(before, name, labels);
    expect(grew('grassroots_portal_page_views_total')).toBe(3);
    expect(value(after, 'grassroots_portal_online', { kind: 'guest' })).toBeGreaterThanOrEqual(1);
    expect(value(after, 'grassroots_portal_sessions')).toBeGreaterThanOrEqual(1);
    expect(grew('grassroots_portal_pending', { what: 'page_views' })).toBe(3);
    expect(grew('grassroots_portal_pending', { what: 'article_views' })).toBe(1);
    expect(grew('grassroots_portal_pending', { what: 'visits' })).toBe(1);

    await counter.flush();
    const flushed = await scrape();
    for (const what of ['page_views', 'article_views', 'visits'])
      expect(value(flushed, 'grassroots_portal_pending', { what })).toBe(0);
    expect(value(flushed, 'grassroots_portal_page_views_total')).toBe(
      value(after, 'grassroots_portal_page_views_total'),
    );
    expect(value(flushed, 'grassroots_portal_flush_failures_total')).toBe(0);
    // views and visits as counted: on PostgreSQL, where other processes count too, as the database decided at the write
    const written = (name: string, labels: Record<string, string> = {}) =>
      value(flushed, name, labels) - value(before, name, labels);
    expect(written('grassroots_portal_article_views_total')).toBe(1);
    expect(written('grassroots_portal_visits_total', { kind: 'guest' })).toBe(1);
    expect(written('grassroots_portal_visits_total', { kind: 'member' })).toBe(0);
    counter.start();
  });

  it('answers this machine without a session, another machine only for an administrator', async () => {
    const metrics = (options: Partial<InjectOptions>, target = app) =>
      target.inject({ method: 'GET', url: '/metrics', ...options });
    for (const remoteAddress of ['127.0.0.1', '::1', '::ffff:127.0.0.1'])
      expect((await metrics({ remoteAddress })).statusCode, remoteAddress).toBe(200);
    const far = { remoteAddress: '10.0.0.1' };
    const anonymous = await metrics(far);
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBe('AUTH_REQUIRED');
    for (const who of [viewer, editor, commune]) {
      const r = await metrics({ ...far, headers: who.headers });
      expect(r.statusCode).toBe(403);
      expect(r.json().error.code).toBe('FORBIDDEN_ROLE');
    }
    const byAdmin = await metrics({ ...far, headers: admin.headers });
    expect(byAdmin.statusCode).toBe(200);
    expect(byAdmin.body).toContain('http_requests_total');
    // a forwarded address means nothing without a trusted proxy
    expect((await metrics({ ...far, headers: { 'x-forwarded-for': '127.0.0.1' } })).statusCode).toBe(401);

    // behind one trusted proxy on this machine: the client the proxy saw decides
    const proxied = await buildApp({ database, trustProxy: 1 });
    try {
      expect(
        (await metrics({ remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': '203.0.113.7' } }, proxied))
          .statusCode,
      ).toBe(401);
      expect(
        (
          await metrics(
            { remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': '127.0.0.1, 203.0.113.7' } },
            proxied,
          )
        ).statusCode,
      ).toBe(401);
      expect(
        (await metrics({ remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': '127.0.0.1' } }, proxied))
          .statusCode,
      ).toBe(200);
      // a scrape straight to the port, not through the proxy
      expect((await metrics({ remoteAddress: '127.0.0.1' }, proxied)).statusCode).toBe(200);
      // a client that reaches the port directly cannot pass for this machine
      expect(
        (await metrics({ remoteAddress: '10.0.0.1', headers: { 'x-forwarded-for': '127.0.0.1' } }, proxied)).statusCode,
      ).toBe(401);
      expect(
        (
          await metrics(
            { remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': '203.0.113.7', ...admin.headers } },
            proxied,
          )
        ).statusCode,
      ).toBe(200);
    } finally {
      await proxied.close();
    }
  });

  it('answers /api/ready, and 503 on every route but health, readiness and metrics while starting or stopping', async () => {
    const starting = await buildApp({ database, starting: true });
    try {
      const get = (url: string, who?: Signed) => starting.inject({ method: 'GET', url, headers: who?.headers ?? {} });
      const ready = await get('/api/ready');
      expect(ready.statusCode).toBe(503);
      expect(ready.json().error.code).toBe('SERVER_STARTING');
      expect((await get('/api/health')).json()).toEqual({ status: 'ok', engine });
      expect((await get('/metrics')).statusCode).toBe(200);
      for (const url of ['/api/villages/VA', '/', '/api/portal/stats', '/no/such/thing', '/admin/']) {
        const r = await get(url, admin);
        expect({ url, status: r.statusCode, code: r.json().error.code }).toEqual({
          url,
          status: 503,
          code: 'SERVER_STARTING',
        });
        expect(r.headers['retry-after']).toBe('10');
      }
      expect(
        (
          await starting.inject({
            method: 'POST',
            url: '/api/people',
            headers: admin.headers,
            payload: { code: 'S1', fullName: 'Khởi Động' },
          })
        ).statusCode,
      ).toBe(503);
      expect(await rows(database.db, sql`select 1 from people where code = 'S1'`)).toEqual([]);

      starting.lifecycle.ready();
      expect((await get('/api/ready')).json()).toEqual({ status: 'ready' });
      expect((await get('/api/villages/VA', admin)).statusCode).toBe(200);
      const text = await scrape(starting);
      expect(requests(text, 'GET', '/api/ready', 503)).toBe(1);
      expect(requests(text, 'GET', '/api/villages/:code', 503)).toBe(1);

      starting.lifecycle.stopping();
      const stopping = await get('/api/ready');
      expect(stopping.statusCode).toBe(503);
      expect(stopping.json().error.code).toBe('SERVER_STOPPING');
      expect((await get('/api/villages/VA', admin)).json().error.code).toBe('SERVER_STOPPING');
      expect((await get('/api/health')).statusCode).toBe(200);
      // a server never goes back from stopping to ready
      starting.lifecycle.ready();
      expect(starting.lifecycle.phase).toBe('stopping');
    } finally {
      await starting.close();
    }
    expect((await app.inject({ method: 'GET', url: '/api/ready' })).json()).toEqual({ status: 'ready' });
  });

  it('answers /api/health with 503 DB_UNAVAILABLE when the database fails', async () => {
    const other = await createTestDatabase(engine);
    const broken = await buildApp({ database: other, only: 'admin' });
    try {
      expect((await broken.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
      await other.close();
      const r = await broken.inject({ method: 'GET', url: '/api/health', headers: { 'accept-language': 'en' } });
      expect(r.statusCode).toBe(503);
      expect(r.json().error).toMatchObject({
        code: 'DB_UNAVAILABLE',
        message: 'The database does not answer; try again later',
      });
      // liveness fails, readiness does not change: the process is up and can answer
      expect((await broken.inject({ method: 'GET', url: '/api/ready' })).statusCode).toBe(200);
    } finally {
      await broken.close();
    }
  });
});
