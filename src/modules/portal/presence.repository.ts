/**
 * The visitor sessions shared by every process of one database: each
 * process writes, once a second, the sessions it saw and the views they
 * asked to count; the database decides, row by row under its lock, which
 * started a visit and which views count, so a session seen by two processes
 * is counted as one process would count it.
 */
import { sql } from 'drizzle-orm';
import { rows, transaction, type Db } from '../../platform/db.js';
import { addCounts, type DayCounts } from './visits.repository.js';

/** A visitor session as one process saw it since its last write. */
export interface SeenSession {
  visitor: string;
  /** Signed in at its first hit of the batch (a visit it starts is a member's) and at its last (presence). */
  firstMember: boolean;
  member: boolean;
  firstMs: number;
  lastMs: number;
  /** Articles whose view this process would count, and when. */
  views: Map<number, number>;
}

export interface SharedWindows {
  visitIdleMs: number;
  viewWindowMs: number;
}

export interface SharedOutcome {
  /** Views counted, per session and article, with the time the database holds (this batch's or an earlier one's). */
  views: { visitor: string; articleId: number; viewedMs: number; counted: boolean }[];
  /** Visits this batch started. */
  guestVisits: number;
  memberVisits: number;
}

/**
 * Writes a batch in one transaction: the sessions' presence (a session
 * idle for `visitIdleMs` before its first hit starts a new visit), their
 * views (counted when the session's last counted view of the article is
 * `viewWindowMs` old), then the totals those add up to, and the page views.
 */
export async function recordSessions(
  db: Db,
  sessions: SeenSession[],
  pageViews: Map<string, number>,
  dayOf: (ms: number) => string,
  w: SharedWindows,
): Promise<SharedOutcome> {
  return transaction(db, async (tx) => {
    const visits = new Map<string, DayCounts>();
    const day = (d: string) => visits.get(d) ?? visits.set(d, { guestVisits: 0, memberVisits: 0, views: 0 }).get(d)!;
    for (const [d, n] of pageViews) day(d).views += n;
    const byVisitor = new Map(sessions.map((s) => [s.visitor, s]));
    if (sessions.length > 0) {
      const sorted = [...sessions].sort((a, b) => (a.visitor < b.visitor ? -1 : a.visitor > b.visitor ? 1 : 0));
      const visitors = sql.param(sorted.map((s) => s.visitor));
      // first as seen at the batch's first hit, which decides the visit; the row stays locked to the commit
      const started = await rows<{ visitor: string; new_visit: boolean }>(
        tx,
        sql`
        insert into portal_presence as p (visitor, member, seen_ms, new_visit)
        select v, m, f, true from unnest(${visitors}::text[], ${sql.param(sorted.map((s) => s.member))}::bool[],
          ${sql.param(sorted.map((s) => s.firstMs))}::int8[]) as t(v, m, f)
        order by v
        on conflict (visitor) do update set
          new_visit = p.seen_ms <= excluded.seen_ms - ${w.visitIdleMs}::int8,
          member = excluded.member, seen_ms = greatest(p.seen_ms, excluded.seen_ms)
        returning visitor, new_visit`,
      );
      for (const r of started) {
        if (!r.new_visit) continue;
        const s = byVisitor.get(r.visitor)!;
        const c = day(dayOf(s.firstMs));
        if (s.firstMember) c.memberVisits++;
        else c.guestVisits++;
      }
      const later = sorted.filter((s) => s.lastMs > s.firstMs);
      if (later.length > 0) {
        await tx.execute(sql`update portal_presence p set seen_ms = greatest(p.seen_ms, t.l)
          from unnest(${sql.param(later.map((s) => s.visitor))}::text[], ${sql.param(later.map((s) => s.lastMs))}::int8[]) as t(v, l)
          where p.visitor = t.v`);
      }
    }
    const asked = sessions.flatMap((s) =>
      [...s.views].map(([articleId, at]) => ({ visitor: s.visitor, articleId, at })),
    );
    asked.sort((a, b) => (a.visitor < b.visitor ? -1 : a.visitor > b.visitor ? 1 : a.articleId - b.articleId));
    let views: SharedOutcome['views'] = [];
    let guestVisits = 0;
    let memberVisits = 0;
    for (const c of visits.values()) {
      guestVisits += c.guestVisits;
      memberVisits += c.memberVisits;
    }
    const perArticle = new Map<number, number>();
    if (asked.length > 0) {
      const r = await rows<{ visitor: string; article_id: number; viewed_ms: number; counted: boolean }>(
        tx,
        sql`
        insert into portal_session_views as s (visitor, article_id, viewed_ms, counted)
        select v, a, t, true from unnest(${sql.param(asked.map((x) => x.visitor))}::text[], ${sql.param(asked.map((x) => x.articleId))}::int[],
          ${sql.param(asked.map((x) => x.at))}::int8[]) as t(v, a, t)
        order by v, a
        on conflict (visitor, article_id) do update set
          counted = s.viewed_ms <= excluded.viewed_ms - ${w.viewWindowMs}::int8,
          viewed_ms = case when s.viewed_ms <= excluded.viewed_ms - ${w.viewWindowMs}::int8 then excluded.viewed_ms else s.viewed_ms end
        returning visitor, article_id, viewed_ms, counted`,
      );
      views = r.map((x) => ({
        visitor: x.visitor,
        articleId: x.article_id,
        viewedMs: Number(x.viewed_ms),
        counted: x.counted,
      }));
      for (const x of views) if (x.counted) perArticle.set(x.articleId, (perArticle.get(x.articleId) ?? 0) + 1);
    }
    const articles = new Map([...perArticle].sort((a, b) => a[0] - b[0]));
    const days = new Map([...visits].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
    await addCounts(tx, articles, days);
    return { views, guestVisits, memberVisits };
  });
}

/** Forgets sessions idle for longer than a visit and views older than their window: they decide nothing any more. */
export async function pruneSessions(db: Db, nowMs: number, w: SharedWindows): Promise<void> {
  await db.execute(sql`delete from portal_presence where seen_ms < ${nowMs - w.visitIdleMs}::int8`);
  await db.execute(sql`delete from portal_session_views where viewed_ms < ${nowMs - w.viewWindowMs}::int8`);
}

/** Sessions seen by any process since a moment, guests and members apart. */
export async function presentSince(db: Db, sinceMs: number): Promise<{ guests: number; members: number }> {
  const [r] = await rows<{ guests: number; members: number }>(
    db,
    sql`
    select (count(*) filter (where not member))::int as guests, (count(*) filter (where member))::int as members
    from portal_presence where seen_ms > ${sinceMs}::int8`,
  );
  return r;
}

/** Whether any process saw a visitor session since a moment. */
export async function seenSince(db: Db, visitor: string, sinceMs: number): Promise<boolean> {
  const r = await rows(
    db,
    sql`select 1 from portal_presence where visitor = ${visitor} and seen_ms > ${sinceMs}::int8`,
  );
  return r.length > 0;
}
