import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows, type Database } from '../../platform/db.js';
import { createTestDatabase, engines, firstEngineRun } from '../../../test/db.js';
import { testActor } from '../../../test/actor.js';
import { loadPortalDemo } from '../demo/demo.portal.js';
import { Counter, MAX_SESSIONS } from './counter.js';

describe.runIf(firstEngineRun)('the view and visit counter, on a clock of its own', () => {
  let database: Database;
  let article: number;
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    await loadPortalDemo(database.db, testActor);
    [{ id: article }] = await rows<{ id: number }>(database.db, sql`select min(id) as id from portal_articles`);
  });
  afterAll(() => database.close());

  it('counts a view once per session per 30 minutes, a visit after 30 minutes idle, and online for 5 minutes', async () => {
    let now = Date.parse('2026-03-01T03:00:00Z');
    const c = new Counter(database.db, 1000, () => now);
    const base = (await c.stats()).visits;
    const minutes = (m: number) => (now += m * 60_000);
    expect((await c.hit('a', false, article)).views).toBe(1);
    minutes(29);
    expect((await c.hit('a', false, article)).views).toBe(1);
    minutes(1);
    const again = await c.hit('a', false, article);
    expect(again.views).toBe(2);
    // seen a minute ago: the same visit
    expect(again.visits).toBe(base + 1);
    await c.hit('m', true, null);
    expect(c.online()).toEqual({ guests: 1, members: 1, total: 2 });
    minutes(6);
    expect(c.online()).toEqual({ guests: 0, members: 0, total: 0 });
    minutes(30);
    expect((await c.hit('a', false, null)).visits).toBe(base + 3);
    await c.stop();
    const [stored] = await rows<{ views: string }>(
      database.db,
      sql`select views from portal_article_views where article_id = ${article}`,
    );
    expect(Number(stored.views)).toBe(2);
    const [day] = await rows<{ g: number; m: number; v: number }>(
      database.db,
      sql`select guest_visits::int as g, member_visits::int as m, views::int as v from portal_visit_days where day = '2026-03-01'`,
    );
    expect(day).toEqual({ g: 2, m: 1, v: 5 });
  });

  it('keeps each article a session viewed: several articles in one session each count once per 30 minutes', async () => {
    let now = Date.parse('2026-05-01T03:00:00Z');
    const c = new Counter(database.db, 1000, () => now);
    const ids = (await rows<{ id: number }>(database.db, sql`select id from portal_articles order by id limit 3`)).map(
      (r) => r.id,
    );
    expect(ids).toHaveLength(3);
    const before = await Promise.all(ids.map((id) => c.views(id)));
    const seen = async () => Promise.all(ids.map(async (id) => (await c.hit('reader', false, id)).views));
    // the first round counts each article once, in whatever order they are read again within the window
    expect(await seen()).toEqual(before.map((n) => n + 1));
    now += 10 * 60_000;
    expect(await seen()).toEqual(before.map((n) => n + 1));
    ids.reverse();
    before.reverse();
    expect(await seen()).toEqual(before.map((n) => n + 1));
    expect(c.counted.articleViews).toBe(3);
    // past the window, each counts again
    now += 30 * 60_000;
    expect(await seen()).toEqual(before.map((n) => n + 2));
    expect(c.counted.articleViews).toBe(6);
    await c.stop();
  });

  it('writes, when flushed while a write is under way, what was counted after that write began too', async () => {
    const now = Date.parse('2026-04-01T03:00:00Z');
    const c = new Counter(database.db, 1000, () => now);
    await c.hit('early', false, null);
    // the database is busy: the first write waits
    let release!: () => void;
    const busy = database.db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
      await new Promise<void>((r) => (release = r));
    });
    await new Promise((r) => setTimeout(r, 50));
    const first = c.flush();
    await new Promise((r) => setTimeout(r, 50));
    await c.hit('late', false, null);
    const second = c.flush();
    release();
    await busy;
    await Promise.all([first, second]);
    const [day] = await rows<{ g: number; v: number }>(
      database.db,
      sql`select guest_visits::int as g, views::int as v from portal_visit_days where day = '2026-04-01'`,
    );
    expect(day).toEqual({ g: 2, v: 2 });
    expect(c.pending()).toEqual({ pageViews: 0, articleViews: 0, visits: 0 });
    await c.stop();
  });

  it('keeps at most MAX_SESSIONS sessions, forgetting the oldest', async () => {
    const c = new Counter(database.db);
    for (let i = 0; i <= MAX_SESSIONS; i++) await c.hit(`v${i}`, false, null);
    expect(c.online().total).toBe(MAX_SESSIONS);
    await c.stop();
  });
});

