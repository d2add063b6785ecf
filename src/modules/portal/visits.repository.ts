import { asc, gte, sql } from 'drizzle-orm';
import { rows, type Db } from '../../platform/db.js';
import { portalVisitDays } from '../../db/schema/index.js';

export interface DayCounts {
  guestVisits: number;
  memberVisits: number;
  views: number;
}

/**
 * Adds a batch of counts: views per article and visits per day, in one
 * transaction, as increments (never read-modify-write), so that batches from
 * two processes add up.
 */
export async function addCounts(db: Db, views: Map<number, number>, days: Map<string, DayCounts>): Promise<void> {
  await db.transaction(async (tx) => {
    for (const [articleId, n] of views) {
      await tx.execute(sql`insert into portal_article_views (article_id, views) values (${articleId}, ${n})
        on conflict (article_id) do update set views = portal_article_views.views + excluded.views`);
    }
    for (const [day, c] of days) {
      await tx.execute(sql`insert into portal_visit_days (day, guest_visits, member_visits, views)
        values (${day}, ${c.guestVisits}, ${c.memberVisits}, ${c.views})
        on conflict (day) do update set guest_visits = portal_visit_days.guest_visits + excluded.guest_visits,
          member_visits = portal_visit_days.member_visits + excluded.member_visits, views = portal_visit_days.views + excluded.views`);
    }
  });
}

/** Visits since the start: the sum of the daily rollups. */
export async function totalVisits(db: Db): Promise<number> {
  const [r] = await db
    .select({
      n: sql<number>`coalesce(sum(${portalVisitDays.guestVisits} + ${portalVisitDays.memberVisits}), 0)::bigint`,
    })
    .from(portalVisitDays);
  return Number(r.n);
}

/** An article's stored views (before what this process counts on top). */
export async function storedViews(db: Db, articleId: number): Promise<number> {
  const [row] = await rows<{ views: string | number }>(
    db,
    sql`select views from portal_article_views where article_id = ${articleId}`,
  );
  return row ? Number(row.views) : 0;
}

/** Daily rollups from a day on, oldest first. */
export async function visitDays(db: Db, from: string) {
  return db.select().from(portalVisitDays).where(gte(portalVisitDays.day, from)).orderBy(asc(portalVisitDays.day));
}
