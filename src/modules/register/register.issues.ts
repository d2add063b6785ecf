import { glossary } from '../../../common/glossary.js';
import type { UnitLevel } from '../../db/schema/index.js';
import { formatMessage, type ErrorCode } from '../errors.js';
import type { ErrorParams, Lang } from '../../platform/errors.js';
import type { ImportIssue, IsoDate, SourceRow } from './register.schema.js';

/** The registry codes an import issue may carry. */
export type ImportCode = Extract<ErrorCode, `IMPORT_${string}`>;

/** Where an issue sits, as a user finds it in Excel: sheet, row (header = 1), column, value. */
export interface IssueLocation {
  sheet: string;
  row: number | null;
  column: string | null;
  value?: string | null;
}

/** Collects errors and warnings of one import, with messages in the chosen language. */
export class IssueList {
  readonly errors: ImportIssue[] = [];
  readonly warnings: ImportIssue[] = [];
  constructor(readonly lang: Lang) {}

  error(code: ImportCode, at: IssueLocation, params: ErrorParams = {}): void {
    this.errors.push(this.make('error', code, at, params));
  }

  warn(code: ImportCode, at: IssueLocation, params: ErrorParams = {}): void {
    this.warnings.push(this.make('warning', code, at, params));
  }

  private make(
    severity: ImportIssue['severity'],
    code: ImportCode,
    at: IssueLocation,
    params: ErrorParams,
  ): ImportIssue {
    const value = at.value ?? null;
    const all: ErrorParams = { sheet: at.sheet, column: at.column ?? '', value: value ?? '', ...params };
    return {
      severity,
      sheet: at.sheet,
      row: at.row,
      column: at.column,
      value,
      code,
      message: formatMessage(code, this.lang, all),
    };
  }
}

/**
 * Rows read from the database carry this row number: they have no place in the
 * workbook. Not 0, which a caller building a Register in code may well use.
 */
export const fromDatabase = -1;

/** Whether a row was read from the database rather than the import. */
export const isStored = (r: SourceRow): boolean => r.row === fromDatabase;

/** Names the other party of a conflict: a workbook row or a row already stored. */
export function whereRow(row: SourceRow, lang: Lang): string {
  if (!isStored(row)) return lang === 'vi' ? `dòng ${row.row}` : `row ${row.row}`;
  return lang === 'vi' ? 'dữ liệu đã có trong cơ sở dữ liệu' : 'a row already in the database';
}

/** `[2013-03-15, …)`: the half-open interval notation of docs/domain.md, open bounds as `…`. */
export function intervalText(from: IsoDate | null, to: IsoDate | null): string {
  return `[${from ?? '…'}, ${to ?? '…'})`;
}

const levelNames: Record<Lang, Record<UnitLevel, string>> = {
  vi: {
    country: 'cấp toàn quốc',
    province: 'cấp tỉnh',
    district: 'cấp huyện',
    commune: 'cấp xã',
    village: 'cấp thôn, tổ dân phố',
  },
  en: {
    country: 'the country',
    province: 'a province',
    district: 'a district',
    commune: 'a commune',
    village: 'a village',
  },
};
const orgKindNames: Record<Lang, Record<'committee' | 'cell', string>> = {
  vi: { committee: 'đảng bộ', cell: 'chi bộ' },
  en: { committee: 'a committee', cell: 'a cell' },
};

/** The word for a unit level in messages. */
export function levelName(level: UnitLevel, lang: Lang): string {
  return levelNames[lang][level];
}

/** The word for an org kind in messages. */
export function orgKindName(kind: 'committee' | 'cell', lang: Lang): string {
  return orgKindNames[lang][kind];
}

const subjects = {
  vi: {
    unit: 'đơn vị',
    org: 'tổ chức đảng',
    person: 'người',
    cellVillage: 'chi bộ và thôn',
    member: 'đảng viên',
    secretary: 'chi bộ (bí thư)',
  },
  en: {
    unit: 'unit',
    org: 'party org',
    person: 'person',
    cellVillage: 'cell and village',
    member: 'member',
    secretary: 'cell (secretary)',
  },
} as const;
export type Subject = keyof (typeof subjects)['vi'];

/** The word for what a code or an overlap is about. */
export function subjectName(s: Subject, lang: Lang): string {
  return subjects[lang][s];
}

/** Renders an issue on one line for a terminal: `Trang tính placements, Dòng 12, Cột valid_to: Giá trị "2010-01-01": message [CODE]`. */
export function formatIssue(issue: ImportIssue, lang: Lang = 'vi'): string {
  const w =
    lang === 'vi'
      ? { sheet: glossary.sheet.vi, row: 'Dòng', column: 'Cột', value: 'Giá trị' }
      : { sheet: glossary.sheet.en, row: 'Row', column: 'Column', value: 'Value' };
  const where = [
    `${w.sheet} ${issue.sheet}`,
    issue.row !== null ? `${w.row} ${issue.row}` : null,
    issue.column ? `${w.column} ${issue.column}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  const value = issue.value ? ` ${w.value} "${issue.value}":` : '';
  return `${where}:${value} ${issue.message} [${issue.code}]`;
}
