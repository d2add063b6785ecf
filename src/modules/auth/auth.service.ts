/**
 * Sign-in, sessions and accounts. Sessions live in the database: the cookie
 * carries a random token, the database only its SHA-256. A session ends on
 * sign-out, after 30 minutes idle, after 12 hours in all, and when its account
 * is disabled or its password reset (OWASP ASVS 5.0, 7.x).
 */
import { createHash, randomBytes } from 'node:crypto';
import { roles, type Role } from '../../db/schema/index.js';
import { recordEvent, withActor, type AuditActor } from '../../platform/audit.js';
import type { Db } from '../../platform/db.js';
import { AppError } from '../errors.js';
import {
  endAccountSessions,
  endSession,
  findAccount,
  findSession,
  getSetting,
  insertAccount,
  insertSession,
  putSetting,
  recordFailedLogin,
  touchSession,
  updateAccount,
  type AccountRow,
} from './accounts.repository.js';
import { findUnitByCode } from '../units/units.repository.js';
import { nameLockedUntil, recordNameFailure } from './throttle.repository.js';
import { checkPasswordPolicy, generatePassword, hashPassword, spendVerifyTime, verifyPassword } from './passwords.js';

export interface SessionPolicy {
  idleMinutes: number;
  lifetimeMinutes: number;
  /** Failed sign-ins in a row that lock an account, and for how long. */
  lockAfter: number;
  lockMinutes: number;
}

export const defaultSessionPolicy: SessionPolicy = {
  idleMinutes: 30,
  lifetimeMinutes: 12 * 60,
  lockAfter: 5,
  lockMinutes: 15,
};

/** What a request knows of its signed-in account. */
export interface SessionAccount {
  sessionId: string;
  csrfToken: string;
  id: number;
  username: string;
  displayName: string;
  role: Role;
  scopeCode: string | null;
  mustChangePassword: boolean;
}

export const sessionIdOf = (token: string): string => createHash('sha256').update(token).digest('hex');

export function actorOf(account: Pick<SessionAccount, 'id' | 'username'>, requestId?: string): AuditActor {
  return { actor: `account:${account.username}`, accountId: account.id, requestId: requestId ?? null };
}

export function parseRole(value: string): Role {
  if (!(roles as readonly string[]).includes(value))
    throw new AppError('UNKNOWN_ROLE', { value, allowed: roles.join(', ') });
  return value as Role;
}

/**
 * Failed sign-ins of user names with no usable account (unknown or disabled):
 * such a name locks after as many failures, for as long, as an account does,
 * so that the lock's answer does not tell which names exist. In memory
 * (UnknownNameLocks) for a process alone on its database, in the database
 * (SharedNameLocks) for processes that share one.
 */
export interface NameLocks {
  /** The end of the name's lock while it lasts, else null. */
  lockedUntil(username: string): string | null | Promise<string | null>;
  /** Counts a failure as recordFailedLogin does for an account; returns the lock's end, if any. */
  fail(username: string, policy: SessionPolicy): string | null | Promise<string | null>;
}

export class SharedNameLocks implements NameLocks {
  constructor(private readonly db: Db) {}
  lockedUntil(username: string) {
    return nameLockedUntil(this.db, username.toLowerCase());
  }
  fail(username: string, policy: SessionPolicy) {
    return recordNameFailure(this.db, username.toLowerCase(), policy.lockAfter, policy.lockMinutes);
  }
}

class UnknownNameLocks implements NameLocks {
  private readonly names = new Map<string, { failed: number; lockedUntil: number | null }>();
  constructor(private readonly maxNames = 10_000) {}

  /** The end of the name's lock while it lasts, else null. */
  lockedUntil(username: string): string | null {
    const e = this.names.get(username.toLowerCase());
    return e?.lockedUntil && e.lockedUntil > Date.now() ? new Date(e.lockedUntil).toISOString() : null;
  }

  /** Counts a failure as recordFailedLogin does for an account; returns the lock's end, if any. */
  fail(username: string, policy: SessionPolicy): string | null {
    const key = username.toLowerCase();
    const e = this.names.get(key) ?? { failed: 0, lockedUntil: null };
    e.failed += 1;
    if (e.failed >= policy.lockAfter) e.lockedUntil = Date.now() + policy.lockMinutes * 60_000;
    this.names.delete(key);
    this.names.set(key, e);
    if (this.names.size > this.maxNames) this.names.delete(this.names.keys().next().value as string);
    return e.lockedUntil && e.lockedUntil > Date.now() ? new Date(e.lockedUntil).toISOString() : null;
  }
}

const unknownNameLocks = new UnknownNameLocks();

export interface LoginResult {
  token: string;
  account: SessionAccount;
}

/**
 * Checks a user name and password and opens a new session; the session the
 * request came with, if any, is ended (a new id at every sign-in).
 */
