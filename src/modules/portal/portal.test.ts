import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { rows, type Database } from '../../platform/db.js';
import { createTestDatabase, engines } from '../../../test/db.js';
import { testActor } from '../../../test/actor.js';
import { loginAs, signIn, TEST_PASSWORD, type Signed } from '../../../test/auth.js';
import { loadPortalDemo } from '../demo/demo.portal.js';
import {
  checkResultsArticle,
  countsInInventedText,
  isResultsArticle,
  publishedArticles,
} from '../../../test/article-figures.js';
import { importRegister } from '../register/register.service.js';
import { exampleRegister } from '../../../test/support/indicators/example.register.js';
import { NO_ACTIVE_POLL } from '../../portal/views.js';
import { vietnamDay } from './counter.js';

const browserUa = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36';
const cookieOf = (setCookie: unknown) => String([setCookie].flat()[0]).split(';')[0];
/** Every cookie an answer sets, as a browser would send them back. */
const jarOf = (r: { headers: Record<string, unknown> }, before = '') => {
  const jar = new Map(
    before
      .split('; ')
      .filter(Boolean)
      .map((c) => c.split('=') as [string, string]),
  );
  for (const c of [r.headers['set-cookie'] ?? []].flat()) {
    const [name, value] = String(c).split(';')[0].split('=');
    if (value) jar.set(name, value);
    else jar.delete(name);
  }
  return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
};
const pct = (x: number) => new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 }).format(x);