describe.each(engines)('two counters on one database, as two processes (%s)', (engine) => {
  let database: Database;
  let article: number;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await loadPortalDemo(database.db, testActor);
    [{ id: article }] = await rows<{ id: number }>(database.db, sql`select min(id) as id from portal_articles`);
  });
  afterAll(() => database.close());

  const stored = async () => {
    const [v] = await rows<{ n: number }>(
      database.db,
      sql`select coalesce(sum(views), 0)::int as n from portal_article_views where article_id = ${article}`,
    );
    const [d] = await rows<{ g: number; m: number; v: number }>(
      database.db,
      sql`select guest_visits::int as g, member_visits::int as m, views::int as v from portal_visit_days where day = '2026-05-01'`,
    );
    return { views: v.n, day: d };
  };

  it('count a session seen by both once: its view, its visit, online now', async () => {
    let now = Date.parse('2026-05-01T03:00:00Z');
    const clock = () => now;
    const a = new Counter(database.db, 1000, clock, true);
    const b = new Counter(database.db, 1000, clock, true);
    const before = (await stored()).views;
    // 60 sessions (every sixth a member), each seen by both, in turns; both write after each round of ten
    for (let i = 0; i < 60; i++) {
      const [first, second] = i % 2 ? [a, b] : [b, a];
      await first.hit(`s${i}`, i % 6 === 0, article);
      now += 10;
      await second.hit(`s${i}`, i % 6 === 0, article);
      if (i % 10 === 9) await Promise.all([a.flush(), b.flush()]);
    }
    await Promise.all([a.flush(), b.flush()]);
    expect(await stored()).toEqual({ views: before + 60, day: { g: 50, m: 10, v: 120 } });
    for (const c of [a, b]) {
      expect(await c.stats()).toMatchObject({ online: { guests: 50, members: 10, total: 60 } });
      expect(await c.views(article)).toBe(before + 60);
    }
    expect(a.counted.articleViews + b.counted.articleViews).toBe(60);

    // 20 minutes on: no new view nor visit; 31 minutes after the first view, one more view per session, counted once
    now += 20 * 60_000;
    await a.hit('s0', true, article);
    await b.flush();
    await a.flush();
    expect((await stored()).views).toBe(before + 60);
    now += 11 * 60_000;
    await Promise.all([a.hit('s1', false, article), b.hit('s1', false, article)]);
    await Promise.all([a.flush(), b.flush()]);
    expect((await stored()).views).toBe(before + 61);
    // online now: only the session seen in the last five minutes (s0 was 11 minutes ago)
    expect((await a.stats()).online).toEqual({ guests: 1, members: 0, total: 1 });
    expect((await b.stats()).online).toEqual({ guests: 1, members: 0, total: 1 });
    // s1 came back after 31 minutes idle: a new visit, counted once though both saw it
    expect((await stored()).day).toMatchObject({ g: 51, m: 10 });
    // so does s0, 42 minutes after it was last seen
    now += 31 * 60_000;
    await b.hit('s0', true, null);
    await a.hit('s0', true, null);
    await Promise.all([a.flush(), b.flush()]);
    expect((await stored()).day).toMatchObject({ g: 51, m: 11 });
    await Promise.all([a.stop(), b.stop()]);
  });
});