export async function login(
  db: Db,
  username: string,
  password: string,
  o: { previousToken?: string; requestId?: string; policy?: SessionPolicy; names?: NameLocks } = {},
): Promise<LoginResult> {
  const names = o.names ?? unknownNameLocks;
  const policy = o.policy ?? defaultSessionPolicy;
  const a = await findAccount(db, username);
  const system: AuditActor = { actor: `login:${username.slice(0, 64)}`, requestId: o.requestId ?? null };
  if (!a || a.disabledAt) {
    // no usable account: the same work and the same answers as a wrong password, the lock included
    const locked = await names.lockedUntil(username);
    await spendVerifyTime(password);
    if (locked) throw new AppError('AUTH_LOCKED', { until: formatTime(locked) });
    await withActor(db, system, (tx) =>
      recordEvent(tx, system, { action: 'login-failed', entity: 'accounts', entityId: a ? String(a.id) : null }),
    );
    const lockedNow = await names.fail(username, policy);
    if (lockedNow) throw new AppError('AUTH_LOCKED', { until: formatTime(lockedNow) });
    throw new AppError('AUTH_INVALID');
  }
  await requirePassword(db, system, a, password, policy, 'login-failed', 'AUTH_INVALID');
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const sessionId = sessionIdOf(token);
  const actor = actorOf(a, o.requestId);
  await withActor(db, actor, async (tx) => {
    if (o.previousToken) await endSession(tx, sessionIdOf(o.previousToken), 'replaced');
    if (a.failedLogins > 0 || a.lockedUntil) await updateAccount(tx, a.id, { failedLogins: 0, lockedUntil: null });
    await insertSession(tx, { id: sessionId, accountId: a.id, csrfToken, lifetimeMinutes: policy.lifetimeMinutes });
    await recordEvent(tx, actor, { action: 'login', entity: 'accounts', entityId: String(a.id) });
  });
  return { token, account: sessionAccount(a, sessionId, csrfToken) };
}

function sessionAccount(a: Omit<AccountRow, 'passwordHash'>, sessionId: string, csrfToken: string): SessionAccount {
  return {
    sessionId,
    csrfToken,
    id: a.id,
    username: a.username,
    displayName: a.displayName,
    role: a.role,
    scopeCode: a.scopeCode,
    mustChangePassword: a.mustChangePassword,
  };
}

/** The account behind a session token; SESSION_EXPIRED when it has ended, idled out, or its account is disabled. */
export async function resolveSession(
  db: Db,
  token: string,
  policy: SessionPolicy = defaultSessionPolicy,
): Promise<SessionAccount> {
  const s = await findSession(db, sessionIdOf(token));
  if (!s || s.endedAt) throw new AppError('SESSION_EXPIRED');
  const reason = s.account.disabledAt
    ? 'disabled'
    : s.expired
      ? 'lifetime'
      : s.idleSeconds > policy.idleMinutes * 60
        ? 'idle'
        : null;
  if (reason) {
    await endSession(db, s.id, reason);
    throw new AppError('SESSION_EXPIRED');
  }
  // One write a minute at most: enough for a 30-minute idle limit.
  if (s.idleSeconds > 60) await touchSession(db, s.id);
  return sessionAccount(s.account, s.id, s.csrfToken);
}

export async function logout(db: Db, account: SessionAccount, requestId?: string): Promise<void> {
  const actor = actorOf(account, requestId);
  await withActor(db, actor, async (tx) => {
    await endSession(tx, account.sessionId, 'logout');
    await recordEvent(tx, actor, { action: 'logout', entity: 'accounts', entityId: String(account.id) });
  });
}

/**
 * Changes one's own password; every other session of the account ends. A
 * wrong current password counts toward the same lock as a failed sign-in,
 * and a locked account cannot change its password until the lock ends.
 */
export async function changePassword(
  db: Db,
  account: SessionAccount,
  current: string,
  next: string,
  requestId?: string,
  policy: SessionPolicy = defaultSessionPolicy,
): Promise<void> {
  const a = await findAccount(db, account.username);
  if (!a || a.disabledAt) throw new AppError('SESSION_EXPIRED');
  const actor = actorOf(account, requestId);
  await requirePassword(db, actor, a, current, policy, 'password-change-failed', 'AUTH_PASSWORD_WRONG');
  checkPasswordPolicy(next, a.username);
  const passwordHash = await hashPassword(next);
  await withActor(db, actor, async (tx) => {
    await updateAccount(tx, a.id, { passwordHash, mustChangePassword: false, failedLogins: 0, lockedUntil: null });
    await endAccountSessions(tx, a.id, 'password-changed', account.sessionId);
  });
}

export interface NewAccount {
  username: string;
  displayName?: string;
  role: Role;
  scopeCode: string | null;
  /** Omitted: a one-time password is generated, to be changed at first sign-in. */
  password?: string;
}

