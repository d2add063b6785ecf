/**
 * Malformed register rows for the importer's fuzz test: every sheet of
 * docs/import-format.md, every kind of defect, each row broken on purpose and
 * remembered, so the test can demand that every one of them is reported.
 * The rows sit on top of the example register (example.register.ts), whose
 * codes they name, overlap and contradict.
 */
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { keyColumns } from '../src/modules/register/register.keys.js';
import { sheetColumns } from '../src/modules/imports/imports.parse.js';
import { sheetNames, type SheetName } from '../src/modules/register/register.schema.js';

/** A cell as a workbook may hold it. */
export type Cell =
  | string
  | number
  | boolean
  | Date
  | null
  | { formula: string; result?: unknown }
  | { richText: { text: string }[] }
  | { error: string };

export interface BrokenRow {
  sheet: SheetName;
  /** The row number as Excel shows it (header = 1). */
  row: number;
  kind: string;
  cells: Cell[];
  /** Columns the defect lives in: later variations leave them alone. */
  broken: string[];
  /** False where the file format cannot carry the defect (a NUL in a workbook). */
  reported?: boolean;
}

/** Every kind of defect; each sheet takes the kinds that apply to it, in turn. */
export const defectKinds = [
  'missingValue',
  'badDate',
  'absurdDate',
  'badNumber',
  'badEnum',
  'unknownCode',
  'wrongKind',
  'duplicate',
  'overlap',
  'range',
  'levelChanged',
  'parentLevel',
  'officialBeforeAdmitted',
  'outsideMembership',
  'nul',
  'hugeCode',
  'shortRow',
] as const;
type Kind = (typeof defectKinds)[number];

interface SheetSpec {
  /** A row that the import would take, with a fresh code where the sheet defines one. */
  template(i: number): Record<string, string>;
  required: string[];
  dates: string[];
  enums: string[];
  refs: string[];
  /** Free text, where odd but storable text goes. */
  text: string[];
  /** A code of the wrong kind for a reference column: [column, code]. */
  wrongKind?: [string, string];
  /** Cells that overlap a row of the example register. */
  overlap?: (i: number) => Record<string, string>;
  range?: [string, string];
  kinds: Kind[];
}

