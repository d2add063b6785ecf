/**
 * Reads from a read replica (DATABASE_READ_URL). The routes that only read
 * (figures, reports, exports, checks, the portal's pages) are given `read`, a
 * handle that sends each query to the replica or to the primary, as the
 * request in which it runs was told; writes through it (insert, update,
 * delete, every transaction) always go to the primary, and so does anything
 * with no replica configured.
 *
 * Read-your-writes, by position in the write-ahead log: a request that wrote
 * (a non-GET answered without error) gets the primary's log position after
 * its write in a cookie (grassroots_lsn); a later request with that cookie
 * reads from the replica only once the replica has replayed the log that far,
 * from the primary until then. The replica's position is remembered and asked
 * again only when a request needs more than it last had. The same holds for
 * the portal's page cache: an edit announces its position with the change,
 * and pages are rendered from the primary until the replica has it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Db } from './db.js';
import { currentLsn, replayedLsn } from './replica.repository.js';

/** A log position ('16/B374D848') as a number, to compare. */
export function lsnValue(lsn: string): bigint | null {
  const m = /^([0-9A-Fa-f]{1,8})\/([0-9A-Fa-f]{1,8})$/.exec(lsn);
  return m ? (BigInt(`0x${m[1]}`) << 32n) + BigInt(`0x${m[2]}`) : null;
}

const writes = new Set(['insert', 'update', 'delete', 'transaction', 'refreshMaterializedView']);
const PRIMARY = Symbol('primary');

/** The primary behind a read handle (any other database or transaction: itself), for a write made amid reads (an audit event). */
export const primaryOf = (db: Db): Db => (db as unknown as { [PRIMARY]?: Db })[PRIMARY] ?? db;

export class ReadRouting {
  private readonly context = new AsyncLocalStorage<Db>();
  /** The replica's replayed position as last asked. */
  private replayed = -1n;
  /** The handle for routes that only read: the replica, or the primary where the request must see a write. */
  readonly read: Db;

  constructor(
    readonly primary: Db,
    readonly replica: Db | null,
  ) {
    if (!replica) {
      this.read = primary;
      return;
    }
    const pick = (p: string | symbol): Db =>
      typeof p === 'string' && writes.has(p) ? primary : (this.context.getStore() ?? replica);
    this.read = new Proxy({} as Db, {
      get: (_t, p) => {
        if (p === PRIMARY) return primary;
        const target = pick(p);
        const v: unknown = Reflect.get(target, p);
        // bound to the database chosen: drizzle's methods read this.session, which must be that database's too
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
  }

  /** The primary's position now (after a write), when there is a replica. */
  async writtenUpTo(): Promise<string | null> {
    return this.replica ? currentLsn(this.primary) : null;
  }

  /** The database to read from for a reader that must see the log up to `lsn` (null: nothing in particular). */
  async readerFor(lsn: string | null): Promise<Db> {
    if (!this.replica) return this.primary;
    const need = lsn === null ? null : lsnValue(lsn);
    if (need === null || need <= this.replayed) return this.replica;
    try {
      const at = await replayedLsn(this.replica);
      const v = at === null ? null : lsnValue(at);
      if (v !== null && v > this.replayed) this.replayed = v;
    } catch {
      // the replica does not answer: the primary serves
      return this.primary;
    }
    return need <= this.replayed ? this.replica : this.primary;
  }

  /** Runs `fn` with `read` going to `db` (the hook of each request sets this). */
  runWith<T>(db: Db, fn: () => T): T {
    return this.context.run(db, fn);
  }
}
