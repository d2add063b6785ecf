/**
 * The demo data set's accounts, one per role, with a password the README
 * gives. Only a database loaded with the demo gets them; the setting `demo`
 * marks such a database, and the UI shows it.
 */
import type { Role } from '../../db/schema/index.js';
import type { AuditActor } from '../../platform/audit.js';
import type { Db } from '../../platform/db.js';
import { findAccount, putSetting } from '../auth/accounts.repository.js';
import { addAccount } from '../auth/auth.service.js';
import { withActor } from '../../platform/audit.js';

export const DEMO_PASSWORD = 'HungYen-2013-thu-nghiem';
/** The commune of the demo's commune clerk: Phường Phố Hiến, formed in 2025 from communes of the old Hưng Yên city. */
export const DEMO_COMMUNE = '11953';

export const demoAccounts: { username: string; displayName: string; role: Role; scopeCode: string | null }[] = [
  { username: 'demo-admin', displayName: 'Quản trị (mẫu)', role: 'admin', scopeCode: null },
  { username: 'demo-tinh', displayName: 'Cán bộ Ban Tổ chức Tỉnh ủy (mẫu)', role: 'province', scopeCode: '33' },
  { username: 'demo-xa', displayName: 'Cán bộ Đảng ủy xã (mẫu)', role: 'commune', scopeCode: DEMO_COMMUNE },
  { username: 'demo-xem', displayName: 'Lãnh đạo (mẫu, chỉ xem)', role: 'viewer', scopeCode: '33' },
  { username: 'demo-bientap', displayName: 'Biên tập cổng thông tin (mẫu)', role: 'editor', scopeCode: '33' },
];

/** Creates the demo accounts that do not exist yet and marks the database as holding the demo. */
export async function ensureDemoAccounts(db: Db, actor: AuditActor): Promise<void> {
  for (const a of demoAccounts) {
    if (!(await findAccount(db, a.username))) await addAccount(db, actor, { ...a, password: DEMO_PASSWORD });
  }
  await withActor(db, actor, (tx) => putSetting(tx, 'demo', true));
}
