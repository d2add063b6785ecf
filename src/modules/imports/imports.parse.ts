/**
 * Cells -> typed register rows. The readers (imports.read.ts) push each sheet's
 * rows here one at a time, so a province-scale workbook is converted while it
 * streams in. A row with any unreadable cell becomes issues and is left out of
 * the register; its code is still remembered so that other rows naming it do
 * not cascade into "unknown code" errors.
 */
import {
  endReasons,
  headHows,
  headRoles,
  lineageKinds,
  orgKinds,
  placementKinds,
  placementReasons,
  unitLevels,
} from '../../db/schema/index.js';
import type { Lang } from '../../platform/errors.js';
import { isoFromParts } from '../../platform/dates.js';
import { unescapeText } from './imports.formula.js';
import { IssueList } from '../register/register.issues.js';
import { emptyRegister, sheetNames, type IsoDate, type Register, type SheetName } from '../register/register.schema.js';

/** The column keys of each sheet, as docs/import-format.md lists them; all must be present. */
export const sheetColumns: Record<SheetName, readonly string[]> = {
  units: ['code', 'name', 'level', 'subtype', 'parent_code', 'valid_from', 'valid_to'],
  unit_lineage: ['from_code', 'to_code', 'on', 'kind', 'decision'],
  party_orgs: ['code', 'name', 'kind', 'parent_code', 'unit_code', 'valid_from', 'valid_to'],
  cell_villages: ['cell_code', 'village_code', 'valid_from', 'valid_to'],
  people: [
    'person_code',
    'full_name',
    'birth_date',
    'gender',
    'ethnicity',
    'residence_village_code',
    'commune_official',
  ],
  memberships: ['person_code', 'card_no', 'admitted_on', 'official_on', 'ended_on', 'end_reason'],
  placements: ['person_code', 'cell_code', 'village_code', 'valid_from', 'valid_to', 'kind', 'reason'],
  head_terms: ['village_code', 'person_code', 'role', 'valid_from', 'valid_to', 'how'],
  secretary_terms: ['cell_code', 'person_code', 'valid_from', 'valid_to'],
};

/** The sheet of the import template that explains the columns; the importer skips it without a warning. */
export const guideSheet = 'huong_dan';

/** Codes of rows that were dropped for unreadable cells: known, but of unknown level or kind. */
export interface PartialCodes {
  units: Set<string>;
  orgs: Set<string>;
  people: Set<string>;
}

export interface ParseResult {
  register: Register;
  issues: IssueList;
  partial: PartialCodes;
}

const genderWords: Record<string, 'male' | 'female'> = {
  nam: 'male',
  male: 'male',
  m: 'male',
  nữ: 'female',
  nu: 'female',
  female: 'female',
  f: 'female',
};
const yesNoWords: Record<string, boolean> = {
  có: true,
  co: true,
  yes: true,
  y: true,
  '1': true,
  true: true,
  x: true,
  không: false,
  khong: false,
  no: false,
  n: false,
  '0': false,
  false: false,
};
const cardPattern = /^\d{2}\.?\d{6}$/;
const isoPattern = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const vnPattern = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * A date cell -> 'YYYY-MM-DD'. exceljs yields date cells as JS Dates at UTC
 * midnight, so UTC parts are the calendar day; a bare number is taken as an
 * Excel serial day only in a plausible range (1927-2119), never a typed year.
 */
export function parseDateCell(v: unknown): IsoDate | null {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return null;
    return isoFromParts(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < 10000 || v > 80000) return null;
    const t = new Date(Date.UTC(1899, 11, 30) + Math.floor(v) * 86400000);
    return isoFromParts(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
  }
  const s = typeof v === 'string' ? v.trim() : '';
  const a = isoPattern.exec(s);
  if (a) return isoFromParts(Number(a[1]), Number(a[2]), Number(a[3]));
  const b = vnPattern.exec(s);
  if (b) return isoFromParts(Number(b[3]), Number(b[2]), Number(b[1]));
  return null;
}