/** Adds an account; returns the password (the one given or the generated one-time password). */
export async function addAccount(db: Db, actor: AuditActor, n: NewAccount): Promise<string> {
  const username = n.username.trim();
  if (!/^[a-zA-Z0-9._-]{3,64}$/.test(username))
    throw new AppError('VALIDATION_FAILED', { detail: `username "${n.username}": 3-64 letters, digits, . _ -` });
  if (await findAccount(db, username)) throw new AppError('ACCOUNT_EXISTS', { username });
  if (n.role !== 'admin' && !n.scopeCode)
    throw new AppError('VALIDATION_FAILED', { detail: 'scope: every role but admin needs a unit' });
  if (n.scopeCode && !(await findUnitByCode(db, n.scopeCode)))
    throw new AppError('UNIT_NOT_FOUND', { code: n.scopeCode });
  const password = n.password ?? generatePassword();
  if (n.password) checkPasswordPolicy(password, username);
  const passwordHash = await hashPassword(password);
  await withActor(db, actor, (tx) =>
    insertAccount(tx, {
      username,
      displayName: n.displayName ?? username,
      role: n.role,
      scopeCode: n.scopeCode,
      passwordHash,
      mustChangePassword: !n.password,
    }),
  );
  return password;
}

/** Sets a new one-time password (or the one given), unlocks the account and ends its sessions. */
export async function resetPassword(db: Db, actor: AuditActor, username: string, password?: string): Promise<string> {
  const a = await findAccount(db, username);
  if (!a) throw new AppError('ACCOUNT_NOT_FOUND', { username });
  const next = password ?? generatePassword();
  if (password) checkPasswordPolicy(password, a.username);
  const passwordHash = await hashPassword(next);
  await withActor(db, actor, async (tx) => {
    await updateAccount(tx, a.id, {
      passwordHash,
      mustChangePassword: !password,
      failedLogins: 0,
      lockedUntil: null,
      disabledAt: null,
    });
    await endAccountSessions(tx, a.id, 'password-reset');
  });
  return next;
}

/** Disables an account and ends all its sessions at once; `self` (the one asking) may not disable itself. */
export async function disableAccount(db: Db, actor: AuditActor, username: string, self?: string): Promise<number> {
  const a = await findAccount(db, username);
  if (!a) throw new AppError('ACCOUNT_NOT_FOUND', { username });
  if (self !== undefined && a.username.toLowerCase() === self.toLowerCase()) throw new AppError('ACCOUNT_SELF_DISABLE');
  return withActor(db, actor, async (tx) => {
    await updateAccount(tx, a.id, { disabledAt: new Date().toISOString() });
    return endAccountSessions(tx, a.id, 'disabled');
  });
}

/**
 * On the first start of a database: creates an administrator with a one-time
 * password and returns it, once; null on every later start.
 */
export async function ensureFirstAdmin(db: Db): Promise<{ username: string; password: string } | null> {
  if ((await getSetting<string>(db, 'first-admin')) !== null) return null;
  const actor: AuditActor = { actor: 'system:first-start' };
  const username = (await findAccount(db, 'admin')) ? `admin-${randomBytes(3).toString('hex')}` : 'admin';
  // the account and the mark that it was made commit together: a crash between them must not make a second one
  const password = await withActor(db, actor, async (tx) => {
    const p = await addAccount(tx, actor, { username, displayName: 'Quản trị viên', role: 'admin', scopeCode: null });
    await putSetting(tx, 'first-admin', username);
    return p;
  });
  return { username, password };
}

/** Whether this database holds the demo data set (the UI marks it). */
export async function isDemoDatabase(db: Db): Promise<boolean> {
  return (await getSetting<boolean>(db, 'demo')) === true;
}

function formatTime(ts: string): string {
  return new Date(ts).toLocaleString('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  });
}

/**
 * The password check of sign-in and of a password change alike: a locked
 * account is refused (after as long as a check takes); a wrong password is
 * recorded as `failure`, counts toward the lock, and is refused as `wrong`
 * (or as locked when it was the failure that locks).
 */
async function requirePassword(
  db: Db,
  actor: AuditActor,
  a: { id: number; passwordHash: string; lockedUntil: string | null },
  password: string,
  policy: SessionPolicy,
  failure: string,
  wrong: 'AUTH_INVALID' | 'AUTH_PASSWORD_WRONG',
): Promise<void> {
  if (a.lockedUntil && Date.parse(a.lockedUntil) > Date.now()) {
    await spendVerifyTime(password);
    throw new AppError('AUTH_LOCKED', { until: formatTime(a.lockedUntil) });
  }
  if (await verifyPassword(a.passwordHash, password)) return;
  const lockedUntil = await withActor(db, actor, async (tx) => {
    await recordEvent(tx, actor, { action: failure, entity: 'accounts', entityId: String(a.id) });
    return recordFailedLogin(tx, a.id, policy.lockAfter, policy.lockMinutes);
  });
  if (lockedUntil && Date.parse(lockedUntil) > Date.now())
    throw new AppError('AUTH_LOCKED', { until: formatTime(lockedUntil) });
  throw new AppError(wrong);
}
