import { Option } from 'commander';
import { dbTarget, loadConfig } from '../config.js';
import { rebuildDerivedIfEmpty } from '../modules/indicators/counts.repository.js';
import { loadCalendar } from '../modules/calendar/calendar.service.js';
import { openDatabase, type Database } from '../platform/db.js';
import { AppError, formatMessage } from '../modules/errors.js';
import type { Lang } from '../platform/errors.js';
import { lockDataDir } from '../platform/lock.js';

export interface CommonOptions {
  data?: string;
  lang?: string;
}

export function langOf(opts: CommonOptions): Lang {
  return opts.lang === 'en' ? 'en' : 'vi';
}

/**
 * Opens the configured database for one CLI command. On the embedded engine the
 * data directory is locked first, so a CLI never touches a directory a running
 * server holds.
 */
export async function withDatabase<T>(opts: CommonOptions, fn: (database: Database) => Promise<T>): Promise<T> {
  const config = loadConfig(process.env, opts.data);
  const target = dbTarget(config);
  const lock = target.kind === 'pglite' ? lockDataDir(config.dataDir, 'cli') : null;
  try {
    const database = await openDatabase(target);
    try {
      await rebuildDerivedIfEmpty(database.db, (line) => process.stderr.write(line));
      await loadCalendar(database.db);
      return await fn(database);
    } finally {
      await database.close();
    }
  } finally {
    lock?.release();
  }
}

/** Prints an error the way a user should read it and sets exit code 1. */
export function reportError(e: unknown, lang: Lang): void {
  if (e instanceof AppError) {
    process.stderr.write(`${lang === 'en' ? 'Error' : 'Lỗi'} [${e.code}]: ${formatMessage(e.code, lang, e.params)}\n`);
  } else {
    let text = e instanceof Error ? (e.stack ?? e.message) : String(e);
    // the database's own words (no such database, login refused) are in the cause of a failed query
    for (let c = e instanceof Error ? e.cause : undefined; c instanceof Error; c = c.cause)
      text += `\n${lang === 'en' ? 'Cause' : 'Nguyên nhân'}: ${c.message}`;
    process.stderr.write(`${lang === 'en' ? 'Error' : 'Lỗi'}: ${text}\n`);
  }
  process.exitCode = 1;
}

export const dataOption = () =>
  new Option('--data <dir>', 'thư mục dữ liệu của CSDL nhúng (mặc định ./data hoặc GRASSROOTS_DATA)');
export const langOption = () =>
  new Option('--lang <lang>', 'ngôn ngữ thông báo: vi | en').choices(['vi', 'en']).default('vi');
