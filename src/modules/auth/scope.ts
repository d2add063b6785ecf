/**
 * What an account may see: the subtree of its scope unit as valid at the date
 * being viewed. History follows lineage: a commune merged in 2025 carries its
 * history to its new commune, so the new commune's staff see the old
 * commune's villages at old dates. A unit is in scope at D when the scope is
 * among its ancestors at D, among its ancestors today, or among today's
 * ancestors of a unit that (transitively) succeeded one of its ancestors.
 */
import type { Db } from '../../platform/db.js';
import { AppError } from '../errors.js';
import { findUnitByCode } from '../units/units.repository.js';
import type { SessionAccount } from './auth.service.js';
import { personVisible, unitEverVisible, unitVisible, unitVisibleOn } from './scope.repository.js';

export { can, permissions, type Permission } from '../../../common/permissions.js';
export { everInScopeIds, scopeRootsAt } from './scope.repository.js';

/** Whether the unit with this id is in the account's scope at the date. */
export async function unitInScope(db: Db, account: SessionAccount, unitId: number, at: string): Promise<boolean> {
  return account.scopeCode === null || unitVisible(db, account.scopeCode, unitId, at);
}

/**
 * Whether a write dated `at` may reference the unit: in scope at that date itself. A village that moved between
 * communes belongs before the move to its old commune, whose figures such a write would change.
 */
export async function unitWritableOn(db: Db, account: SessionAccount, unitId: number, at: string): Promise<boolean> {
  return account.scopeCode === null || unitVisibleOn(db, account.scopeCode, unitId, at);
}

/** Throws OUT_OF_SCOPE unless the unit with this code is in scope at every date given. */
export async function requireScopeCode(db: Db, account: SessionAccount, code: string, dates: string[]): Promise<void> {
  if (account.scopeCode === null) return;
  const u = await findUnitByCode(db, code);
  // An unknown code is reported as out of scope too, so codes outside the scope cannot be probed.
  for (const d of dates)
    if (!u || !(await unitInScope(db, account, u.id, d))) throw new AppError('OUT_OF_SCOPE', { code });
}

/**
 * Whether a person is in scope: some village they live in, take part in, or
 * head is in scope, judged at the start of that fact and today.
 */
export async function personInScope(db: Db, account: SessionAccount, personId: number): Promise<boolean> {
  return account.scopeCode === null || personVisible(db, account.scopeCode, personId);
}

/** Whether a unit is in scope at some point of its history (a village's timeline spans all of it). */
export async function unitEverInScope(db: Db, account: SessionAccount, unitId: number): Promise<boolean> {
  return account.scopeCode === null || unitEverVisible(db, account.scopeCode, unitId);
}
