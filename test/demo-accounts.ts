/**
 * Known passwords for the demo accounts, for tests and benchmarks only. The
 * program gives the demo accounts random one-time passwords, printed once;
 * the tests' copies of the demo set this password instead, not one-time, so
 * that they can sign in as demo-tinh and the others. It lives here, never in
 * src/ or the README.
 */
import { demoAccounts } from '../src/modules/demo/demo.accounts.js';
import { findAccount, updateAccount } from '../src/modules/auth/accounts.repository.js';
import { hashPassword } from '../src/modules/auth/passwords.js';
import { withActor } from '../src/platform/audit.js';
import type { Db } from '../src/platform/db.js';
import { testActor } from './actor.js';

/** The demo accounts' password in test copies of the demo. */
export const DEMO_PASSWORD = 'mau-kiem-thu-chi-dung-trong-test';

/** Sets DEMO_PASSWORD (not one-time) on every demo account of the database. */
export async function setDemoPasswords(db: Db, password = DEMO_PASSWORD): Promise<void> {
  const passwordHash = await hashPassword(password);
  await withActor(db, testActor, async (tx) => {
    for (const { username } of demoAccounts) {
      const a = await findAccount(tx, username);
      if (!a) throw new Error(`no demo account ${username}: load the demo first`);
      await updateAccount(tx, a.id, { passwordHash, mustChangePassword: false, failedLogins: 0, lockedUntil: null });
    }
  });
}
