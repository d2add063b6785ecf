/** Positions in the write-ahead log, on the primary and on a replica. */
import { sql } from 'drizzle-orm';
import { rows, type Db } from './db.js';

/** Where the primary's log is now: every write committed before is at or before it. */
export async function currentLsn(db: Db): Promise<string> {
  const [r] = await rows<{ lsn: string }>(db, sql`select pg_current_wal_lsn()::text as lsn`);
  return r.lsn;
}

/** How far a replica has replayed the primary's log (null on a server that is not a replica). */
export async function replayedLsn(db: Db): Promise<string | null> {
  const [r] = await rows<{ lsn: string | null }>(db, sql`select pg_last_wal_replay_lsn()::text as lsn`);
  return r.lsn;
}
