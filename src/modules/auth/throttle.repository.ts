/**
 * Failed sign-ins kept in the database, for processes that serve one
 * database together: the address throttle and the locks of user names that
 * have no account then hold across them (auth.routes.ts, auth.service.ts).
 */
import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../platform/db.js';

/** Failed sign-ins from an address in the last `windowMs`, and the time of the oldest of them. */
export async function addressFailures(
  db: Db,
  address: string,
  windowMs: number,
): Promise<{ count: number; oldest: number | null }> {
  const [r] = await rows<{ count: number; oldest: string | null }>(
    db,
    sql`
    select count(*)::int as count, min(at)::text as oldest from sign_in_failures
    where address = ${address} and at > now() - ${windowMs}::float8 * interval '1 millisecond'`,
  );
  return { count: r.count, oldest: r.oldest ? Date.parse(r.oldest) : null };
}

/** Records a failed sign-in from an address, and forgets those older than the window. */
export async function recordAddressFailure(db: Db, address: string, windowMs: number): Promise<void> {
  await db.execute(sql`insert into sign_in_failures (address) values (${address})`);
  await db.execute(sql`delete from sign_in_failures where at < now() - ${windowMs}::float8 * interval '1 millisecond'`);
}

/** The end of a user name's lock while it lasts, else null. */
export async function nameLockedUntil(db: Db, name: string): Promise<string | null> {
  const [r] = await rows<{ until: string | null }>(
    db,
    sql`
    select locked_until::text as until from sign_in_names where name = ${name} and locked_until > now()`,
  );
  return r?.until ?? null;
}

/**
 * Counts a failed sign-in of a user name, as recordFailedLogin does for an
 * account: from the `limit`-th the name is locked for `lockMinutes`. Names
 * not failed for a day are forgotten. Returns the lock's end while it lasts.
 */
export async function recordNameFailure(
  db: Db,
  name: string,
  limit: number,
  lockMinutes: number,
): Promise<string | null> {
  const [r] = await rows<{ until: string | null }>(
    db,
    sql`
    insert into sign_in_names as n (name, failed, locked_until) values (${name}, 1, case when 1 >= ${limit} then now() + ${lockMinutes * 60}::float8 * interval '1 second' end)
    on conflict (name) do update set failed = n.failed + 1, last_at = now(),
      locked_until = case when n.failed + 1 >= ${limit} then now() + ${lockMinutes * 60}::float8 * interval '1 second' else n.locked_until end
    returning case when locked_until > now() then locked_until::text end as until`,
  );
  await db.execute(
    sql`delete from sign_in_names where last_at < now() - interval '1 day' and (locked_until is null or locked_until < now())`,
  );
  return r?.until ?? null;
}
