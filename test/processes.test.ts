/**
 * Two servers, real processes, on one PostgreSQL database: every figure and
 * limit is the same as one process would give, and an edit on one empties
 * the other's page cache at once. PostgreSQL only (skipped without
 * TEST_DATABASE_URL): the embedded database serves one process.
 */
import { existsSync, readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDatabase, type ScratchDatabase } from './scratch-db.js';
import { signInPrinted, startServer, type ServerProcess, type Session } from './process.js';

const url = process.env.TEST_DATABASE_URL;
const browser = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36';

/** Polls `probe` until it answers true, or fails past the deadline (never measures anything). */
async function until(deadlineMs: number, probe: () => Promise<boolean>, what: string) {
  const deadline = Date.now() + deadlineMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`not within ${deadlineMs} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.skipIf(!url)('two server processes on one PostgreSQL database', () => {
  let scratch: ScratchDatabase;
  let a: ServerProcess;
  let b: ServerProcess;
  let admin: Session;
  let article: { id: number; slug: string };
  const servers = () => [a, b];

  const call = (
    s: ServerProcess,
    path: string,
    o: { method?: string; body?: unknown; headers?: Record<string, string>; ip?: string } = {},
  ) =>
    fetch(`${s.url}${path}`, {
      method: o.method ?? (o.body === undefined ? 'GET' : 'POST'),
      headers: {
        'user-agent': browser,
        'x-forwarded-for': o.ip ?? '10.200.0.1',
        ...(o.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...o.headers,
      },
      body: o.body === undefined ? undefined : JSON.stringify(o.body),
      redirect: 'manual',
    });
  const edit = async (s: ServerProcess, path: string, body: unknown) => {
    const r = await call(s, path, { body, headers: admin });
    if (r.status >= 300) throw new Error(`${path}: ${r.status} ${await r.text()}`);
    return r.json();
  };
  const stored = async (q: string) => {
    const c = new pg.Client({ connectionString: scratch.url });
    await c.connect();
    try {
      return (await c.query(q)).rows[0];
    } finally {
      await c.end();
    }
  };

  beforeAll(async () => {
    scratch = await createScratchDatabase(url!, 'grassroots_processes');
    const env = { DATABASE_URL: scratch.url, GRASSROOTS_TRUST_PROXY: '1' };
    a = await startServer(env);
    b = await startServer(env);
    const password = /one-time password: (\S+)/.exec(a.stderr())?.[1];
    if (!password) throw new Error(`no first administrator password: ${a.stderr()}`);
    admin = await signInPrinted(a.url, 'admin', password);
    const draft = await edit(a, '/api/editorial/articles', {
      title: 'Hội nghị sơ kết',
      summary: 'Tóm tắt',
      bodyHtml: '<p>Nội dung</p>',
    });
    article = await edit(a, `/api/editorial/articles/${draft.id}/publish`, {});
  }, 240_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await scratch?.drop();
  });

  it("empties the other process's page cache within a second of an edit", async () => {
    // b renders the list once and then serves it from its cache
    for (let i = 0; i < 2; i++) expect(await (await call(b, '/tin-tuc')).text()).toContain('Hội nghị sơ kết');
    await edit(a, `/api/editorial/articles/${article.id}`, {
      title: 'Hội nghị tổng kết',
      summary: 'Tóm tắt',
      bodyHtml: '<p>Nội dung</p>',
    });
    await until(
      1000,
      async () => (await (await call(b, '/tin-tuc')).text()).includes('Hội nghị tổng kết'),
      "the edit on b's cached list",
    );
  });

  it('counts 60 sessions spread over both once each: views, visits, online guests and members', async () => {
    // every session is seen by both servers, half first by a, half first by b; every tenth is a signed-in member
    for (let i = 0; i < 60; i++) {
      const ip = `10.${i}.0.1`;
      const [first, second] = i % 2 ? [a, b] : [b, a];
      const member: Record<string, string> = i % 10 === 0 ? { cookie: admin.cookie } : {};
      const r = await call(first, '/api/portal/views', { body: { article: article.id }, ip, headers: member });
      expect(r.status).toBe(200);
      const visitor = r.headers
        .getSetCookie()
        .find((c) => c.startsWith('grassroots_visitor='))!
        .split(';')[0];
      const cookie = member.cookie ? `${visitor}; ${member.cookie}` : visitor;
      expect(
        (await call(second, '/api/portal/views', { body: { article: article.id }, ip, headers: { cookie } })).status,
      ).toBe(200);
      expect(
        (await call(second, '/api/portal/views', { body: { article: article.id }, ip, headers: { cookie } })).status,
      ).toBe(200);
    }
    await until(
      10_000,
      async () => {
        const s =
          await stored(`select (select views from portal_article_views where article_id = ${article.id})::int as views,
        (select sum(guest_visits)::int from portal_visit_days) as guests, (select sum(member_visits)::int from portal_visit_days) as members`);
        return s.views === 60 && s.guests === 54 && s.members === 6;
      },
      'views 60, visits 54 + 6 in the database',
    );
    for (const s of servers()) {
      await until(
        5000,
        async () => {
          const r = (await (
            await call(s, '/api/portal/views', {
              body: { article: article.id },
              headers: { 'user-agent': 'Googlebot/2.1' },
            })
          ).json()) as {
            online: { guests: number; members: number; total: number };
            visits: number;
            views: number;
          };
          return r.online.guests === 54 && r.online.members === 6 && r.visits === 60 && r.views === 60;
        },
        `${s.url}: online 54 guests and 6 members, 60 visits, 60 views`,
      );
    }
  });

  it('takes one ballot per guest whichever server it goes to, and limits an address across both', async () => {
    const poll = await edit(a, '/api/editorial/polls', {
      question: 'Chọn một',
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      options: ['Có', 'Không'],
    });
    const yes = poll.options[0].id as number;
    // ten guests from one address (ten browsers): the address's limit is ten ballots an hour, counted across both servers
    const guests: string[] = [];
    for (let i = 0; i < 10; i++) {
      const r = await call(servers()[i % 2], `/api/portal/polls/${poll.id}/vote`, {
        body: { option: yes },
        ip: '10.250.0.7',
        headers: { 'user-agent': `${browser} #${i}` },
      });
      expect(r.status, await r.clone().text()).toBe(200);
      guests.push(
        r.headers
          .getSetCookie()
          .find((c) => c.startsWith('grassroots_visitor='))!
          .split(';')[0],
      );
    }
    // each guest again, on the other server: refused as a second ballot
    for (let i = 0; i < 10; i++) {
      const r = await call(servers()[(i + 1) % 2], `/api/portal/polls/${poll.id}/vote`, {
        body: { option: yes },
        ip: `10.251.${i}.7`,
        headers: { cookie: guests[i] },
      });
      expect(r.status).toBe(409);
    }
    const over = await call(b, `/api/portal/polls/${poll.id}/vote`, {
      body: { option: yes },
      ip: '10.250.0.7',
      headers: { 'user-agent': `${browser} #11` },
    });
    expect(over.status).toBe(429);
    expect(((await over.json()) as { error: { code: string } }).error.code).toBe('POLL_RATE_LIMITED');
    for (const s of servers()) {
      const r = (await (await call(s, `/api/editorial/polls`, { headers: admin })).json()) as {
        id: number;
        ballots: number;
      }[];
      expect(r.find((p) => p.id === poll.id)!.ballots).toBe(10);
    }
  });

  it("throttles an address's failed sign-ins and locks a user name across both", async () => {
    const login = (s: ServerProcess, username: string, password: string, ip: string) =>
      call(s, '/api/auth/login', { body: { username, password }, ip });
    // 20 failures from one address, alternating: the 21st is throttled on either server
    for (let i = 0; i < 20; i++)
      expect((await login(servers()[i % 2], `khong-co-${i}`, 'sai mật khẩu', '10.240.0.1')).status).toBe(401);
    for (const s of servers()) {
      const r = await login(s, 'khong-co', 'sai mật khẩu', '10.240.0.1');
      expect(((await r.json()) as { error: { code: string } }).error.code).toBe('AUTH_THROTTLED');
    }
    // an account locked by five failures on a and b in turns is locked on both
    const made = await edit(a, '/api/accounts', { username: 'canbo', role: 'admin' });
    for (let i = 0; i < 5; i++) await login(servers()[i % 2], 'canbo', 'sai mật khẩu', `10.241.${i}.1`);
    for (const s of servers()) {
      const r = await login(s, 'canbo', made.password, '10.242.0.1');
      expect(((await r.json()) as { error: { code: string } }).error.code).toBe('AUTH_LOCKED');
    }
    // and so is a name with no account, the same way (its lock does not tell that it has none)
    for (let i = 0; i < 5; i++) await login(servers()[i % 2], 'khong-ai', 'sai mật khẩu', `10.243.${i}.1`);
    for (const s of servers()) {
      const r = await login(s, 'khong-ai', 'sai mật khẩu', '10.244.0.1');
      expect(((await r.json()) as { error: { code: string } }).error.code).toBe('AUTH_LOCKED');
    }
  });

  it('serves one port from --workers 2, starts a worker again when one dies, and stops them all on SIGTERM', async () => {
    const cluster = await startServer({
      DATABASE_URL: scratch.url,
      GRASSROOTS_TRUST_PROXY: '1',
      GRASSROOTS_WORKERS: '2',
    });
    const pid = cluster.child.pid!;
    const workers = () =>
      readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    try {
      await until(30_000, async () => workers().length === 2, 'two workers');
      const [first] = workers();
      // the port answers whichever worker takes the connection, with the figures every process shares
      for (let i = 0; i < 4; i++) {
        const r = (await (await call(cluster, '/api/portal/stats')).json()) as { visits: number };
        expect(r.visits).toBe(60);
      }
      process.kill(first, 'SIGKILL');
      await until(
        30_000,
        async () => workers().length === 2 && !workers().includes(first) && (await call(cluster, '/api/ready')).ok,
        'a new worker',
      );
    } finally {
      const left = workers();
      await cluster.stop();
      expect(cluster.child.exitCode).toBe(0);
      for (const w of left) expect(existsSync(`/proc/${w}`)).toBe(false);
    }
  });
});
