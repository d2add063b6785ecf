/**
 * The demo data set's accounts, one per role. No password is written
 * anywhere: each load of the demo gives every demo account a new random
 * one-time password, which the caller prints once (the first start, the
 * `demo` command) and which must be changed at first sign-in. Only a database
 * loaded with the demo gets them; the setting `demo` marks such a database,
 * and the UI shows it.
 */
import type { Role } from '../../db/schema/index.js';
import type { AuditActor } from '../../platform/audit.js';
import type { Db } from '../../platform/db.js';
import { findAccount, putSetting } from '../auth/accounts.repository.js';
import { addAccount, resetPassword } from '../auth/auth.service.js';
import { withActor } from '../../platform/audit.js';

/** The commune of the demo's commune clerk: Phường Phố Hiến, formed in 2025 from communes of the old Hưng Yên city. */
export const DEMO_COMMUNE = '11953';

export const demoAccounts: { username: string; displayName: string; role: Role; scopeCode: string | null }[] = [
  { username: 'demo-admin', displayName: 'Quản trị (mẫu)', role: 'admin', scopeCode: null },
  { username: 'demo-tinh', displayName: 'Cán bộ Ban Tổ chức Tỉnh ủy (mẫu)', role: 'province', scopeCode: '33' },
  { username: 'demo-xa', displayName: 'Cán bộ Đảng ủy xã (mẫu)', role: 'commune', scopeCode: DEMO_COMMUNE },
  { username: 'demo-xem', displayName: 'Lãnh đạo (mẫu, chỉ xem)', role: 'viewer', scopeCode: '33' },
  { username: 'demo-bientap', displayName: 'Biên tập cổng thông tin (mẫu)', role: 'editor', scopeCode: '33' },
];

/** A demo account's one-time password, to be shown once. */
export interface DemoAccountPassword {
  username: string;
  role: Role;
  password: string;
}

/**
 * Creates the demo accounts that do not exist yet, gives those that do a new
 * one-time password, marks the database as holding the demo, and returns the
 * one-time passwords (to be printed once, never stored).
 */
export async function ensureDemoAccounts(db: Db, actor: AuditActor): Promise<DemoAccountPassword[]> {
  const out: DemoAccountPassword[] = [];
  for (const a of demoAccounts) {
    const password = (await findAccount(db, a.username))
      ? await resetPassword(db, actor, a.username)
      : await addAccount(db, actor, a);
    out.push({ username: a.username, role: a.role, password });
  }
  await withActor(db, actor, (tx) => putSetting(tx, 'demo', true));
  return out;
}

/** The demo accounts and their one-time passwords, as the server and the CLI print them once. */
export function formatDemoPasswords(accounts: DemoAccountPassword[]): string {
  const width = Math.max(...accounts.map((a) => a.username.length));
  return (
    'Tài khoản mẫu và mật khẩu dùng một lần / demo accounts and their one-time passwords:\n' +
    accounts.map((a) => `  ${a.username.padEnd(width)}  ${a.password}  (${a.role})\n`).join('') +
    'Mật khẩu chỉ in một lần; đổi khi đăng nhập lần đầu. Cấp lại: grassroots user reset <tên>. / ' +
    'Shown only once; change them at first sign-in. New ones: grassroots user reset <name>.\n'
  );
}