/** Any cell value (string, number, boolean, Date, rich text, formula, hyperlink) as trimmed NFC text. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim().normalize('NFC');
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return parseDateCell(v) ?? '';
  if (typeof v === 'object') {
    const o = v as { richText?: { text?: string }[]; result?: unknown; text?: unknown; error?: unknown };
    if (Array.isArray(o.richText))
      return o.richText
        .map((r) => r.text ?? '')
        .join('')
        .trim()
        .normalize('NFC');
    if ('result' in o) return cellText(o.result);
    if ('text' in o) return cellText(o.text);
    if ('error' in o) return String(o.error);
  }
  return String(v).trim();
}

/** The longest code a `code` or `*_code` cell may hold, as in the API's forms. */
export const maxCodeLength = 40;

type CellCode =
  | 'IMPORT_MISSING_VALUE'
  | 'IMPORT_BAD_DATE'
  | 'IMPORT_BAD_VALUE'
  | 'IMPORT_BAD_NUMBER'
  | 'IMPORT_BAD_CHARACTER'
  | 'IMPORT_TOO_LONG';

/** Reads the cells of one row by column key, recording every problem; `ok` turns false on any. */
class RowCells {
  ok = true;
  constructor(
    private readonly sheet: SheetState,
    readonly row: number,
    private readonly cells: readonly unknown[],
  ) {}

  private raw(col: string): unknown {
    const i = this.sheet.index.get(col);
    return i === undefined ? undefined : this.cells[i];
  }

  private fail(code: CellCode, col: string, value: string | null, params = {}) {
    this.ok = false;
    this.sheet.issues.error(code, { sheet: this.sheet.name, row: this.row, column: col, value }, params);
  }

  /**
   * Cells the database cannot take as they are: a NUL anywhere (PostgreSQL
   * text cannot hold it), a code longer than maxCodeLength (codes are
   * indexed, and an index entry has a size limit).
   */
  checkStorable(): void {
    for (const [col, i] of this.sheet.index) {
      const v = this.cells[i];
      if (v === undefined || v === null || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date)
        continue;
      const s = typeof v === 'string' ? v : cellText(v);
      if (s.includes('\u0000')) {
        this.fail('IMPORT_BAD_CHARACTER', col, s.replace(/\u0000/g, '␀').slice(0, 80));
      } else if ((col === 'code' || col.endsWith('_code')) && s.length > maxCodeLength) {
        const length = [...cellText(v)].length;
        if (length > maxCodeLength)
          this.fail('IMPORT_TOO_LONG', col, `${s.slice(0, maxCodeLength)}…`, { length, max: maxCodeLength });
      }
    }
  }

  /** A text cell; a quote put before `=`, `+`, `-`, `@`... against formula injection is dropped. */
  text(col: string): string | null {
    const s = unescapeText(cellText(this.raw(col)));
    return s === '' ? null : s;
  }

  required(col: string): string {
    const s = this.text(col);
    if (s === null) this.fail('IMPORT_MISSING_VALUE', col, null);
    return s ?? '';
  }

  date(col: string): IsoDate | null {
    const v = this.raw(col);
    const s = cellText(v);
    if (s === '') return null;
    const d = parseDateCell(typeof v === 'string' ? s : v);
    if (d === null) this.fail('IMPORT_BAD_DATE', col, s);
    return d;
  }

  requiredDate(col: string): IsoDate {
    if (cellText(this.raw(col)) === '') {
      this.fail('IMPORT_MISSING_VALUE', col, null);
      return '';
    }
    return this.date(col) ?? '';
  }

  choice<T extends string>(col: string, allowed: readonly T[], words: Record<string, T> = {}): T | null {
    const s = this.text(col);
    if (s === null) return null;
    const k = s.toLowerCase();
    const hit = (allowed as readonly string[]).includes(k) ? (k as T) : words[k];
    if (hit === undefined)
      this.fail('IMPORT_BAD_VALUE', col, s, { allowed: [...allowed, ...Object.keys(words)].join(', ') });
    return hit ?? null;
  }

  requiredChoice<T extends string>(col: string, allowed: readonly T[]): T {
    const v = this.choice(col, allowed);
    if (v === null && this.text(col) === null) this.fail('IMPORT_MISSING_VALUE', col, null);
    return v ?? allowed[0];
  }