const day = (i: number) =>
  `20${String(21 + (i % 8)).padStart(2, '0')}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
const old = (i: number) => `19${String(90 + (i % 9))}-${String(1 + (i % 12)).padStart(2, '0')}-01`;

const specs: Record<SheetName, SheetSpec> = {
  units: {
    template: (i) => ({
      code: `FZU${i}`,
      name: 'Thôn Thử',
      level: 'village',
      subtype: 'Thôn',
      parent_code: 'X1',
      valid_from: day(i),
      valid_to: '',
    }),
    required: ['code', 'name', 'level', 'subtype', 'parent_code'],
    dates: ['valid_from', 'valid_to'],
    enums: ['level'],
    refs: ['parent_code'],
    text: ['name', 'subtype'],
    overlap: (i) => ({ code: 'VA', valid_from: old(i) }),
    range: ['valid_from', 'valid_to'],
    kinds: [
      'missingValue',
      'badDate',
      'absurdDate',
      'badEnum',
      'unknownCode',
      'duplicate',
      'overlap',
      'range',
      'levelChanged',
      'parentLevel',
      'nul',
      'hugeCode',
      'shortRow',
    ],
  },
  unit_lineage: {
    template: (i) => ({ from_code: 'VB', to_code: 'VA', on: day(i), kind: 'merge', decision: `QĐ ${i}` }),
    required: ['from_code', 'to_code', 'on', 'kind'],
    dates: ['on'],
    enums: ['kind'],
    refs: ['from_code', 'to_code'],
    text: ['decision'],
    kinds: [
      'missingValue',
      'badDate',
      'absurdDate',
      'badEnum',
      'unknownCode',
      'duplicate',
      'nul',
      'hugeCode',
      'shortRow',
    ],
  },
  party_orgs: {
    template: (i) => ({
      code: `FZO${i}`,
      name: 'Chi bộ Thử',
      kind: 'cell',
      parent_code: 'DB',
      unit_code: 'X1',
      valid_from: day(i),
      valid_to: '',
    }),
    required: ['code', 'name', 'kind'],
    dates: ['valid_from', 'valid_to'],
    enums: ['kind'],
    refs: ['parent_code', 'unit_code'],
    text: ['name'],
    wrongKind: ['parent_code', 'CA'],
    overlap: (i) => ({ code: 'CA', kind: 'cell', valid_from: old(i) }),
    range: ['valid_from', 'valid_to'],
    kinds: [
      'missingValue',
      'badDate',
      'absurdDate',
      'badEnum',
      'unknownCode',
      'wrongKind',
      'duplicate',
      'overlap',
      'range',
      'levelChanged',
      'nul',
      'hugeCode',
      'shortRow',
    ],
  },
  cell_villages: {
    template: (i) => ({ cell_code: 'CA', village_code: 'VB', valid_from: day(i), valid_to: '' }),
    required: ['cell_code', 'village_code'],
    dates: ['valid_from', 'valid_to'],
    enums: [],
    refs: ['cell_code', 'village_code'],
    text: [],
    wrongKind: ['village_code', 'X1'],
    overlap: (i) => ({ cell_code: 'CA', village_code: 'VA', valid_from: old(i) }),
    range: ['valid_from', 'valid_to'],
    kinds: [
      'missingValue',
      'badDate',
      'absurdDate',
      'unknownCode',
      'wrongKind',
      'duplicate',
      'overlap',
      'range',
      'nul',
      'hugeCode',
      'shortRow',
    ],
  },
  people: {
    template: (i) => ({
      person_code: `FZP${i}`,
      full_name: 'Nguyễn Văn Thử',
      birth_date: old(i),
      gender: 'nam',
      ethnicity: 'Kinh',
      residence_village_code: 'VA',
      commune_official: 'không',
    }),
    required: ['person_code', 'full_name'],
    dates: ['birth_date'],
    enums: ['gender', 'commune_official'],
    refs: ['residence_village_code'],
    text: ['full_name', 'ethnicity'],
    wrongKind: ['residence_village_code', 'X1'],
    kinds: [
      'missingValue',
      'badDate',
      'absurdDate',
      'badEnum',
      'unknownCode',
      'wrongKind',
      'duplicate',
      'nul',
      'hugeCode',
      'shortRow',
    ],
  },
  memberships: {
    template: (i) => ({
      person_code: 'N7',
      card_no: '',
      admitted_on: day(i),
      official_on: '',
      ended_on: '',
      end_reason: '',
    }),
    required: ['person_code', 'admitted_on'],
    dates: ['admitted_on', 'official_on', 'ended_on'],
    enums: ['end_reason'],
    refs: ['person_code'],
    text: [],
    overlap: (i) => ({ person_code: 'N1', admitted_on: day(i) }),
    range: ['admitted_on', 'ended_on'],
    kinds: [
      'missingValue',
      'badDate',
      'absurdDate',
      'badNumber',
      'badEnum',
      'unknownCode',
      'duplicate',
      'overlap',
      'range',
      'officialBeforeAdmitted',
      'nul',
      'hugeCode',
      'shortRow',
    ],
  },
  placements: {
    template: (i) => ({
      person_code: 'N1',
      cell_code: 'CA',
      village_code: 'VA',
      valid_from: day(i),
      valid_to: '',
      kind: 'temporary',
      reason: 'other',
    }),
    required: ['person_code', 'cell_code', 'kind'],
    dates: ['valid_from', 'valid_to'],
    enums: ['kind', 'reason'],
    refs: ['person_code', 'cell_code', 'village_code'],
    text: [],
    wrongKind: ['cell_code', 'DB'],
    overlap: (i) => ({ person_code: 'N2', cell_code: 'CBC', village_code: 'VB', kind: 'official', valid_from: day(i) }),
    range: ['valid_from', 'valid_to'],
    kinds: [
      'missingValue',
      'badDate',
      'absurdDate',
      'badEnum',
      'unknownCode',
      'wrongKind',
      'duplicate',
      'overlap',
      'range',
      'outsideMembership',
      'nul',
      'hugeCode',
      'shortRow',
    ],
  },
  head_terms: {
    template: (i) => ({
      village_code: 'VD',
      person_code: 'N2',
      role: 'deputy',
      valid_from: day(i),
      valid_to: '',
      how: 'interim',
    }),
    required: ['village_code', 'person_code', 'role'],
    dates: ['valid_from', 'valid_to'],
    enums: ['role', 'how'],
    refs: ['village_code', 'person_code'],
    text: [],
    wrongKind: ['village_code', 'X2'],
    overlap: (i) => ({ village_code: 'VA', person_code: 'N3', role: 'head', valid_from: day(i) }),
    range: ['valid_from', 'valid_to'],
    kinds: [
      'missingValue',
      'badDate',
      'absurdDate',
      'badEnum',
      'unknownCode',
      'wrongKind',
      'duplicate',
      'overlap',
      'range',
      'nul',
      'hugeCode',
      'shortRow',
    ],
  },
  secretary_terms: {
    template: (i) => ({ cell_code: 'CA', person_code: 'N3', valid_from: day(i), valid_to: '' }),
    required: ['cell_code', 'person_code'],
    dates: ['valid_from', 'valid_to'],
    enums: [],
    refs: ['cell_code', 'person_code'],
    text: [],
    wrongKind: ['cell_code', 'DB'],
    overlap: (i) => ({ cell_code: 'CA', person_code: 'N2', valid_from: day(i) }),
    range: ['valid_from', 'valid_to'],
    kinds: [
      'missingValue',
      'badDate',
      'absurdDate',
      'unknownCode',
      'wrongKind',
      'duplicate',
      'overlap',
      'range',
      'nul',
      'hugeCode',
      'shortRow',
    ],
  },
};

const badDates = [
  '31/02/2013',
  '2013-02-29',
  '2013-13-01',
  '00/00/0000',
  '0000-01-01',
  '0001-01-01',
  '-2013-01-01',
  '+2013-01-01',
  '99999-01-01',
  '2013/06/01',
  '20130601',
  '2013-06-01T00:00:00',
  'hôm qua',
  '1e5',
  '=TODAY()',
  '２０１３-０６-０１',
  '32/01/2013',
  '1/13/2013',
  '2013‐06‐01',
  'NaN',
  '-1',
];
/** Dates a cell can hold and the importer reads, but no register has: the absurd must still fail somewhere else in the row. */
const absurdDates = ['9999-12-31', '1000-01-01', '0100-02-28', '31/12/9999', '01/01/1000'];
const badEnums = [
  'hamlet',
  'thôn',
  'xyz',
  '2',
  '=1+1',
  'merge;split',
  'nam nữ',
  'maybe',
  'fired',
  'permanent',
  'chief',
  'appointed',
  '\u202ecell',
  'ＣＥＬＬ',
];
const badCards = [
  '33.00001A',
  '3300000',
  '33.0000001',
  '-33.000001',
  '33,000001',
  '３３.０００００１',
  '33.000 001',
  '=33',
  '1e20',
];
/** Odd text a cell may carry and the importer must store or refuse cleanly: formulas, controls, Unicode oddities, separators. */
export const oddities = [
  '=1+1',
  "=cmd|' /C calc'!A0",
  '+SUM(1,2)',
  '-2+3',
  '@A1',
  "'=1+1",
  "''=x",
  '\t=1',
  '\u0007\u001b[31mđỏ',
  '\u0001\u0002',
  'dòng 1\r\ndòng 2',
  'a\rb',
  '\u202eđảo ngược',
  'zero\u200bwidth',
  'Tho\u0302n D\u0301',
  '👨‍👩‍👧 gia đình',
  '\ufeffBOM',
  '\ufffd',
  '"trong, ngoặc"',
  'a;b;c',
  '  khoảng trắng  ',
  'Ǆ ǅ ǆ',
  'İı',
  '\u0085next line',
  '\u2028sep',
  '<script>alert(1)</script>',
  "'; drop table people; --",
];

/** Random choices of one row, drawn by fast-check from the run's seed. */
const choices = fc.record({
  pick: fc.nat(),
  badDate: fc.constantFrom(...badDates),
  absurdDate: fc.constantFrom(...absurdDates),
  badEnum: fc.constantFrom(...badEnums),
  badCard: fc.constantFrom(...badCards),
  odd: fc.option(fc.constantFrom(...oddities), { freq: 2, nil: undefined }),
  hugeLength: fc.integer({ min: 50, max: 20_000 }),
});
type Choices = typeof choices extends fc.Arbitrary<infer T> ? T : never;

/** `count` broken rows over every sheet, each sheet's kinds in turn; rows are numbered per sheet from 2. */
export function brokenRows(count: number, seed: number): BrokenRow[] {
  const drawn = fc.sample(choices, { seed, numRuns: count });
  const last = new Map<SheetName, BrokenRow>();
  const next = new Map<SheetName, number>(sheetNames.map((s) => [s, 2]));
  return drawn.map((c, i) => {
    const sheet = sheetNames[i % sheetNames.length];
    const spec = specs[sheet];
    const kind = spec.kinds[Math.floor(i / sheetNames.length) % spec.kinds.length];
    const row = next.get(sheet)!;
    next.set(sheet, row + 1);
    const b = breakRow(sheet, spec, kind, i, c, last.get(sheet));
    const broken: BrokenRow = {
      sheet,
      row,
      kind,
      cells: sheetColumns[sheet].map((k) => b.values[k] ?? ''),
      broken: b.broken,
    };
    last.set(sheet, broken);
    return broken;
  });
}

function breakRow(
  sheet: SheetName,
  spec: SheetSpec,
  kind: Kind,
  i: number,
  c: Choices,
  previous: BrokenRow | undefined,
): { values: Record<string, string>; broken: string[] } {
  const v = spec.template(i);
  const pick = <T>(list: readonly T[]) => list[c.pick % list.length];
  let broken: string[] = [];
  const set = (col: string, value: string) => {
    v[col] = value;
    broken.push(col);
  };
  switch (kind) {
    case 'missingValue':
      set(pick(spec.required), '');
      break;
    case 'badDate':
      set(pick(spec.dates), c.badDate);
      break;
    case 'absurdDate':
      // readable, so the row fails on an unknown reference instead
      set(pick(spec.dates), c.absurdDate);
      set(pick(spec.refs), `NOPE${i}`);
      break;
    case 'badNumber':
      set('card_no', c.badCard);
      break;
    case 'badEnum':
      set(pick(spec.enums), c.badEnum);
      break;
    case 'unknownCode':
      set(pick(spec.refs), pick([`NOPE${i}`, 'va', ' X9', 'P.1', `${pick(['VA', 'CA', 'N1'])}\u200b`]));
      break;
    case 'wrongKind':
      set(spec.wrongKind![0], spec.wrongKind![1]);
      break;
    case 'duplicate':
      if (previous && previous.kind !== 'shortRow') {
        for (const [j, k] of sheetColumns[sheet].entries()) v[k] = String(previous.cells[j] ?? '');
        broken = [...sheetColumns[sheet]];
      } else set(pick(spec.required), '');
      break;
    case 'overlap':
      for (const [k, x] of Object.entries(spec.overlap!(i))) set(k, x);
      break;
    case 'range': {
      const [from, to] = spec.range!;
      set(from, day(i));
      set(to, pick([day(i), old(i)]));
      break;
    }
    case 'levelChanged':
      set('code', sheet === 'units' ? 'VA' : 'CA');
      set(sheet === 'units' ? 'level' : 'kind', sheet === 'units' ? 'commune' : 'committee');
      break;
    case 'parentLevel':
      // a village under a province, or a commune under a commune
      if (c.pick % 2 === 0) set('parent_code', 'P');
      else {
        set('level', 'commune');
        set('parent_code', 'X2');
      }
      break;
    case 'officialBeforeAdmitted':
      set('admitted_on', day(i));
      set('official_on', old(i));
      break;
    case 'outsideMembership':
      // N5 is a member from 2011 on, and no row of the memberships sheet names N5
      set('person_code', 'N5');
      set('kind', 'official');
      set('valid_from', old(i));
      set('valid_to', '2000-01-01');
      break;
    case 'nul': {
      const col = pick(sheetColumns[sheet]);
      set(col, `${v[col] || 'x'}${pick(['\u0000', '\u0000\u0000', 'a\u0000b'])}`);
      break;
    }
    case 'hugeCode': {
      const col = pick([...spec.refs, ...keyColumns[sheet].filter((k) => k.endsWith('code'))]);
      set(col, `${v[col] || 'C'}${'ĐxY'.repeat(Math.ceil(c.hugeLength / 3))}`);
      break;
    }
    case 'shortRow':
      // the row stops before its required cells
      for (const k of sheetColumns[sheet].slice(1)) set(k, '');
      break;
  }
  const free = spec.text.filter((t) => !broken.includes(t));
  if (c.odd !== undefined && free.length > 0) {
    const col = pick(free);
    v[col] = `${v[col]} ${c.odd}`;
  }
  return { values: v, broken };
}

/** Sheet -> rows of cells, header first. */
export type Tables = Record<string, Cell[][]>;

export function tablesOf(rows: BrokenRow[]): Tables {
  const t: Tables = Object.fromEntries(sheetNames.map((s) => [s, [[...sheetColumns[s]]]]));
  for (const r of rows) t[r.sheet][r.row - 1] = r.cells;
  return t;
}

/**
 * The same rows as a workbook may hold them: dates as date cells or serial
 * numbers, text as rich text or as a formula with its cached result. Only
 * cells outside the defect and the row's key change, and only to something
 * that reads back the same.
 */
export function asWorkbookCells(rows: BrokenRow[], seed: number): BrokenRow[] {
  const flips = fc.sample(fc.tuple(fc.nat(9), fc.nat()), { seed, numRuns: rows.length });
  return rows.map((r, i) => {
    // A workbook cannot hold a NUL: Excel writes it as _x0000_, which the reader keeps as text.
    if (r.kind === 'nul')
      return {
        ...r,
        cells: r.cells.map((c) => (typeof c === 'string' ? c.replace(/\u0000/g, '_x0000_') : c)),
        reported: false,
      };
    const [how, which] = flips[i];
    const cols = sheetColumns[r.sheet]
      .map((k, j) => [k, j] as const)
      .filter(([k]) => !r.broken.includes(k) && !keyColumns[r.sheet].includes(k));
    if (cols.length === 0) return r;
    const [, j] = cols[which % cols.length];
    const value = r.cells[j];
    if (typeof value !== 'string' || value === '') return r;
    const cells = [...r.cells];
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (iso && how < 5)
      cells[j] =
        how < 3
          ? new Date(Date.UTC(+iso[1], +iso[2] - 1, +iso[3]))
          : Math.round((Date.UTC(+iso[1], +iso[2] - 1, +iso[3]) - Date.UTC(1899, 11, 30)) / 86400000);
    else if (how < 7) cells[j] = { richText: [{ text: value.slice(0, 1) }, { text: value.slice(1) }] };
    else cells[j] = { formula: `"${value.replace(/"/g, '""')}"`, result: value };
    return { ...r, cells };
  });
}

