/**
 * `grassroots db backup|restore|move|migrate|roles`: a consistent backup file
 * of the whole database, its restore into an empty database, moving the
 * embedded database onto a PostgreSQL server, applying migrations as the
 * tables' owner, and granting the program's role its rights.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { dbTarget, loadConfig } from '../config.js';
import {
  backupDatabase,
  errorReason,
  moveDatabase,
  restoreDatabase,
  type BackupOptions,
  type TableCount,
} from '../modules/backup/backup.service.js';
import { backupFileName, rotateBackups } from '../modules/backup/backup.rotation.js';
import { formatNumberVi } from '../platform/dates.js';
import pg from 'pg';
import { grantAppRole, migrateAsOwner, openDatabase, type Database } from '../platform/db.js';
import { appRoleGrants } from '../platform/roles.js';
import { AppError } from '../modules/errors.js';
import type { Lang } from '../platform/errors.js';
import { dataOption, langOf, langOption, reportError, withDatabase, type CommonOptions } from './context.js';

const words = {
  vi: {
    backedUp: (n: number, rows: number, file: string, bytes: number) =>
      `Đã sao lưu ${n} bảng, ${formatNumberVi(rows)} dòng vào ${file} (${formatNumberVi(Math.ceil(bytes / 1024))} KB).`,
    restored: (n: number, rows: number, file: string, engine: string, at: string) =>
      `Đã khôi phục ${n} bảng, ${formatNumberVi(rows)} dòng từ ${file} (sao lưu từ ${engine} lúc ${at}).`,
    moved: (n: number, rows: number, from: string, to: string) =>
      `Đã chuyển ${n} bảng, ${formatNumberVi(rows)} dòng từ ${from} sang ${to}; số dòng từng bảng ở đích khớp với nguồn.`,
    rotated: (kept: number, removed: string[]) =>
      `Xoay vòng: giữ ${kept} bản mới nhất, xóa ${removed.length} bản${removed.length === 0 ? '' : `: ${removed.join(', ')}`}.`,
    count: formatNumberVi,
  },
  en: {
    backedUp: (n: number, rows: number, file: string, bytes: number) =>
      `Backed up ${n} tables, ${rows} rows to ${file} (${Math.ceil(bytes / 1024)} KB).`,
    restored: (n: number, rows: number, file: string, engine: string, at: string) =>
      `Restored ${n} tables, ${rows} rows from ${file} (backed up from ${engine} at ${at}).`,
    moved: (n: number, rows: number, from: string, to: string) =>
      `Moved ${n} tables, ${rows} rows from ${from} to ${to}; every table has as many rows on the target as on the source.`,
    rotated: (kept: number, removed: string[]) =>
      `Rotation: ${kept} newest kept, ${removed.length} removed${removed.length === 0 ? '' : `: ${removed.join(', ')}`}.`,
    count: String,
  },
};

function tableLines(tables: TableCount[], lang: Lang): string {
  return tables.map((t) => `  ${t.name.padEnd(24)} ${words[lang].count(t.rows).padStart(10)}\n`).join('');
}

const progress = (lang: Lang): BackupOptions => ({ lang, onProgress: (m) => process.stderr.write(`${m}\n`) });

/** A URL fit to print: the password is hidden. */
function maskUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(?)';
  }
}

/** Refuses to read an embedded database that does not exist (opening it would create an empty one). */
function requireEmbedded(dataDir: string): void {
  if (!existsSync(join(dataDir, 'PG_VERSION'))) throw new AppError('DB_SOURCE_MISSING', { dir: dataDir });
}

async function openServer(url: string, migrate = true): Promise<Database> {
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new AppError('VALIDATION_FAILED', { detail: '--to phải là postgres://… / --to must be a postgres://… URL' });
  }
  try {
    return await openDatabase({ kind: 'postgres', url }, { migrate });
  } catch (e) {
    throw new AppError('DB_CONNECT_FAILED', { url: maskUrl(url), reason: errorReason(e) });
  }
}