  yesNo(col: string): boolean {
    const s = this.text(col);
    if (s === null) return false;
    const v = yesNoWords[s.toLowerCase()];
    if (v === undefined) this.fail('IMPORT_BAD_VALUE', col, s, { allowed: 'có, không, yes, no, 1, 0' });
    return v ?? false;
  }

  card(col: string): string | null {
    const v = this.raw(col);
    // A card typed as a number loses its trailing zeros (33.1 for 33.100000); put them back.
    const s = typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(6) : cellText(v);
    if (s === '') return null;
    if (!cardPattern.test(s))
      this.fail('IMPORT_BAD_NUMBER', col, s, {
        expected: this.sheet.issues.lang === 'vi' ? '8 chữ số, dạng NN.NNNNNN' : '8 digits, as NN.NNNNNN',
      });
    return s;
  }
}

type Builder = (c: RowCells) => void;

interface SheetState {
  name: SheetName;
  issues: IssueList;
  index: Map<string, number>;
  usable: boolean;
  rows: number;
}

/** Receives the rows of every sheet, header first, and builds the typed register. */
export class RegisterParser {
  readonly register = emptyRegister();
  readonly issues: IssueList;
  readonly partial: PartialCodes = { units: new Set(), orgs: new Set(), people: new Set() };
  private readonly sheets = new Map<string, SheetState | null>();
  private readonly builders: Record<SheetName, Builder>;

  constructor(
    lang: Lang,
    private readonly onProgress?: (message: string) => void,
  ) {
    this.issues = new IssueList(lang);
    const r = this.register;
    const keep = <T>(c: RowCells, list: T[], row: T, partial?: [Set<string>, string | null]) => {
      if (c.ok) list.push(row);
      else if (partial?.[1]) partial[0].add(partial[1]);
    };
    this.builders = {
      units: (c) =>
        keep(
          c,
          r.units,
          {
            row: c.row,
            code: c.required('code'),
            name: c.required('name'),
            level: c.requiredChoice('level', unitLevels),
            subtype: c.required('subtype'),
            parentCode: c.text('parent_code'),
            validFrom: c.date('valid_from'),
            validTo: c.date('valid_to'),
          },
          [this.partial.units, c.text('code')],
        ),
      unit_lineage: (c) =>
        keep(c, r.unit_lineage, {
          row: c.row,
          fromCode: c.required('from_code'),
          toCode: c.required('to_code'),
          on: c.requiredDate('on'),
          kind: c.requiredChoice('kind', lineageKinds),
          decision: c.text('decision'),
        }),
      party_orgs: (c) =>
        keep(
          c,
          r.party_orgs,
          {
            row: c.row,
            code: c.required('code'),
            name: c.required('name'),
            kind: c.requiredChoice('kind', orgKinds),
            parentCode: c.text('parent_code'),
            unitCode: c.text('unit_code'),
            validFrom: c.date('valid_from'),
            validTo: c.date('valid_to'),
          },
          [this.partial.orgs, c.text('code')],
        ),
      cell_villages: (c) =>
        keep(c, r.cell_villages, {
          row: c.row,
          cellCode: c.required('cell_code'),
          villageCode: c.required('village_code'),
          validFrom: c.date('valid_from'),
          validTo: c.date('valid_to'),
        }),
      people: (c) =>
        keep(
          c,
          r.people,
          {
            row: c.row,
            personCode: c.required('person_code'),
            fullName: c.required('full_name'),
            birthDate: c.date('birth_date'),
            gender: c.choice('gender', [], genderWords),
            ethnicity: c.text('ethnicity'),
            residenceVillageCode: c.text('residence_village_code'),
            communeOfficial: c.yesNo('commune_official'),
          },
          [this.partial.people, c.text('person_code')],
        ),
      memberships: (c) =>
        keep(c, r.memberships, {
          row: c.row,
          personCode: c.required('person_code'),
          cardNo: c.card('card_no'),
          admittedOn: c.requiredDate('admitted_on'),
          officialOn: c.date('official_on'),
          endedOn: c.date('ended_on'),
          endReason: c.choice('end_reason', endReasons),
        }),
      placements: (c) =>
        keep(c, r.placements, {
          row: c.row,
          personCode: c.required('person_code'),
          cellCode: c.required('cell_code'),
          villageCode: c.text('village_code'),
          validFrom: c.date('valid_from'),
          validTo: c.date('valid_to'),
          kind: c.requiredChoice('kind', placementKinds),
          reason: c.choice('reason', placementReasons),
        }),
      head_terms: (c) =>
        keep(c, r.head_terms, {
          row: c.row,
          villageCode: c.required('village_code'),
          personCode: c.required('person_code'),
          role: c.requiredChoice('role', headRoles),
          validFrom: c.date('valid_from'),
          validTo: c.date('valid_to'),
          how: c.choice('how', headHows),
        }),
      secretary_terms: (c) =>
        keep(c, r.secretary_terms, {
          row: c.row,
          cellCode: c.required('cell_code'),
          personCode: c.required('person_code'),
          validFrom: c.date('valid_from'),
          validTo: c.date('valid_to'),
        }),
    };
  }

