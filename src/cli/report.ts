/**
 * `grassroots report --from --to` with --xlsx, --pdf or --narrative: the
 * report of a period as files and as text, from the same model as the API.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { cliActor } from '../platform/audit.js';
import type { Db } from '../platform/db.js';
import { AppError } from '../modules/errors.js';
import type { Lang } from '../platform/errors.js';
import { buildReport, recordReportExport, reportFile, type ReportFormat } from '../modules/reports/reports.service.js';

export interface ReportOptions {
  scope: string;
  at?: string;
  from?: string;
  to?: string;
  json?: boolean;
  xlsx?: string;
  pdf?: string;
  narrative?: boolean;
  issuedOn?: string;
  signer?: string;
  number?: string;
}

/** Whether the command asks for the report of a period rather than the figures. */
export const wantsReport = (o: ReportOptions) => o.xlsx !== undefined || o.pdf !== undefined || !!o.narrative;

/** Writes through a temporary file and renames it, so a failed export leaves no half-written file behind. */
function writeWhole(path: string, data: Buffer): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new AppError('VALIDATION_FAILED', {
      detail: `không ghi được "${path}" / cannot write "${path}": ${e instanceof Error ? e.message : String(e)}`,
    });
  }
}

/** Writes the files asked for and returns what to print: the narrative, or the list of files written. */
export async function writeReport(db: Db, o: ReportOptions, lang: Lang): Promise<string> {
  // the command line has the whole register: the heads are named
  const r = await buildReport(db, {
    scope: o.scope,
    from: o.from!,
    to: o.to!,
    issuedOn: o.issuedOn,
    signer: o.signer,
    number: o.number,
    headNames: true,
  });
  const written: string[] = [];
  for (const [format, path] of [
    ['xlsx', o.xlsx],
    ['pdf', o.pdf],
  ] as [ReportFormat, string | undefined][]) {
    if (path === undefined) continue;
    writeWhole(path, (await reportFile(db, cliActor(), r, format)).data);
    written.push(path);
  }
  for (const path of written) process.stderr.write(`${lang === 'en' ? 'Written' : 'Đã ghi'}: ${path}\n`);
  if (!o.narrative) return '';
  await recordReportExport(db, cliActor(), r, 'narrative');
  return o.json ? JSON.stringify({ narrative: r.narrative[lang] }, null, 2) : r.narrative[lang];
}