/** Runs a subcommand: prints what `work` returns on stdout, or the error on stderr with exit code 1. */
async function run(opts: CommonOptions, work: (lang: Lang) => Promise<string>): Promise<void> {
  const lang = langOf(opts);
  try {
    process.stdout.write(await work(lang));
  } catch (e) {
    reportError(e, lang);
  }
}

/** The `db` command and its subcommands. */
export function dbCommand(): Command {
  const db = new Command('db').description('sao lưu, khôi phục, chuyển cơ sở dữ liệu');
  const sub = (name: string, description: string) =>
    db.command(name).description(description).addOption(dataOption()).addOption(langOption());

  sub('backup', 'ghi toàn bộ cơ sở dữ liệu, nhất quán tại một thời điểm, vào một tệp (gzip)')
    .argument('[file]', 'tệp sao lưu sẽ ghi')
    .option(
      '--dir <dir>',
      'ghi vào thư mục này, tên tệp theo thời điểm sao lưu (grassroots-yyyymmddThhmmssZ.dump.gz, giờ UTC)',
    )
    .option('--keep <n>', 'với --dir: giữ n bản sao lưu mới nhất của chương trình trong thư mục, xóa các bản cũ hơn')
    .action((file: string | undefined, opts: CommonOptions & { dir?: string; keep?: string }) =>
      run(opts, async (lang) => {
        const keep = opts.keep === undefined ? undefined : Number(opts.keep);
        if ((file === undefined) === (opts.dir === undefined)) {
          throw new AppError('VALIDATION_FAILED', {
            detail: 'cho một tệp, hoặc --dir <thư mục> / give a file, or --dir <folder>',
          });
        }
        if (keep !== undefined && (opts.dir === undefined || !Number.isInteger(keep) || keep < 1)) {
          throw new AppError('VALIDATION_FAILED', {
            detail: '--keep <n> cần --dir và một số nguyên dương / --keep <n> needs --dir and a positive integer',
          });
        }
        const config = loadConfig(process.env, opts.data);
        if (dbTarget(config).kind === 'pglite') requireEmbedded(config.dataDir);
        let target = file!;
        if (opts.dir !== undefined) {
          // the folder holds personal data: its owner only
          mkdirSync(opts.dir, { recursive: true, mode: 0o700 });
          target = join(opts.dir, backupFileName(new Date()));
          // two backups within one second: the second is refused rather than replacing the first
          if (existsSync(target))
            throw new AppError('DB_DUMP_UNWRITABLE', { file: target, reason: 'tệp đã có / file exists' });
        }
        const s = await withDatabase(opts, (database) => backupDatabase(database, target, progress(lang)));
        let out = `${words[lang].backedUp(s.tables.length, s.rows, s.file, s.bytes)}\n${tableLines(s.tables, lang)}`;
        // only after a backup was written: a failing backup never costs an old one
        if (keep !== undefined) {
          const r = rotateBackups(opts.dir!, keep);
          out += `${words[lang].rotated(r.kept.length, r.removed)}\n`;
        }
        return out;
      }),
    );

  sub('restore', 'khôi phục tệp sao lưu vào cơ sở dữ liệu trống (cùng phiên bản chương trình)')
    .argument('<file>', 'tệp sao lưu')
    .action((file: string, opts: CommonOptions) =>
      run(opts, async (lang) => {
        const s = await withDatabase(opts, (database) => restoreDatabase(database, file, progress(lang)));
        return `${words[lang].restored(s.tables.length, s.rows, s.file, s.source.engine, s.source.createdAt)}\n${tableLines(s.tables, lang)}`;
      }),
    );

  sub('move', 'chuyển cơ sở dữ liệu nhúng (--data) sang một máy chủ PostgreSQL trống')
    .requiredOption('--to <url>', 'địa chỉ PostgreSQL đích, postgres://…')
    .action((opts: CommonOptions & { to: string }) =>
      run(opts, async (lang) => {
        const config = loadConfig(process.env, opts.data);
        if (config.databaseUrl) {
          throw new AppError('VALIDATION_FAILED', {
            detail:
              'DATABASE_URL đã trỏ tới máy chủ; "db move" chuyển CSDL nhúng, hãy bỏ DATABASE_URL / DATABASE_URL already points at a server; "db move" moves the embedded database, unset DATABASE_URL',
          });
        }
        requireEmbedded(config.dataDir);
        const s = await withDatabase(opts, async (source) => {
          const target = await openServer(opts.to);
          try {
            return await moveDatabase(source, target, progress(lang));
          } finally {
            await target.close();
          }
        });
        return `${words[lang].moved(s.tables.length, s.rows, config.dataDir, maskUrl(opts.to))}\n${tableLines(s.tables, lang)}`;
      }),
    );

  sub(
    'migrate',
    'áp dụng các migration của lược đồ (trên PostgreSQL: với DATABASE_OWNER_URL nếu có, rồi cấp quyền cho vai trò của DATABASE_URL)',
  )
    .option(
      '--app-role <name>',
      'vai trò PostgreSQL của chương trình sẽ được cấp quyền (mặc định: vai trò của DATABASE_URL khi có DATABASE_OWNER_URL)',
    )
    .action((opts: CommonOptions & { appRole?: string }) =>
      run(opts, async (lang) => {
        const config = loadConfig(process.env, opts.data);
        const target = dbTarget(config);
        if (target.kind === 'pglite') {
          // opening the embedded database migrates it
          await withDatabase(opts, async () => {});
          return lang === 'en'
            ? 'The embedded database is up to date.\n'
            : 'Cơ sở dữ liệu nhúng đã được cập nhật lược đồ.\n';
        }
        const appRole = opts.appRole ?? (target.ownerUrl ? await currentRole(target.url) : null);
        const problems = await migrateAsOwner(target.ownerUrl ?? target.url, appRole);
        return (
          (lang === 'en' ? 'Migrations applied' : 'Đã áp dụng migration') +
          (appRole
            ? lang === 'en'
              ? `; role "${appRole}" granted the program's rights.\n`
              : `; đã cấp quyền của chương trình cho vai trò "${appRole}".\n`
            : '.\n') +
          problems.map((p) => `${lang === 'en' ? 'Warning' : 'Cảnh báo'}: ${p}\n`).join('')
        );
      }),
    );

  sub(
    'roles',
    'cấp cho vai trò của chương trình đúng các quyền cần (chạy với quyền chủ sở hữu các bảng: DATABASE_OWNER_URL, nếu không có thì DATABASE_URL)',
  )
    .requiredOption('--app-role <name>', 'vai trò PostgreSQL mà chương trình dùng (không sở hữu gì)')
    .option('--print', 'chỉ in các câu lệnh SQL, không chạy')
    .action((opts: CommonOptions & { appRole: string; print?: boolean }) =>
      run(opts, async (lang) => {
        const config = loadConfig(process.env, opts.data);
        const target = dbTarget(config);
        if (opts.print) return `${appRoleGrants(opts.appRole, '<database>').join(';\n')};\n`;
        if (target.kind === 'pglite') {
          throw new AppError('VALIDATION_FAILED', {
            detail:
              'CSDL nhúng chỉ có một người dùng; vai trò chỉ có trên PostgreSQL (DATABASE_URL) / the embedded database has one user; roles need PostgreSQL (DATABASE_URL)',
          });
        }
        const owner = await openServer(target.ownerUrl ?? target.url, false);
        try {
          const problems = await grantAppRole(owner.db, opts.appRole);
          return (
            (lang === 'en'
              ? `Role "${opts.appRole}" granted the program's rights.\n`
              : `Đã cấp quyền của chương trình cho vai trò "${opts.appRole}".\n`) +
            problems.map((p) => `${lang === 'en' ? 'Warning' : 'Cảnh báo'}: ${p}\n`).join('')
          );
        } finally {
          await owner.close();
        }
      }),
    );

  return db;
}

/** The role a PostgreSQL address signs in as. */
async function currentRole(url: string): Promise<string> {
  const c = new pg.Client({ connectionString: url });
  try {
    await c.connect();
    return (await c.query<{ role: string }>('select current_user as role')).rows[0].role;
  } catch (e) {
    throw new AppError('DB_CONNECT_FAILED', { url: maskUrl(url), reason: errorReason(e) });
  } finally {
    await c.end().catch(() => {});
  }
}
