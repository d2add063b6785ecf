import { Command } from 'commander';
import { formatDemoPasswords } from '../modules/demo/demo.accounts.js';
import { rebuildDemo } from '../modules/demo/demo.service.js';
import { importPath } from '../modules/imports/imports.service.js';
import {
  compare,
  formatComparisonTable,
  formatSnapshotTable,
  snapshot,
} from '../modules/indicators/indicators.service.js';
import { cliActor, recordEvent } from '../platform/audit.js';
import { parseUserDate, today } from '../platform/dates.js';
import { formatFindings, runChecks } from '../modules/checks/checks.service.js';
import { AppError } from '../modules/errors.js';
import { dataOption, langOf, langOption, reportError, withDatabase, type CommonOptions } from './context.js';
import { dbCommand } from './db.js';
import { userCommand } from './user.js';
import { calendarCommand } from './calendar.js';
import { provinceChoices, ruleSets } from '../../common/rules.js';
import { formatRuleSets } from '../modules/rules/rules.format.js';
import { formatImportSummary } from './import-output.js';
import { wantsReport, writeReport, type ReportOptions } from './report.js';

const program = new Command('grassroots')
  .description('grassroots: sổ đăng ký, chỉ tiêu xây dựng Đảng ở thôn, tổ dân phố')
  .showHelpAfterError();

program
  .command('import')
  .description('nhập sổ đăng ký từ tệp .xlsx hoặc thư mục tệp CSV')
  .argument('<path>', 'tệp .xlsx hoặc thư mục chứa <sheet>.csv')
  .option('--dry-run', 'chỉ kiểm tra và cho biết sẽ thay đổi gì; không ghi')
  .option('--json', 'in kết quả dạng JSON')
  .addOption(dataOption())
  .addOption(langOption())
  .action(async (path: string, opts: CommonOptions & { dryRun?: boolean; json?: boolean }) => {
    const lang = langOf(opts);
    try {
      const summary = await withDatabase(opts, ({ db }) =>
        importPath(db, path, {
          actor: cliActor(),
          dryRun: opts.dryRun,
          lang,
          onProgress: (m) => process.stderr.write(`${m}\n`),
        }),
      );
      process.stdout.write(opts.json ? `${JSON.stringify(summary, null, 2)}\n` : formatImportSummary(summary, lang));
      if (summary.errors.length > 0) process.exitCode = 1;
    } catch (e) {
      reportError(e, lang);
    }
  });

program
  .command('report')
  .description(
    'các chỉ tiêu của một đơn vị tại một ngày, hoặc so sánh hai ngày; báo cáo .xlsx, PDF và phần nhận định của một kỳ',
  )
  .requiredOption('--scope <code>', 'mã đơn vị (VN: cả nước; tỉnh, huyện, xã hoặc thôn)')
  .option('--at <date>', 'ngày (yyyy-mm-dd hoặc dd/mm/yyyy)')
  .option('--from <date>', 'ngày đầu của kỳ so sánh')
  .option('--to <date>', 'ngày cuối của kỳ so sánh')
  .option('--json', 'in kết quả dạng JSON')
  .option('--xlsx <file>', 'ghi báo cáo của kỳ (--from, --to) ra tệp .xlsx')
  .option('--pdf <file>', 'ghi báo cáo của kỳ ra tệp PDF (cần gói chromium của Debian)')
  .option('--narrative', 'in phần nhận định của kỳ thay cho bảng số liệu')
  .option('--issued-on <date>', 'ngày ghi trên văn bản (mặc định hôm nay)')
  .option('--signer <name>', 'họ tên người ký')
  .option('--number <n>', 'số văn bản (in "Số 12-BC/BTCTU"; bỏ trống để ghi tay)')
  .addOption(dataOption())
  .addOption(langOption())
  .action(async (opts: CommonOptions & ReportOptions) => {
    const lang = langOf(opts);
    try {
      const comparing = opts.from !== undefined || opts.to !== undefined;
      if (comparing && (opts.from === undefined || opts.to === undefined || opts.at !== undefined)) {
        throw new AppError('VALIDATION_FAILED', {
          detail: 'dùng --at <ngày>, hoặc cả --from <ngày> và --to <ngày> / use --at, or both --from and --to',
        });
      }
      if (wantsReport(opts) && !comparing) {
        throw new AppError('VALIDATION_FAILED', {
          detail:
            '--xlsx, --pdf và --narrative cần --from <ngày> và --to <ngày> / --xlsx, --pdf and --narrative need --from and --to',
        });
      }
      const output = await withDatabase(opts, async ({ db }) => {
        if (wantsReport(opts)) return writeReport(db, opts, lang);
        const text = comparing
          ? await compare(db, opts.scope, opts.from!, opts.to!).then((r) =>
              opts.json ? JSON.stringify(r, null, 2) : formatComparisonTable(r, lang),
            )
          : await snapshot(db, opts.scope, opts.at ?? today()).then((r) =>
              opts.json ? JSON.stringify(r, null, 2) : formatSnapshotTable(r, lang),
            );
        // what leaves the system is recorded: who took which figures
        const detail = {
          scope: opts.scope,
          at: opts.at ?? null,
          from: opts.from ?? null,
          to: opts.to ?? null,
          format: opts.json ? 'json' : 'text',
        };
        await recordEvent(db, cliActor(), { action: 'export', entity: 'report', entityId: opts.scope, detail });
        return text;
      });
      if (output) process.stdout.write(`${output}\n`);
    } catch (e) {
      reportError(e, lang);
    }
  });

