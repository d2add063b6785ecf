/** SQL for accounts and sessions. */
import { and, eq, isNull, sql } from 'drizzle-orm';
import { accounts, sessions, settings, type Role } from '../../db/schema/index.js';
import { rows, type Db } from '../../platform/db.js';

export interface AccountRow {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  scopeCode: string | null;
  passwordHash: string;
  mustChangePassword: boolean;
  failedLogins: number;
  lockedUntil: string | null;
  disabledAt: string | null;
}

export async function findAccount(db: Db, username: string): Promise<AccountRow | null> {
  const [a] = await db.select().from(accounts).where(sql`lower(${accounts.username}) = lower(${username})`);
  return (a as AccountRow | undefined) ?? null;
}

export async function insertAccount(
  db: Db,
  a: {
    username: string;
    displayName: string;
    role: Role;
    scopeCode: string | null;
    passwordHash: string;
    mustChangePassword: boolean;
  },
): Promise<number> {
  const [r] = await db.insert(accounts).values(a).returning({ id: accounts.id });
  return r.id;
}

export async function updateAccount(
  db: Db,
  id: number,
  values: Partial<Omit<AccountRow, 'id' | 'username'>>,
): Promise<void> {
  await db.update(accounts).set(values).where(eq(accounts.id, id));
}

/** Counts a failed sign-in; from the `limit`-th in a row the account is locked for `lockMinutes`. Returns the lock's end, if any. */
export async function recordFailedLogin(
  db: Db,
  id: number,
  limit: number,
  lockMinutes: number,
): Promise<string | null> {
  const [r] = await rows<{ locked_until: string | null }>(
    db,
    sql`update accounts set failed_logins = failed_logins + 1,
          locked_until = case when failed_logins + 1 >= ${limit} then now() + ${lockMinutes * 60}::float8 * interval '1 second' else locked_until end
        where id = ${id} returning locked_until::text`,
  );
  return r?.locked_until ?? null;
}

export interface SessionRow {
  id: string;
  accountId: number;
  csrfToken: string;
  idleSeconds: number;
  expired: boolean;
  endedAt: string | null;
  account: Omit<AccountRow, 'passwordHash'>;
}

/** A session by its id (the token's hash) with its account, and how long it has been idle. */
export async function findSession(db: Db, id: string): Promise<SessionRow | null> {
  const [r] = await rows<{
    id: string;
    account_id: number;
    csrf_token: string;
    idle_seconds: number;
    expired: boolean;
    ended_at: string | null;
    username: string;
    display_name: string;
    role: Role;
    scope_code: string | null;
    must_change_password: boolean;
    failed_logins: number;
    locked_until: string | null;
    disabled_at: string | null;
  }>(
    db,
    sql`select s.id, s.account_id, s.csrf_token, extract(epoch from now() - s.last_seen_at)::float8 as idle_seconds,
               now() >= s.expires_at as expired, s.ended_at::text,
               a.username, a.display_name, a.role, a.scope_code, a.must_change_password, a.failed_logins,
               a.locked_until::text, a.disabled_at::text
        from sessions s join accounts a on a.id = s.account_id where s.id = ${id}`,
  );
  if (!r) return null;
  return {
    id: r.id,
    accountId: r.account_id,
    csrfToken: r.csrf_token,
    idleSeconds: Number(r.idle_seconds),
    expired: r.expired,
    endedAt: r.ended_at,
    account: {
      id: r.account_id,
      username: r.username,
      displayName: r.display_name,
      role: r.role,
      scopeCode: r.scope_code,
      mustChangePassword: r.must_change_password,
      failedLogins: r.failed_logins,
      lockedUntil: r.locked_until,
      disabledAt: r.disabled_at,
    },
  };
}

export async function insertSession(
  db: Db,
  s: { id: string; accountId: number; csrfToken: string; lifetimeMinutes: number },
): Promise<void> {
  await db.execute(sql`insert into sessions (id, account_id, csrf_token, expires_at)
    values (${s.id}, ${s.accountId}, ${s.csrfToken}, now() + ${s.lifetimeMinutes * 60}::float8 * interval '1 second')`);
}

export async function touchSession(db: Db, id: string): Promise<void> {
  await db.execute(sql`update sessions set last_seen_at = now() where id = ${id} and ended_at is null`);
}

export async function endSession(db: Db, id: string, reason: string): Promise<void> {
  await db
    .update(sessions)
    .set({ endedAt: sql`now()` as never, endedReason: reason })
    .where(and(eq(sessions.id, id), isNull(sessions.endedAt)));
}

/** Ends every open session of an account (disabling, a new password). */
export async function endAccountSessions(
  db: Db,
  accountId: number,
  reason: string,
  exceptId?: string,
): Promise<number> {
  const r = await rows<{ id: string }>(
    db,
    sql`update sessions set ended_at = now(), ended_reason = ${reason}
        where account_id = ${accountId} and ended_at is null ${exceptId ? sql`and id <> ${exceptId}` : sql``} returning id`,
  );
  return r.length;
}

export async function getSetting<T>(db: Db, key: string): Promise<T | null> {
  const [r] = await db.select().from(settings).where(eq(settings.key, key));
  return (r?.value as T | undefined) ?? null;
}

export async function putSetting(db: Db, key: string, value: unknown): Promise<void> {
  await db.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } });
}

export async function listAccounts(db: Db): Promise<Omit<AccountRow, 'passwordHash'>[]> {
  const list = await db.select().from(accounts).orderBy(accounts.username);
  return list.map(({ passwordHash: _p, ...a }) => a as Omit<AccountRow, 'passwordHash'>);
}