  /**
   * One row of a sheet; the first row seen of a sheet is its header. `cells`
   * is indexed as the reader gives it (1-based for Excel, 0-based for CSV);
   * header and data rows of one sheet use the same indexing.
   */
  push(sheetName: string, rowNumber: number, cells: readonly unknown[]): void {
    let sheet = this.sheets.get(sheetName);
    if (sheet === undefined) {
      sheet = this.openSheet(sheetName, rowNumber, cells);
      this.sheets.set(sheetName, sheet);
      return;
    }
    if (sheet === null) return;
    let empty = true;
    for (const v of cells)
      if (v !== undefined && v !== null && cellText(v) !== '') {
        empty = false;
        break;
      }
    if (empty) return;
    sheet.rows++;
    if (sheet.rows % 50000 === 0) this.onProgress?.(`${sheet.name}: ${sheet.rows.toLocaleString('vi-VN')}`);
    const c = new RowCells(sheet, rowNumber, cells);
    if (sheet.usable) {
      c.checkStorable();
      this.builders[sheet.name](c);
    } else this.rememberPartial(sheet.name, c);
  }

  private openSheet(sheetName: string, rowNumber: number, cells: readonly unknown[]): SheetState | null {
    const name = sheetName.trim().normalize('NFC') as SheetName;
    if ((name as string) === guideSheet) return null;
    if (!sheetNames.includes(name)) {
      this.issues.warn('IMPORT_UNKNOWN_SHEET', { sheet: sheetName, row: null, column: null, value: sheetName });
      return null;
    }
    const index = new Map<string, number>();
    cells.forEach((v, i) => {
      const key = cellText(v).toLowerCase();
      if (key === '') return;
      if (!sheetColumns[name].includes(key) || index.has(key)) {
        this.issues.warn('IMPORT_EXTRA_COLUMN', { sheet: name, row: rowNumber, column: key, value: key });
      } else index.set(key, i);
    });
    let usable = true;
    for (const col of sheetColumns[name]) {
      if (!index.has(col)) {
        usable = false;
        this.issues.error('IMPORT_MISSING_COLUMN', { sheet: name, row: rowNumber, column: col, value: null });
      }
    }
    return { name, issues: this.issues, index, usable, rows: 0 };
  }

  /** A sheet that cannot be read still defines its codes, so other sheets do not cascade. */
  private rememberPartial(name: SheetName, c: RowCells): void {
    if (name === 'units') this.addPartial(this.partial.units, c.text('code'));
    if (name === 'party_orgs') this.addPartial(this.partial.orgs, c.text('code'));
    if (name === 'people') this.addPartial(this.partial.people, c.text('person_code'));
  }

  private addPartial(set: Set<string>, code: string | null): void {
    if (code) set.add(code);
  }

  /** The register, the issues found while reading, and the codes of dropped rows. */
  result(): ParseResult {
    return { register: this.register, issues: this.issues, partial: this.partial };
  }
}
