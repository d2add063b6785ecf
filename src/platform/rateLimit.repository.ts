/** The rate limits' token buckets, shared by the processes of one database (src/platform/rateLimit.ts). */
import { sql } from 'drizzle-orm';
import { rows, type Db } from './db.js';

export interface BucketAsk {
  key: string;
  capacity: number;
}

/**
 * Refills the buckets by the time since each was last used (`capacity` per
 * `windowMs`), then takes `take` tokens (negative: gives them back, up to
 * capacity) from every one when each holds enough, or none. Rows are locked
 * in key order for the transaction, so two processes never both take a last
 * token. Answers whether the tokens were taken.
 */
export async function takeTokens(db: Db, asks: BucketAsk[], take: number, windowMs: number, nowMs: number): Promise<boolean> {
  const sorted = [...asks].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const keys = sql.param(sorted.map((a) => a.key));
  const caps = sql.param(sorted.map((a) => a.capacity));
  return db.transaction(async (tx) => {
    await tx.execute(sql`insert into rate_buckets (key, tokens, at_ms)
      select k, c, ${nowMs}::int8 from unnest(${keys}::text[], ${caps}::float8[]) as t(k, c) order by k on conflict (key) do nothing`);
    const held = await rows<{ key: string; tokens: number }>(tx, sql`
      select b.key, least(t.c, b.tokens + greatest(0, ${nowMs}::int8 - b.at_ms) * t.c / ${windowMs}::float8) as tokens
      from rate_buckets b join unnest(${keys}::text[], ${caps}::float8[]) as t(k, c) on t.k = b.key
      order by b.key for update of b`);
    const ok = take <= 0 || held.every((b) => b.tokens >= take);
    await tx.execute(sql`update rate_buckets b set at_ms = greatest(b.at_ms, ${nowMs}::int8),
        tokens = least(t.c, b.tokens + greatest(0, ${nowMs}::int8 - b.at_ms) * t.c / ${windowMs}::float8 - ${ok ? take : 0}::float8)
      from unnest(${keys}::text[], ${caps}::float8[]) as t(k, c) where b.key = t.k`);
    return ok;
  });
}

/** Forgets buckets unused for a window: they are full again, as a bucket never used. */
export async function pruneBuckets(db: Db, prefix: string, beforeMs: number): Promise<void> {
  await db.execute(sql`delete from rate_buckets where at_ms < ${beforeMs}::int8 and starts_with(key, ${prefix})`);
}