program
  .command('check')
  .description(
    'kiểm tra dữ liệu sổ đăng ký tại một ngày (mặc định hôm nay) hoặc toàn bộ lịch sử; mã thoát 1 khi có lỗi',
  )
  .option('--scope <code>', 'chỉ các phát hiện thuộc đơn vị này (VN: cả nước; tỉnh, huyện, xã hoặc thôn)')
  .option('--at <date>', 'ngày kiểm tra (yyyy-mm-dd hoặc dd/mm/yyyy; mặc định hôm nay)')
  .option('--all', 'kiểm tra toàn bộ lịch sử thay cho một ngày')
  .option('--json', 'in kết quả dạng JSON')
  .addOption(dataOption())
  .addOption(langOption())
  .action(async (opts: CommonOptions & { scope?: string; at?: string; all?: boolean; json?: boolean }) => {
    const lang = langOf(opts);
    try {
      if (opts.all && opts.at !== undefined)
        throw new AppError('VALIDATION_FAILED', {
          detail: 'dùng --at hoặc --all, không cả hai / use --at or --all, not both',
        });
      const at = opts.at === undefined ? undefined : parseUserDate(opts.at);
      const r = await withDatabase(opts, ({ db }) =>
        runChecks(db, { at, all: opts.all, scope: opts.scope ?? null, lang }),
      );
      process.stdout.write(`${opts.json ? JSON.stringify(r, null, 2) : formatFindings(r, lang)}\n`);
      if (r.count.error > 0) process.exitCode = 1;
    } catch (e) {
      reportError(e, lang);
    }
  });

program
  .command('demo')
  .description('xóa sổ đăng ký và dựng lại tỉnh mẫu (Hưng Yên, dữ liệu tổng hợp)')
  .option('--seed <n>', 'hạt giống sinh dữ liệu', '2013')
  .addOption(dataOption())
  .addOption(langOption())
  .action(async (opts: CommonOptions & { seed: string }) => {
    const lang = langOf(opts);
    try {
      const seed = Number(opts.seed);
      if (!Number.isInteger(seed)) throw new AppError('VALIDATION_FAILED', { detail: `--seed "${opts.seed}"` });
      const summary = await withDatabase(opts, ({ db }) =>
        rebuildDemo(db, { seed, onProgress: (m) => process.stderr.write(`${m}\n`) }),
      );
      process.stdout.write(formatImportSummary(summary, lang));
      process.stdout.write(`\n${formatDemoPasswords(summary.accounts)}`);
    } catch (e) {
      reportError(e, lang);
    }
  });

program
  .command('rules')
  .description('các bộ quy định mà quy trình áp dụng, theo ngày hiệu lực')
  .option('--json', 'in kết quả dạng JSON')
  .addOption(dataOption())
  .addOption(langOption())
  .action((opts: CommonOptions & { json?: boolean }) => {
    // the rule sets ship with the program: no database to open
    process.stdout.write(
      opts.json
        ? `${JSON.stringify({ sets: ruleSets, province: provinceChoices }, null, 2)}\n`
        : `${formatRuleSets(ruleSets, provinceChoices, langOf(opts))}\n`,
    );
  });

program.addCommand(dbCommand());
program.addCommand(userCommand());
program.addCommand(calendarCommand());

await program.parseAsync(process.argv);
