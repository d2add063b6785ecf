/**
 * Loading the demo province: generate the register from a seed and import it
 * through the ordinary importer, so the demo obeys exactly the rules any
 * workbook must.
 */
import { withActor, type AuditActor } from '../../platform/audit.js';
import { ensureDemoAccounts, type DemoAccountPassword } from './demo.accounts.js';
import { loadPortalDemo } from './demo.portal.js';
import { AppError } from '../errors.js';
import type { Db } from '../../platform/db.js';
import type { ImportSummary } from '../register/register.schema.js';
import { importRegister } from '../register/register.service.js';
import { DEFAULT_SEED, generateDemo } from './demo.generator.js';
import { hasNoUnits, truncateRegister } from './demo.repository.js';

/** The demo data set is written by the system itself. */
const demoActor: AuditActor = { actor: 'system:demo' };

export interface DemoOptions {
  seed?: number;
  onProgress?: (message: string) => void;
}

/** What loading the demo did, with the demo accounts' one-time passwords (to be printed once, never kept). */
export interface DemoLoaded extends ImportSummary {
  accounts: DemoAccountPassword[];
}

/**
 * Generates the demo register and imports it; throws IMPORT_REJECTED if the
 * importer finds errors. Every demo account gets a new one-time password.
 */
export async function loadDemo(db: Db, opts: DemoOptions = {}): Promise<DemoLoaded> {
  const seed = opts.seed ?? DEFAULT_SEED;
  opts.onProgress?.(`Sinh dữ liệu tỉnh mẫu (hạt giống ${seed})`);
  const register = generateDemo({ seed });
  const summary = await importRegister(db, register, { actor: demoActor, onProgress: opts.onProgress });
  if (summary.errors.length > 0) throw new AppError('IMPORT_REJECTED', { count: summary.errors.length });
  const accounts = await ensureDemoAccounts(db, demoActor);
  opts.onProgress?.('Cổng thông tin mẫu: chuyên mục, bài viết, bình chọn');
  await loadPortalDemo(db, demoActor);
  return { ...summary, accounts };
}

/** Empties the register and loads the demo again. */
export async function rebuildDemo(db: Db, opts: DemoOptions = {}): Promise<DemoLoaded> {
  opts.onProgress?.('Xóa sổ đăng ký hiện có');
  await withActor(db, demoActor, (tx) => truncateRegister(tx));
  return loadDemo(db, opts);
}

/** Whether the database has no register yet (no unit at all): the first start loads the demo then. */
export function isDatabaseEmpty(db: Db): Promise<boolean> {
  return hasNoUnits(db);
}
