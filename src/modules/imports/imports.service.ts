/**
 * Imports from files: a workbook (.xlsx), a zip of `<sheet>.csv` files, one
 * such file or a folder of them, read in a worker thread of bounded memory and
 * time, then written through the register's one write path
 * (src/modules/register/register.service.ts). docs/import-format.md holds its promises.
 */
import type { ImportOptions } from '../register/register.service.js';
import { applyRegister } from '../register/register.service.js';
import type { ImportSummary } from '../register/register.schema.js';
import type { Db } from '../../platform/db.js';
import { readInWorker } from './imports.worker-pool.js';

export { writeCsvFolder, writeWorkbook } from './imports.files.js';
export { formatIssue } from '../register/register.issues.js';

/**
 * Reads a workbook (.xlsx), a zip of `<sheet>.csv` files, one such file or a
 * folder of them and imports it; unreadable cells block the import too. The
 * file is read in a worker thread of bounded memory and time (HTTP uploads
 * and the CLI alike), before any transaction is opened.
 */
export async function importPath(db: Db, path: string, opts: ImportOptions): Promise<ImportSummary> {
  const lang = opts.lang ?? 'vi';
  opts.onProgress?.(lang === 'vi' ? `Đọc ${path}` : `Reading ${path}`);
  const { register, issues, partial } = await readInWorker(path, {
    lang,
    onProgress: opts.onProgress,
    limits: opts.limits?.read,
    worker: opts.limits?.worker,
  });
  return applyRegister(db, register, issues, partial, opts);
}