/** A CSV field, quoted whenever it holds a separator, a quote, a line break or edge spaces. */
function csvField(c: Cell): string {
  const s =
    c === null
      ? ''
      : typeof c === 'object' && !(c instanceof Date)
        ? JSON.stringify(c)
        : c instanceof Date
          ? c.toISOString().slice(0, 10)
          : String(c);
  return /[",;\t\r\n\u0085\u2028\u2029]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Writes tables as `<sheet>.csv` files (UTF-8 with a BOM, CRLF) into `dir`. */
export function writeCsv(t: Tables, dir: string): string {
  for (const [sheet, rows] of Object.entries(t)) {
    writeFileSync(
      join(dir, `${sheet}.csv`),
      `\uFEFF${rows.map((r) => (r ?? []).map(csvField).join(',')).join('\r\n')}\r\n`,
    );
  }
  return dir;
}

/** Control characters as a workbook stores them (`_x0007_`); exceljs would drop them, its reader decodes the escape. */
const ooxmlText = (c: Cell) =>
  typeof c === 'string'
    ? c.replace(
        /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g,
        (x) => `_x${x.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
      )
    : c;

/** Writes tables as an .xlsx workbook; date cells get a date format. */
export async function writeXlsx(t: Tables, file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(t)) {
    const ws = wb.addWorksheet(sheet);
    for (const r of rows) {
      const added = ws.addRow(
        (r ?? []).map((c) => (c === null || c === '' ? undefined : ooxmlText(c))) as ExcelJS.CellValue[],
      );
      (r ?? []).forEach((c, i) => {
        if (c instanceof Date) added.getCell(i + 1).numFmt = 'dd/mm/yyyy';
      });
    }
  }
  await wb.xlsx.writeFile(file);
  return file;
}