describe.each(engines)('the public portal on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let editor: Signed;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await importRegister(database.db, exampleRegister(), { actor: testActor });
    await loadPortalDemo(database.db, testActor);
    app = await buildApp({ database });
    editor = await signIn(app, database.db, 'editor', 'P');
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const get = (url: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url, headers: { 'user-agent': browserUa, ...headers } });
  const articles = async () =>
    (await app.inject({ method: 'GET', url: '/api/editorial/articles', headers: editor.headers })).json() as {
      id: number;
      url: string;
      state: string;
      title: string;
    }[];
  const viewsOf = async (id: number) =>
    Number(
      (
        await rows<{ views: string }>(database.db, sql`select views from portal_article_views where article_id = ${id}`)
      )[0]?.views ?? 0,
    );

  it('serves the home page, a category, an article with its byline and views, paging and RSS', async () => {
    const home = await get('/');
    expect(home.statusCode).toBe(200);
    expect(home.headers['content-type']).toContain('text/html');
    // the results article of the demo portal is the register's report since 1/7/2025
    expect(home.body).toContain(
      'Kết quả xây dựng Đảng ở thôn, tổ dân phố của Tỉnh Mẫu từ ngày 01/07/2025 đến ngày 27/11/2026',
    );
    expect(home.body).toContain('Trang 1/2');
    expect(home.body).toContain('<meta name="viewport"');
    // helmet's headers, sent with the cached page
    expect(home.headers['content-security-policy']).toContain("script-src 'self'");
    expect(home.headers['x-content-type-options']).toBe('nosniff');
    expect((await get('/')).headers['content-security-policy']).toBe(home.headers['content-security-policy']);
    expect((await get('/?trang=2')).body).toContain('Thông báo về việc thử nghiệm cổng thông tin');
    // the report of the directive's first years, published the day after its period: the oldest
    expect((await get('/?trang=2')).body).toContain(
      'Kết quả xây dựng Đảng ở thôn, tổ dân phố của Tỉnh Mẫu từ ngày 15/03/2013 đến ngày 31/12/2017',
    );
    expect((await get('/?trang=3')).statusCode).toBe(404);
    expect((await get('/?trang=abc')).statusCode).toBe(404);
    const cat = await get('/tin-tuc/chuyen-muc/thong-bao');
    expect(cat.body).toContain('Thông báo lịch tiếp công dân');
    expect(cat.body).not.toContain('Kết quả xây dựng Đảng');
    expect((await get('/tin-tuc/chuyen-muc/khong-co')).statusCode).toBe(404);
    const first = (await articles()).find((a) => a.title.startsWith('Hội nghị sơ kết'))!;
    const page = await get(first.url);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('HY- VPTU');
    expect(page.body).toMatch(/<span data-views="\d+">0<\/span> lượt xem/);
    expect(page.body).toMatch(/<img src="\/anh\/\d+"/);
    const img = /<img src="(\/anh\/\d+)"/.exec(page.body)![1];
    const image = await get(img);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    // the results article: the report's narrative, its chart and its tables
    const results = (await articles()).find((a) => a.title.includes('từ ngày 01/07/2025'))!;
    const report = (await get(results.url)).body;
    expect(report).toContain('Từ năm 2025 đến năm 2026, ');
    expect(report).toContain('KẾT QUẢ XÂY DỰNG ĐẢNG Ở THÔN, TỔ DÂN PHỐ THEO ĐƠN VỊ');
    const chart = await get(/<img src="(\/anh\/\d+)"/.exec(report)![1]);
    expect(chart.headers['content-type']).toContain('image/svg+xml');
    // every number of the results articles is the engine's; the others count nothing
    const published = await publishedArticles(database.db);
    expect(published.filter(isResultsArticle)).toHaveLength(2);
    for (const a of published.filter(isResultsArticle)) await checkResultsArticle(database.db, a);
    // and the check fails on a number that is not the engine's, in the narrative or in a table
    const [a] = published.filter(isResultsArticle);
    const plusOne = (n: string) => String(Number(n) + 1);
    await expect(
      checkResultsArticle(database.db, { ...a, summary: a.summary.replace(/\((\d+)\//, (_, n) => `(${plusOne(n)}/`) }),
    ).rejects.toThrow();
    await expect(
      checkResultsArticle(database.db, {
        ...a,
        bodyHtml: a.bodyHtml.replace(
          /<tbody><tr><td class="num">1<\/td><td class="name">[^<]*<\/td><td class="num">(\d+)/,
          (m, n) => m.replace(/\d+$/, plusOne(n)),
        ),
      }),
    ).rejects.toThrow();
    for (const a of published.filter((x) => !isResultsArticle(x)))
      expect({ title: a.title, counts: countsInInventedText(a) }).toEqual({ title: a.title, counts: [] });
    // a shortened address leads to the article's own
    const short = await get(`/tin-tuc/${first.id}`);
    expect(short.statusCode).toBe(301);
    expect(short.headers.location).toBe(first.url);
    const rss = await get('/rss.xml');
    expect(rss.headers['content-type']).toContain('application/rss+xml');
    expect(rss.body).toContain('<title><![CDATA[Hội nghị sơ kết');
    expect(rss.body).toContain(`http://localhost:80${first.url}`);
  });

  it('answers a revalidation with 304 and serves the same cached page until an editor changes it', async () => {
    const a = await get('/');
    const again = await get('/', { 'if-none-match': String(a.headers.etag) });
    expect(again.statusCode).toBe(304);
    const created = await app.inject({
      method: 'POST',
      url: '/api/editorial/articles',
      headers: editor.headers,
      payload: {
        title: 'Bài <mới> & "đặc biệt"',
        summary: 'Tóm tắt',
        bodyHtml: '<p onclick="x()">Nội dung</p><script>alert(1)</script><img src="https://evil.example/x.png">',
        authorLine: 'HY- VPTU',
      },
    });
    expect(created.statusCode).toBe(201);
    const draft = created.json();
    expect(draft.state).toBe('draft');
    expect(draft.bodyHtml).toBe('<p>Nội dung</p>');
    expect((await get('/')).body).not.toContain('Bài &lt;mới&gt;');
    expect((await get(draft.url)).statusCode).toBe(404);
    const published = await app.inject({
      method: 'POST',
      url: `/api/editorial/articles/${draft.id}/publish`,
      headers: editor.headers,
      payload: {},
    });
    expect(published.json().state).toBe('public');
    const home = (await get('/')).body;
    expect(home).toContain('Bài &lt;mới&gt; &amp; &quot;đặc biệt&quot;');
    expect(home).not.toContain('<mới>');
    expect((await get(draft.url)).statusCode).toBe(200);
    // unpublished: gone from the portal at once
    expect(
      (
        await app.inject({
          method: 'POST',
          url: `/api/editorial/articles/${draft.id}/unpublish`,
          headers: editor.headers,
        })
      ).json().state,
    ).toBe('unpublished');
    expect((await get('/')).body).not.toContain('Bài &lt;mới&gt;');
    expect((await get(draft.url)).statusCode).toBe(404);
    // scheduled: not shown before its time
    const future = new Date(Date.now() + 3600_000).toISOString();
    expect(
      (
        await app.inject({
          method: 'POST',
          url: `/api/editorial/articles/${draft.id}/publish`,
          headers: editor.headers,
          payload: { at: future },
        })
      ).json().state,
    ).toBe('scheduled');
    expect((await get(draft.url)).statusCode).toBe(404);
    // the audit log has the editor's writes
    const audit = await rows<{ actor: string }>(
      database.db,
      sql`select actor from audit_log where entity = 'portal_articles' and entity_id = ${String(draft.id)}`,
    );
    expect(audit.length).toBeGreaterThanOrEqual(4);
    expect(new Set(audit.map((r) => r.actor))).toEqual(new Set([`account:${editor.username}`]));
  });

  it('counts N beacons from N sessions sent at once as exactly N views, once per session per 30 minutes, and no crawler', async () => {
    const target = (await articles()).find((a) => a.state === 'public')!;
    const before = await viewsOf(target.id);
    const N = 60;
    const answers = await Promise.all(
      // from N addresses of N networks: one address may start only so many sessions (abuse.test.ts)
      Array.from({ length: N }, (_, i) =>
        app.inject({
          method: 'POST',
          url: '/api/portal/views',
          remoteAddress: `10.${i}.0.1`,
          headers: { 'user-agent': browserUa },
          payload: { article: target.id },
        }),
      ),
    );
    expect(answers.every((r) => r.statusCode === 200)).toBe(true);
    const sessions = new Set(answers.map((r) => cookieOf(r.headers['set-cookie'])));
    expect(sessions.size).toBe(N);
    // the same session again, and a crawler: not counted
    const one = cookieOf(answers[0].headers['set-cookie']);
    const repeat = await app.inject({
      method: 'POST',
      url: '/api/portal/views',
      headers: { 'user-agent': browserUa, cookie: one },
      payload: { article: target.id },
    });
    expect(repeat.json().views).toBe(before + N);
    const bot = await app.inject({
      method: 'POST',
      url: '/api/portal/views',
      headers: { 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' },
      payload: { article: target.id },
    });
    expect(bot.headers['set-cookie']).toBeUndefined();
    expect(bot.json().views).toBe(before + N);
    await app.portal!.counter.flush();
    expect(await viewsOf(target.id)).toBe(before + N);
    // online now and visits: N + the sessions of earlier tests, all guests
    const stats = (await get('/api/portal/stats')).json();
    expect(stats.online.members).toBe(0);
    expect(stats.online.guests).toBeGreaterThanOrEqual(N);
    // the demo's made-up history before today, and today's visits: every session so far
    const [history] = await rows<{ n: string }>(
      database.db,
      sql`select sum(guest_visits + member_visits) as n from portal_visit_days where day < ${vietnamDay(Date.now())}`,
    );
    expect(stats.visits).toBe(Number(history.n) + stats.online.guests);
    const [today] = await rows<{ guest_visits: string }>(
      database.db,
      sql`select guest_visits from portal_visit_days where day = ${vietnamDay(Date.now())}`,
    );
    expect(Number(today.guest_visits)).toBe(stats.online.guests);
  });

  it('counts a signed-in member apart from guests, and refuses a view of an unknown article without counting it', async () => {
    const member = await app.inject({
      method: 'POST',
      url: '/api/portal/views',
      headers: { ...editor.headers, 'user-agent': browserUa },
      payload: {},
    });
    expect(member.json().online.members).toBe(1);
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/portal/views',
      headers: { 'user-agent': browserUa },
      payload: { article: 999999 },
    });
    expect(unknown.statusCode).toBe(200);
    expect(unknown.json().views).toBeNull();
  });

  it('lets a guest vote once (form or JSON), a member once, and shows the results', async () => {
    const home = (await get('/')).body;
    const pollId = Number(/action="\/api\/portal\/polls\/(\d+)\/vote"/.exec(home)![1]);
    const optionId = Number(/name="option" value="(\d+)"/.exec(home)![1]);
    // without JavaScript: a form, then a redirect to the page that shows the results
    const form = await app.inject({
      method: 'POST',
      url: `/api/portal/polls/${pollId}/vote`,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'user-agent': browserUa,
        referer: 'http://localhost:80/tin-tuc',
      },
      payload: `option=${optionId}`,
    });
    expect(form.statusCode).toBe(303);
    expect(form.headers.location).toBe(`/tin-tuc?binh-chon=${pollId}&kq=ok#binh-chon`);
    const guest = cookieOf(form.headers['set-cookie']);
    const after = await get(`/tin-tuc?binh-chon=${pollId}&kq=ok`);
    expect(after.body).toContain('Cảm ơn bạn đã bình chọn.');
    expect(after.body).toContain('1 phiếu (100%)');
    // the same guest again, by cookie; then without the cookie, from the same address and browser
    const again = await app.inject({
      method: 'POST',
      url: `/api/portal/polls/${pollId}/vote`,
      headers: { 'user-agent': browserUa, cookie: guest },
      payload: { option: optionId },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('POLL_ALREADY_VOTED');
    expect(again.json().error.message).toContain('Bạn đã bình chọn');
    expect(again.json().error.details.poll.ballots).toBe(1);
    const noCookie = await app.inject({
      method: 'POST',
      url: `/api/portal/polls/${pollId}/vote`,
      headers: { 'user-agent': browserUa },
      payload: { option: optionId },
    });
    expect(noCookie.statusCode).toBe(409);
    const formAgain = await app.inject({
      method: 'POST',
      url: `/api/portal/polls/${pollId}/vote`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': browserUa },
      payload: `option=${optionId}`,
    });
    expect(formAgain.headers.location).toBe(`/?binh-chon=${pollId}&kq=da-binh-chon#binh-chon`);
    expect((await get(`/?binh-chon=${pollId}&kq=da-binh-chon`)).body).toContain('mỗi người chỉ được bình chọn một lần');
    // another browser is another guest; a member votes by account, once
    const other = await app.inject({
      method: 'POST',
      url: `/api/portal/polls/${pollId}/vote`,
      headers: { 'user-agent': 'Other browser' },
      payload: { option: optionId },
    });
    expect(other.statusCode).toBe(200);
    expect(other.json().ballots, other.body).toBe(2);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: `/api/portal/polls/${pollId}/vote`,
          headers: editor.headers,
          payload: { option: optionId },
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: `/api/portal/polls/${pollId}/vote`,
          headers: editor.headers,
          payload: { option: optionId },
        })
      ).statusCode,
    ).toBe(409);
    // bad choices
    const bad = await app.inject({
      method: 'POST',
      url: `/api/portal/polls/${pollId}/vote`,
      headers: { 'user-agent': 'Third' },
      payload: { option: [] },
    });
    expect(bad.json().error.code).toBe('POLL_NO_CHOICE');
    const foreign = await app.inject({
      method: 'POST',
      url: `/api/portal/polls/${pollId}/vote`,
      headers: { 'user-agent': 'Third', 'accept-language': 'vi' },
      payload: { option: 999999 },
    });
    expect(foreign.json().error.message).toBe('Phương án 999999 không thuộc cuộc bình chọn này');
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/portal/polls/99999/vote',
          headers: { 'user-agent': 'Third' },
          payload: { option: 1 },
        })
      ).statusCode,
    ).toBe(404);
  });

  it('counts a signed-in member by account: a second ballot from another browser, address and session is refused', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/editorial/polls',
      headers: editor.headers,
      payload: {
        question: 'Câu hỏi cho thành viên',
        opensAt: new Date(Date.now() - 60_000).toISOString(),
        options: ['A', 'B'],
      },
    });
    expect(created.statusCode).toBe(201);
    const poll = created.json();
    const member = await signIn(app, database.db, 'viewer', 'P');
    const elsewhere = await loginAs(app, member.username, TEST_PASSWORD);
    const vote = (who: Signed, remoteAddress: string, ua: string) =>
      app.inject({
        method: 'POST',
        url: `/api/portal/polls/${poll.id}/vote`,
        remoteAddress,
        headers: { ...who.headers, 'user-agent': ua },
        payload: { option: poll.options[0].id },
      });
    const first = await vote(member, '203.0.113.7', 'Phone browser');
    expect(first.statusCode).toBe(200);
    expect(first.json().ballots).toBe(1);
    const second = await vote(elsewhere, '198.51.100.77', 'Office browser');
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('POLL_ALREADY_VOTED');
    const ballots = await rows<{ account: string | null; cookie: string | null; hash: string | null }>(
      database.db,
      sql`select a.username as account, b.guest_cookie as cookie, b.guest_hash as hash from portal_poll_ballots b left join accounts a on a.id = b.account_id where b.poll_id = ${poll.id}`,
    );
    expect(ballots).toEqual([{ account: member.username, cookie: null, hash: null }]);
  });

  it('sends a form vote back only to a page of this site, as a browser reads the return field; a line break in it is a 400', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/editorial/polls',
      headers: editor.headers,
      payload: {
        question: 'Câu hỏi về địa chỉ quay lại',
        opensAt: new Date(Date.now() - 60_000).toISOString(),
        options: ['A', 'B'],
      },
    });
    const poll = created.json();
    const option = poll.options[0].id;
    let guest = 0;
    const vote = (back: string, referer?: string) =>
      app.inject({
        method: 'POST',
        url: `/api/portal/polls/${poll.id}/vote`,
        // a new guest each time: each vote is recorded and redirected
        // a new guest each time, from its own network: guest ballots are limited per address and per /24
        remoteAddress: `10.${++guest % 250}.${Math.floor(guest / 250)}.1`,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'user-agent': `Guest ${guest}`,
          ...(referer ? { referer } : {}),
        },
        payload: `option=${option}&back=${encodeURIComponent(back)}`,
      });
    const ok = `?binh-chon=${poll.id}&kq=ok#binh-chon`;
    for (const hostile of [
      '/\t/evil.example/x',
      '\t//evil.example',
      '//evil.example',
      '/\\evil.example',
      '\\\\evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      '/%2F%2Fevil.example',
      '/api/portal/stats',
    ]) {
      const r = await vote(hostile);
      expect({ hostile, status: r.statusCode, location: r.headers.location }).toEqual({
        hostile,
        status: 303,
        location: `/${ok}`,
      });
    }
    // a query or fragment of the return field is dropped (the outcome is the query); the Referer serves when the field does not
    expect((await vote('/tin-tuc?x=1#y')).headers.location).toBe(`/tin-tuc${ok}`);
    expect((await vote('//evil.example', 'http://localhost:80/tin-tuc')).headers.location).toBe(`/tin-tuc${ok}`);
    expect((await vote('', 'http://evil.example/tin-tuc')).headers.location).toBe(`/${ok}`);
    const before = (await app.inject({ method: 'GET', url: `/api/editorial/polls`, headers: editor.headers }))
      .json()
      .find((p: { id: number }) => p.id === poll.id).ballots;
    for (const split of ['/tin-tuc\r\nSet-Cookie: x=1', '/tin-tuc\nx']) {
      const r = await vote(split);
      expect(r.statusCode).toBe(400);
      expect(r.json().error.code).toBe('VALIDATION_FAILED');
      expect(r.headers['set-cookie']).toBeUndefined();
    }
    // refused before the vote: nothing recorded
    const after = (await app.inject({ method: 'GET', url: `/api/editorial/polls`, headers: editor.headers }))
      .json()
      .find((p: { id: number }) => p.id === poll.id).ballots;
    expect(after).toBe(before);
  });

  it('refuses ballots sent at once by one guest but one, by the unique index', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/editorial/polls',
      headers: editor.headers,
      payload: {
        question: 'Câu hỏi nhiều lựa chọn',
        multiple: true,
        opensAt: new Date(Date.now() - 60_000).toISOString(),
        options: ['A', 'B', 'C'],
      },
    });
    expect(created.statusCode).toBe(201);
    const poll = created.json();
    const both = poll.options.slice(0, 2).map((o: { id: number }) => o.id);
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        app.inject({
          method: 'POST',
          url: `/api/portal/polls/${poll.id}/vote`,
          remoteAddress: '192.0.2.10',
          headers: { 'user-agent': 'Same', cookie: 'grassroots_visitor=aaaaaaaaaaaaaaaaaaaaaaaa' },
          payload: { option: both },
        }),
      ),
    );
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409, 409, 409, 409, 409, 409, 409]);
    const [r] = await rows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from portal_poll_choices c join portal_poll_ballots b on b.id = c.ballot_id where b.poll_id = ${poll.id}`,
    );
    expect(r.n).toBe(2);
    // options cannot change once voted; the question can
    const change = await app.inject({
      method: 'POST',
      url: `/api/editorial/polls/${poll.id}`,
      headers: editor.headers,
      payload: { question: 'Q', multiple: true, opensAt: poll.opensAt, options: ['A', 'B'] },
    });
    expect(change.json().error.code).toBe('POLL_HAS_VOTES');
  });

  it('shows a guest who voted, with or without JavaScript, and a member, the results after a reload; everybody else the cached form', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/editorial/polls',
      headers: editor.headers,
      payload: {
        question: 'Câu hỏi cho người đã bình chọn',
        opensAt: new Date(Date.now() - 60_000).toISOString(),
        options: ['Có', 'Không'],
      },
    });
    const poll = created.json() as { id: number; options: { id: number }[] };
    const form = `action="/api/portal/polls/${poll.id}/vote"`;
    const results = `data-poll-results="${poll.id}"`;
    const first = await get('/tin-tuc');
    expect(first.body).toContain(form);
    expect(first.body).not.toContain(results);

    // with JavaScript: the script's JSON vote sets the visitor cookie and the voted hint
    const js = await app.inject({
      method: 'POST',
      url: `/api/portal/polls/${poll.id}/vote`,
      remoteAddress: '198.51.100.1',
      headers: { 'user-agent': browserUa },
      payload: { option: poll.options[0].id },
    });
    expect(js.statusCode).toBe(200);
    const jar = jarOf(js);
    expect(jar).toMatch(new RegExp(`grassroots_visitor=[\\w-]+; grassroots_voted=${poll.id}$`));
    for (const url of ['/tin-tuc', '/', (await articles()).find((a) => a.state === 'public')!.url, '/khong-co-trang']) {
      // the voter, reloading (a browser sends the cached page's ETag): the results, rendered for this request, kept by no cache
      const reload = await app.inject({
        method: 'GET',
        url,
        remoteAddress: '198.51.100.1',
        headers: { 'user-agent': browserUa, cookie: jar, 'if-none-match': String(first.headers.etag) },
      });
      expect({ url, status: reload.statusCode }).toEqual({ url, status: url === '/khong-co-trang' ? 404 : 200 });
      expect(reload.body).toContain(results);
      expect(reload.body).not.toContain(form);
      expect(reload.body).not.toContain('Cảm ơn bạn đã bình chọn.');
      expect(reload.headers['cache-control']).toBe('no-store');
      expect(reload.headers['content-security-policy']).toContain("script-src 'self'");
    }
    // any other visitor: the cached page with its form, the same as before
    const other = await get('/tin-tuc');
    expect(other.body).toContain(form);
    expect(other.headers.etag).toBe(first.headers.etag);
    expect((await get('/tin-tuc', { cookie: 'grassroots_visitor=bbbbbbbbbbbbbbbbbbbbbbbb' })).headers.etag).toBe(
      first.headers.etag,
    );
    // a hint the ballots do not bear out (another browser elsewhere, a made-up cookie): the form, and the hint forgotten
    const forged = await app.inject({
      method: 'GET',
      url: '/tin-tuc',
      remoteAddress: '198.51.100.2',
      headers: { 'user-agent': 'Another browser', cookie: `grassroots_voted=${poll.id}.77` },
    });
    expect(forged.body).toContain(form);
    expect(forged.headers.etag).toBe(first.headers.etag);
    expect(String(forged.headers['set-cookie'])).toMatch(/^grassroots_voted=77;/);

    // without JavaScript: the form's redirect sets the cookies; the page it leads to and any reload show the results
    const noScript = { 'user-agent': 'No script', 'content-type': 'application/x-www-form-urlencoded' };
    const posted = await app.inject({
      method: 'POST',
      url: `/api/portal/polls/${poll.id}/vote`,
      remoteAddress: '198.51.100.3',
      headers: noScript,
      payload: `option=${poll.options[1].id}&back=%2Ftin-tuc`,
    });
    expect(posted.statusCode).toBe(303);
    const formJar = jarOf(posted);
    expect(formJar).toContain(`grassroots_voted=${poll.id}`);
    const landed = await app.inject({
      method: 'GET',
      url: String(posted.headers.location).split('#')[0],
      remoteAddress: '198.51.100.3',
      headers: { 'user-agent': 'No script', cookie: formJar },
    });
    expect(landed.body).toContain('Cảm ơn bạn đã bình chọn.');
    expect(landed.body).toContain(results);
    const reloaded = await app.inject({
      method: 'GET',
      url: '/tin-tuc',
      remoteAddress: '198.51.100.3',
      headers: { 'user-agent': 'No script', cookie: formJar },
    });
    expect(reloaded.body).toContain(results);
    expect(reloaded.body).toContain('Tổng số người bình chọn: 2');
    expect(reloaded.body).not.toContain(form);
    // a second ballot of that guest is refused, and says so above the results
    const again = await app.inject({
      method: 'POST',
      url: `/api/portal/polls/${poll.id}/vote`,
      remoteAddress: '198.51.100.3',
      headers: { ...noScript, cookie: formJar },
      payload: `option=${poll.options[0].id}&back=%2F`,
    });
    const refused = await app.inject({
      method: 'GET',
      url: String(again.headers.location).split('#')[0],
      remoteAddress: '198.51.100.3',
      headers: { 'user-agent': 'No script', cookie: jarOf(again, formJar) },
    });
    expect(refused.body).toContain('mỗi người chỉ được bình chọn một lần');
    expect(refused.body).toContain(results);
    // a form sent without a choice records nothing: its page says so above the form, not the results
    const empty = await app.inject({
      method: 'POST',
      url: `/api/portal/polls/${poll.id}/vote`,
      remoteAddress: '198.51.100.4',
      headers: { ...noScript, 'user-agent': 'Undecided' },
      payload: 'back=%2F',
    });
    const emptyPage = await app.inject({
      method: 'GET',
      url: String(empty.headers.location).split('#')[0],
      remoteAddress: '198.51.100.4',
      headers: { 'user-agent': 'Undecided', cookie: jarOf(empty) },
    });
    expect(emptyPage.body).toContain('Không ghi được bình chọn');
    expect(emptyPage.body).toContain(form);

    // a signed-in member votes by account: the same
    const member = await app.inject({
      method: 'POST',
      url: `/api/portal/polls/${poll.id}/vote`,
      headers: editor.headers,
      payload: { option: poll.options[0].id },
    });
    expect(member.statusCode).toBe(200);
    const memberPage = await get('/', { cookie: jarOf(member, editor.headers.cookie) });
    expect(memberPage.body).toContain(results);
    expect(memberPage.body).toContain('Tổng số người bình chọn: 3');
    // the hint alone, without the account's session, is no ballot of the guest's
    expect((await get('/', { cookie: jarOf(member) })).body).toContain(form);
  });

  it('says what the percentages are of: the people who voted in a multiple-choice poll, the ballots in a single-choice one', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/editorial/polls',
      headers: editor.headers,
      payload: {
        question: 'Chọn nhiều phương án',
        multiple: true,
        opensAt: new Date(Date.now() - 60_000).toISOString(),
        options: ['Một', 'Hai', 'Ba'],
      },
    });
    const poll = created.json() as { id: number; options: { id: number }[] };
    const [a, b, c] = poll.options.map((o) => o.id);
    const choices = [[a, b], [a], [a, c], [b]];
    let last = null as null | LightMyRequestResponse;
    for (const [i, option] of choices.entries()) {
      last = await app.inject({
        method: 'POST',
        url: `/api/portal/polls/${poll.id}/vote`,
        remoteAddress: `203.0.${113 + i}.9`,
        headers: { 'user-agent': `Voter ${i}` },
        payload: { option },
      });
      expect(last.statusCode).toBe(200);
    }
    expect(last!.json().ballots).toBe(4);
    const page = (
      await app.inject({
        method: 'GET',
        url: '/',
        remoteAddress: '203.0.116.9',
        headers: { 'user-agent': 'Voter 3', cookie: jarOf(last!) },
      })
    ).body;
    const block = page.slice(page.indexOf(`data-poll-results="${poll.id}"`));
    // 3 of the 4 people chose "Một": 75%, though the choices number 6
    expect(block).toContain(`3 phiếu (${pct(0.75)})`);
    expect(block).toContain(`2 phiếu (${pct(0.5)})`);
    expect(block).toContain(`1 phiếu (${pct(0.25)})`);
    expect(block).toContain(
      'Tỷ lệ tính trên 4 người bình chọn; mỗi người chọn được nhiều phương án nên tổng các tỷ lệ có thể vượt quá 100%.',
    );
    expect(pct(0.75)).toBe('75%');
    // the demo's closed poll, multiple-choice too, on every page: its base is its voters
    const closed = (
      (await app.inject({ method: 'GET', url: '/api/editorial/polls', headers: editor.headers })).json() as {
        state: string;
        multiple: boolean;
        ballots: number;
        options: { votes: number }[];
      }[]
    ).find((p) => p.state === 'closed' && p.multiple)!;
    const home = (await get('/')).body;
    expect(home).toContain(`Tỷ lệ tính trên ${closed.ballots} người bình chọn`);
    const top = Math.max(...closed.options.map((o) => o.votes));
    expect(home).toContain(`${top} phiếu (${pct(top / closed.ballots)})`);
    // a single-choice poll: the ballots, whose shares add up to 100%
    const single = (await app.inject({ method: 'GET', url: '/api/editorial/polls', headers: editor.headers }))
      .json()
      .find((p: { question: string }) => p.question === 'Câu hỏi cho người đã bình chọn');
    const voter = await app.inject({
      method: 'POST',
      url: `/api/portal/polls/${single.id}/vote`,
      remoteAddress: '203.0.120.9',
      headers: { 'user-agent': 'Single' },
      payload: { option: single.options[0].id },
    });
    const singlePage = (
      await app.inject({
        method: 'GET',
        url: '/',
        remoteAddress: '203.0.120.9',
        headers: { 'user-agent': 'Single', cookie: jarOf(voter) },
      })
    ).body;
    expect(singlePage).toContain('Tỷ lệ tính trên tổng số 4 phiếu.');
    expect(singlePage).toContain(`3 phiếu (${pct(0.75)})`);
  });

  it("answers an unknown address with the portal's 404 page in its layout, the API's with JSON, and serves the icon", async () => {
    for (const url of [
      '/khong-co-trang',
      '/tin-tuc/khong-co',
      '/tin-tuc/khong/co',
      '/tin-tuc/_/khong-co.css',
      '/khong-co.php?x=1',
      '/adminx',
      '/api-khong-co',
    ]) {
      const r = await get(url);
      expect({ url, status: r.statusCode, type: r.headers['content-type'] }).toEqual({
        url,
        status: 404,
        type: 'text/html; charset=utf-8',
      });
      expect(r.body).toContain('<h1 class="page-title">Không tìm thấy trang</h1>');
      // the portal's layout: its menu, its side blocks, its icon
      expect(r.body).toContain('aria-label="Chuyên mục"');
      expect(r.body).toContain('id="binh-chon"');
      expect(r.body).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml"/>');
      expect(r.headers['content-security-policy']).toContain("script-src 'self'");
    }
    // one page for every unknown address, not one cached per address
    expect((await get('/khong-co-1')).headers.etag).toBe((await get('/khong-co-2')).headers.etag);
    expect((await app.inject({ method: 'HEAD', url: '/khong-co-trang' })).statusCode).toBe(404);
    // the API, the admin side, /metrics and a request other than a read keep the JSON 404
    for (const [method, url] of [
      ['GET', '/api/khong-co'],
      ['GET', '/api/portal/khong-co'],
      ['GET', '/metrics/x'],
      ['POST', '/khong-co-trang'],
      ['DELETE', '/tin-tuc'],
    ] as const) {
      const r = await app.inject({ method, url });
      expect({ url, status: r.statusCode }).toEqual({ url, status: 404 });
      expect(r.json().error.code).toBe('NOT_FOUND');
    }
    // the icon: an SVG, and an ICO holding a 32×32 PNG
    const svg = await get('/favicon.svg');
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toBe('image/svg+xml');
    expect(svg.body).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>.*<polygon /);
    expect((await get('/favicon.svg', { 'if-none-match': String(svg.headers.etag) })).statusCode).toBe(304);
    const icon = await get('/favicon.ico');
    expect(icon.headers['content-type']).toBe('image/x-icon');
    expect([...icon.rawPayload.subarray(0, 8)]).toEqual([0, 0, 1, 0, 1, 0, 32, 32]);
    expect(icon.rawPayload.subarray(22, 26).toString('latin1')).toBe('\x89PNG');
    expect(icon.rawPayload.readUInt32BE(22 + 16)).toBe(32);
    expect((await get('/')).body).toContain('<link rel="icon" href="/favicon.ico" sizes="32x32"/>');
  });

  it("keeps the JSON 404 in an admin-only process, and the portal's page with the icon in a portal-only one", async () => {
    const adminOnly = await buildApp({ database, only: 'admin' });
    const portalOnly = await buildApp({ database, only: 'portal' });
    try {
      const a = await adminOnly.inject({ method: 'GET', url: '/khong-co-trang' });
      expect(a.statusCode).toBe(404);
      expect(a.json().error.code).toBe('NOT_FOUND');
      expect((await adminOnly.inject({ method: 'GET', url: '/' })).json().error.code).toBe('NOT_FOUND');
      expect((await adminOnly.inject({ method: 'GET', url: '/favicon.svg' })).headers['content-type']).toBe(
        'image/svg+xml',
      );
      const p = await portalOnly.inject({ method: 'GET', url: '/khong-co-trang' });
      expect(p.statusCode).toBe(404);
      expect(p.body).toContain('Không tìm thấy trang');
      expect((await portalOnly.inject({ method: 'GET', url: '/admin/' })).json().error.code).toBe('NOT_FOUND');
      expect((await portalOnly.inject({ method: 'GET', url: '/api/editorial/articles' })).json().error.code).toBe(
        'NOT_FOUND',
      );
      expect((await portalOnly.inject({ method: 'GET', url: '/favicon.ico' })).statusCode).toBe(200);
    } finally {
      await adminOnly.close();
      await portalOnly.close();
    }
  });

  it("says that no poll is active when none is, and shows the last closed poll's results", async () => {
    for (const p of (
      await app.inject({ method: 'GET', url: '/api/editorial/polls', headers: editor.headers })
    ).json() as {
      id: number;
      question: string;
      multiple: boolean;
      opensAt: string;
      state: string;
      options: { label: string }[];
    }[]) {
      if (p.state !== 'open') continue;
      const r = await app.inject({
        method: 'POST',
        url: `/api/editorial/polls/${p.id}`,
        headers: editor.headers,
        payload: {
          question: p.question,
          multiple: p.multiple,
          opensAt: p.opensAt,
          closesAt: new Date(Date.now() - 1000).toISOString(),
          options: p.options.map((o) => o.label),
        },
      });
      expect(r.statusCode).toBe(200);
      // a late vote is told when voting was open, in Vietnam's time
      const late = await app.inject({
        method: 'POST',
        url: `/api/portal/polls/${p.id}/vote`,
        remoteAddress: '192.0.2.20',
        headers: { 'user-agent': browserUa, 'accept-language': 'vi' },
        payload: { option: r.json().options[0].id },
      });
      expect(late.statusCode).toBe(409);
      expect(late.json().error.message).toMatch(
        /^Cuộc bình chọn này không mở vào lúc này \(thời gian bình chọn: \d\d\/\d\d\/\d{4} \d\d:\d\d – \d\d\/\d\d\/\d{4} \d\d:\d\d\)$/,
      );
    }
    const home = (await get('/')).body;
    expect(home).toContain(NO_ACTIVE_POLL);
    expect(home).toContain('Kết quả bình chọn đã kết thúc');
    expect(home).not.toContain('class="poll-form"');
  });

  it('uploads an image judged by its bytes, and lists visits per day', async () => {
    const [a] = await articles();
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const ok = await app.inject({
      method: 'POST',
      url: `/api/editorial/articles/${a.id}/images`,
      headers: editor.headers,
      payload: { data: png.toString('base64'), alt: 'x' },
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().url).toMatch(/^\/anh\/\d+$/);
    const svg = await app.inject({
      method: 'POST',
      url: `/api/editorial/articles/${a.id}/images`,
      headers: editor.headers,
      payload: { data: Buffer.from('<svg onload="x()"/>').toString('base64') },
    });
    expect(svg.statusCode).toBe(415);
    // the upload is in the audit log, with who, which article and the bytes' digest
    const [audited] = await rows<{
      actor: string;
      request_id: string | null;
      after: { articleId: number; contentType: string; bytes: number; sha256: string };
    }>(
      database.db,
      sql`select actor, request_id, after from audit_log where action = 'image-upload' and entity = 'portal_images' and entity_id = ${String(ok.json().id)}`,
    );
    expect(audited).toMatchObject({
      actor: `account:${editor.username}`,
      request_id: expect.stringMatching(/[0-9a-f-]{36}/),
    });
    expect(audited.after).toMatchObject({
      articleId: a.id,
      contentType: 'image/png',
      bytes: png.length,
      sha256: createHash('sha256').update(png).digest('hex'),
    });
    const listed = async () =>
      (await app.inject({ method: 'GET', url: '/api/editorial/visits?days=7', headers: editor.headers })).json();
    const day = vietnamDay(Date.now());
    const before = (await listed()) as { day: string; guestVisits: number; memberVisits: number }[];
    // a day without visits has no row: today's may not be there yet
    const past = before.filter((d) => d.day !== day);
    const today = before.find((d) => d.day === day) ?? { guestVisits: 0, memberVisits: 0 };
    // two new guests and one new member today: each visit lands in today's row, in its own column
    for (const remoteAddress of ['192.0.2.98', '192.0.2.99']) {
      expect(
        (
          await app.inject({
            method: 'POST',
            url: '/api/portal/views',
            remoteAddress,
            headers: { 'user-agent': browserUa },
            payload: {},
          })
        ).statusCode,
      ).toBe(200);
    }
    const member = await signIn(app, database.db, 'viewer', 'P');
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/portal/views',
          headers: { ...member.headers, 'user-agent': browserUa },
          payload: {},
        })
      ).statusCode,
    ).toBe(200);
    await app.portal!.counter.flush();
    const after = await listed();
    expect(after.length).toBe(7);
    expect(after.slice(0, -1)).toEqual(past);
    expect(after.at(-1)).toMatchObject({
      day,
      guestVisits: today.guestVisits + 2,
      memberVisits: today.memberVisits + 1,
    });
  });
  it('serves an image of an unpublished article to editors only, uncached, and to everyone once the article is published', async () => {
    const draft = await app.inject({
      method: 'POST',
      url: '/api/editorial/articles',
      headers: editor.headers,
      payload: { title: 'Bài nháp có ảnh', bodyHtml: 'Nội dung' },
    });
    expect(draft.statusCode).toBe(201);
    const png = Buffer.from('89504e470d0a1a0a0000000d494844520000000100000001', 'hex');
    const up = await app.inject({
      method: 'POST',
      url: `/api/editorial/articles/${draft.json().id}/images`,
      headers: editor.headers,
      payload: { data: png.toString('base64') },
    });
    const url = up.json().url as string;
    // a guest, or a signed-in account that does not edit the portal: as if there were no such image
    const viewer = await signIn(app, database.db, 'viewer', 'P');
    for (const headers of [
      {},
      { cookie: viewer.headers.cookie },
      { cookie: 'grassroots_session=not-a-session' },
    ] as Record<string, string>[]) {
      const r = await get(url, headers);
      expect(r.statusCode).toBe(404);
      expect(String(r.headers['cache-control'] ?? '')).not.toContain('max-age=31536000');
      expect(r.body).not.toContain(png.toString('latin1'));
    }
    const unknown = await get(`/anh/${Number(url.split('/').pop()) + 1000}`);
    expect(unknown.statusCode).toBe(404);
    // the editor sees it, and no cache keeps it
    const forEditor = await get(url, { cookie: editor.headers.cookie });
    expect(forEditor.statusCode).toBe(200);
    expect(forEditor.headers['cache-control']).toBe('private, no-store');
    expect(forEditor.rawPayload.equals(png)).toBe(true);
    // published: public, cached a year
    expect(
      (
        await app.inject({
          method: 'POST',
          url: `/api/editorial/articles/${draft.json().id}/publish`,
          headers: editor.headers,
          payload: {},
        })
      ).statusCode,
    ).toBe(200);
    const published = await get(url);
    expect(published.statusCode).toBe(200);
    expect(published.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // taken off the portal: private again
    await app.inject({
      method: 'POST',
      url: `/api/editorial/articles/${draft.json().id}/unpublish`,
      headers: editor.headers,
      payload: {},
    });
    expect((await get(url)).statusCode).toBe(404);
  });

  it('writes the counts still in memory when the server closes, so a new server shows them', async () => {
    const target = (await articles()).find((a) => a.state === 'public')!;
    await app.portal!.counter.flush();
    const before = await viewsOf(target.id);
    const r = await app.inject({
      method: 'POST',
      url: '/api/portal/views',
      headers: { 'user-agent': browserUa },
      payload: { article: target.id },
    });
    expect(r.json().views).toBe(before + 1);
    // no flush: closing the server writes it
    await app.close();
    expect(await viewsOf(target.id)).toBe(before + 1);
    app = await buildApp({ database });
    expect((await get(target.url)).body).toContain(`>${before + 1}</span> lượt xem`);
  });
});
