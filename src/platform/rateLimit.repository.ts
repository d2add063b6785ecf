/** The rate limits' token buckets, shared by the processes of one database (src/platform/rateLimit.ts). */
import { sql } from 'drizzle-orm';
import { rows, type Db } from './db.js';

export interface BucketAsk {
  key: string;
  capacity: number;
}

/**
 * Refills the buckets by the time since each was last used (`capacity` per
 * `windowMs`), then takes one token from every one when each holds one, or
 * none: one statement takes from all (each row locked only for it), and when
 * one of them had none left, a second gives them all back. A take that runs
 * between the two may be refused for a token about to come back, never
 * allowed one too many. Answers whether the tokens were taken.
 */
export async function takeTokens(db: Db, asks: BucketAsk[], windowMs: number, nowMs: number): Promise<boolean> {
  const left = await changeTokens(db, asks, -1, windowMs, nowMs);
  if (left.every((t) => t >= 0)) return true;
  await changeTokens(db, asks, 1, windowMs, nowMs);
  return false;
}

/** Gives back one token to every bucket (up to capacity), after an action that did not happen. */
export async function giveBackTokens(db: Db, asks: BucketAsk[], windowMs: number, nowMs: number): Promise<void> {
  await changeTokens(db, asks, 1, windowMs, nowMs);
}

/** Refills, then adds `delta` to each bucket (never above capacity); answers the tokens left, per bucket. */
async function changeTokens(
  db: Db,
  asks: BucketAsk[],
  delta: number,
  windowMs: number,
  nowMs: number,
): Promise<number[]> {
  // in key order, so two processes lock the rows alike
  const sorted = [...asks].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  // a new bucket starts full, less what is taken; the capacity is read back from the row proposed
  const cap = delta < 0 ? sql`(excluded.tokens + ${-delta}::float8)` : sql`excluded.tokens`;
  const r = await rows<{ tokens: number }>(
    db,
    sql`
    insert into rate_buckets as b (key, tokens, at_ms)
    select k, c + ${Math.min(0, delta)}::float8, ${nowMs}::int8
    from unnest(${sql.param(sorted.map((a) => a.key))}::text[], ${sql.param(sorted.map((a) => a.capacity))}::float8[]) as t(k, c) order by k
    on conflict (key) do update set
      tokens = least(${cap}, least(${cap}, b.tokens + greatest(0, ${nowMs}::int8 - b.at_ms) * ${cap} / ${windowMs}::float8) + ${delta}::float8),
      at_ms = greatest(b.at_ms, ${nowMs}::int8)
    returning tokens`,
  );
  return r.map((x) => Number(x.tokens));
}

/** Forgets buckets unused for a window: they are full again, as a bucket never used. */
export async function pruneBuckets(db: Db, prefix: string, beforeMs: number): Promise<void> {
  await db.execute(sql`delete from rate_buckets where at_ms < ${beforeMs}::int8 and starts_with(key, ${prefix})`);
}
