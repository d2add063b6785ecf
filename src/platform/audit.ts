import { userInfo } from 'node:os';
import { transaction, type Db } from './db.js';
import { auditRows, setAuditActor, type AuditActor, type AuditEntry } from './audit.repository.js';
import { maskHistory, type Disclosure } from './sensitive.js';

export {
  auditEntry,
  recordEvent,
  setAuditActor,
  type AuditActor,
  type AuditEntry,
  type AuditEvent,
} from './audit.repository.js';

/** Runs `fn` in a transaction whose changes are attributed to `actor`. */
export function withActor<T>(db: Db, actor: AuditActor, fn: (tx: Db) => Promise<T>): Promise<T> {
  return transaction(db, async (tx) => {
    await setAuditActor(tx, actor);
    return fn(tx);
  });
}

/** The actor of the command line: the local administrator, named by the operating system's user. */
export function cliActor(reason?: string): AuditActor {
  let user = process.env.USER || process.env.USERNAME || 'unknown';
  try {
    user = userInfo().username || user;
  } catch {
    // userInfo throws when the user has no passwd entry; the environment's name serves
  }
  return { actor: `cli:${user}`, reason: reason ?? null };
}

/** The audit rows about a person or a unit, oldest first (the latest `limit`), people's rows masked as the reader may see them. */
export async function auditHistory(
  db: Db,
  about: { personId?: number; unitId?: number },
  disclosure: Disclosure,
  limit = 500,
): Promise<AuditEntry[]> {
  return maskHistory(await auditRows(db, about, limit), disclosure);
}
