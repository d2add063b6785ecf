/**
 * The importer against malformed input: 10,000 broken rows over every sheet
 * and every kind of defect (fuzz-rows.ts), as CSV files and as a workbook;
 * sheets without their columns; files that are not what they claim; single
 * rows of odd but storable text. Nothing may throw but an AppError with a
 * registered code; every issue carries a registered code and names its sheet,
 * row and column; every broken row is reported; a refused import leaves the
 * database exactly as it was.
 */
import fc from 'fast-check';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sheetColumns } from '../src/modules/imports/imports.parse.js';
import type { ImportIssue, ImportSummary } from '../src/modules/register/register.schema.js';
import { formatIssue, importPath, writeWorkbook } from '../src/modules/imports/imports.service.js';
import { tempDir } from './support/imports/testkit.js';
import { exampleRegister } from './support/indicators/example.register.js';
import type { Database } from '../src/platform/db.js';
import { AppError, errorRegistry } from '../src/modules/errors.js';
import { testActor } from './actor.js';
import { engines } from './db.js';
import {
  asWorkbookCells,
  brokenRows,
  oddities,
  tablesOf,
  writeCsv,
  writeXlsx,
  type BrokenRow,
  type Tables,
} from './fuzz-rows.js';
import { changedTables, exampleDatabase, fingerprint, fuzzSeed, isRegistered } from './fuzz-support.js';

const rowCount = 10_000;
const rows = brokenRows(rowCount, fuzzSeed);

/** The codes a run over every kind of defect must reach: each is a check of docs/import-format.md. */
const expectedCodes = [
  'IMPORT_MISSING_VALUE',
  'IMPORT_BAD_DATE',
  'IMPORT_BAD_NUMBER',
  'IMPORT_BAD_VALUE',
  'IMPORT_UNKNOWN_CODE',
  'IMPORT_WRONG_KIND',
  'IMPORT_DUPLICATE_ROW',
  'IMPORT_OVERLAP',
  'IMPORT_RANGE',
  'IMPORT_LEVEL_CHANGED',
  'IMPORT_PARENT_LEVEL',
  'IMPORT_VILLAGE_PARENT_NOT_COMMUNE',
  'IMPORT_OFFICIAL_BEFORE_ADMITTED',
  'IMPORT_PLACEMENT_OUTSIDE_MEMBERSHIP',
  'IMPORT_TWO_HEADS',
  'IMPORT_TWO_OFFICIAL_PLACEMENTS',
  'IMPORT_BAD_CHARACTER',
  'IMPORT_TOO_LONG',
];

/** Every issue: a registered import code, a message with its placeholders filled, and its place as a user finds it in Excel. */
function expectLocated(issue: ImportIssue): void {
  const where = JSON.stringify({ ...issue, value: issue.value?.slice(0, 80), message: issue.message.slice(0, 200) });
  expect(isRegistered(issue.code) && issue.code.startsWith('IMPORT_'), `unregistered code: ${where}`).toBe(true);
  const template = errorRegistry[issue.code as keyof typeof errorRegistry];
  for (const p of `${template.vi} ${template.en}`.match(/\{\w+\}/g) ?? [])
    expect(issue.message, `${p} unfilled: ${where}`).not.toContain(p);
  expect(issue.sheet, where).toBeTruthy();
  const line = formatIssue(issue, 'vi');
  expect(line, where).toContain(`Trang tính ${issue.sheet}`);
  if (issue.severity === 'error') {
    expect(Number.isInteger(issue.row) && issue.row! >= 1, `an error without its row: ${where}`).toBe(true);
    expect(issue.column, `an error without its column: ${where}`).toBeTruthy();
    expect(line).toContain(`Dòng ${issue.row}`);
    expect(line).toContain(`Cột ${issue.column}`);
  }
}

/** A zip whose central directory declares one entry 5 bytes smaller than it inflates to. */
function understate(zip: Buffer, entry: string): Buffer {
  const out = Buffer.from(zip);
  for (let i = out.length - 46; i >= 0; i--) {
    if (out.readUInt32LE(i) !== 0x02014b50) continue;
    const nameLength = out.readUInt16LE(i + 28);
    if (out.toString('utf8', i + 46, i + 46 + nameLength) !== entry) continue;
    out.writeUInt32LE(out.readUInt32LE(i + 24) - 5, i + 24);
    return out;
  }
  throw new Error(`no entry ${entry}`);
}

/** The rows that no error names. */
function unreported(summary: ImportSummary, broken: BrokenRow[]): string[] {
  const named = new Set(summary.errors.map((e) => `${e.sheet}:${e.row}`));
  return broken
    .filter((r) => r.reported !== false && !named.has(`${r.sheet}:${r.row}`))
    .map((r) => `${r.sheet} row ${r.row} (${r.kind}): ${JSON.stringify(r.cells).slice(0, 200)}`);
}

describe.each(engines)('the importer against malformed input on %s', (engine) => {
  let database: Database;
  const tmp = tempDir();

  beforeAll(async () => {
    database = await exampleDatabase(engine);
  });
  afterAll(async () => {
    await database?.close();
    tmp.cleanup();
  });

  /**
   * Imports a path: it either throws an AppError with a registered code or
   * answers a summary whose issues are all located; when anything is wrong,
   * nothing at all is written.
   */
  async function importChecked(path: string): Promise<{ summary?: ImportSummary; thrown?: AppError }> {
    const before = await fingerprint(database.db);
    let summary: ImportSummary;
    try {
      summary = await importPath(database.db, path, { actor: testActor });
    } catch (e) {
      if (!(e instanceof AppError)) throw new Error(`${path}: the import threw ${String(e).slice(0, 300)}`);
      expect(isRegistered(e.code)).toBe(true);
      expect(e.toJSON('vi').error.messages.vi.length).toBeGreaterThan(10);
      expect(changedTables(before, await fingerprint(database.db)), `${path}: a failed import wrote`).toEqual([]);
      return { thrown: e };
    }
    for (const issue of [...summary.errors, ...summary.warnings]) expectLocated(issue);
    if (summary.errors.length > 0) {
      expect(Object.values(summary.changes).every((c) => c.inserted + c.updated === 0)).toBe(true);
      expect(changedTables(before, await fingerprint(database.db)), `${path}: a rejected import wrote`).toEqual([]);
    }
    return { summary };
  }

  it(`${rowCount.toLocaleString('en')} malformed rows as CSV files: every row reported, nothing written`, async () => {
    const dir = join(tmp.dir, 'rows-csv');
    mkdirSync(dir);
    const { summary, thrown } = await importChecked(writeCsv(tablesOf(rows), dir));
    expect(thrown).toBeUndefined();
    expect(unreported(summary!, rows).slice(0, 20)).toEqual([]);
    const codes = new Set(summary!.errors.map((e) => e.code));
    expect(expectedCodes.filter((c) => !codes.has(c))).toEqual([]);
  });

  it(`${rowCount.toLocaleString('en')} malformed rows in a workbook, with date, serial, rich text and formula cells: every row reported, nothing written`, async () => {
    const cells = asWorkbookCells(rows, fuzzSeed);
    const { summary, thrown } = await importChecked(await writeXlsx(tablesOf(cells), join(tmp.dir, 'rows.xlsx')));
    expect(thrown).toBeUndefined();
    expect(unreported(summary!, cells).slice(0, 20)).toEqual([]);
    const codes = new Set(summary!.errors.map((e) => e.code));
    expect(expectedCodes.filter((c) => !codes.has(c))).toEqual(['IMPORT_BAD_CHARACTER']);
  });

  it('sheets without one of their columns, with a column twice, without a header, or unknown: reported, nothing written', async () => {
    const t: Tables = tablesOf(rows.slice(0, 900));
    let n = 0;
    for (const [sheet, cols] of Object.entries(sheetColumns)) {
      const drop = n++ % cols.length;
      t[sheet] = t[sheet].map((r) => r.filter((_c, i) => i !== drop));
    }
    const dir = join(tmp.dir, 'columns');
    mkdirSync(dir);
    writeCsv(
      {
        ...t,
        'Sheet 1': [
          ['a', 'b'],
          ['1', '2'],
        ],
        'people ': [],
      },
      dir,
    );
    writeFileSync(join(dir, 'units.csv'), '\uFEFF\r\n\r\n');
    const { summary } = await importChecked(dir);
    const missing = summary!.errors.filter((e) => e.code === 'IMPORT_MISSING_COLUMN').map((e) => e.sheet);
    expect(new Set(missing)).toEqual(new Set(Object.keys(sheetColumns)));
  });

  it('files that are not what they claim (random bytes, truncated or corrupted workbooks, broken CSV): a registered error, nothing written', async () => {
    const good = join(tmp.dir, 'good.xlsx');
    await writeWorkbook(exampleRegister(), good);
    const workbook = readFileSync(good);
    const file = fc.oneof(
      fc
        .uint8Array({ maxLength: 4096 })
        .map((b) => ({ kind: 'garbage', name: 'register.xlsx', bytes: Buffer.from(b) })),
      fc
        .nat(workbook.length - 1)
        .map((cut) => ({ kind: 'garbage', name: 'register.xlsx', bytes: workbook.subarray(0, cut) })),
      fc.array(fc.tuple(fc.nat(workbook.length - 1), fc.nat(255)), { minLength: 1, maxLength: 8 }).map((flips) => {
        const bytes = Buffer.from(workbook);
        for (const [at, b] of flips) bytes[at] = b;
        return { kind: 'flipped', name: 'register.xlsx', bytes };
      }),
      fc
        .oneof(
          fc.uint8Array({ minLength: 1, maxLength: 2048 }).map((b) => Buffer.from(b)),
          fc
            .constantFrom(
              '"unclosed,quote\r\nx',
              '\xff\xfe\x00p\x00e',
              'person_code\u0000,full_name\r\nA,B',
              '\uFEFF',
              'a,"b""c',
              'person_code;full_name\r\n"x";"y"z',
            )
            .map((s) => Buffer.from(s, 'latin1')),
        )
        .map((bytes) => ({ kind: 'garbage', name: 'people.csv', bytes })),
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(file, async ({ kind, name, bytes }) => {
        const dir = join(tmp.dir, `file-${run++}`);
        mkdirSync(dir);
        writeFileSync(join(dir, name), bytes);
        const before = await fingerprint(database.db);
        const { summary, thrown } = await importChecked(name.endsWith('.csv') ? dir : join(dir, name));
        const changed = changedTables(before, await fingerprint(database.db));
        if (thrown) expect(thrown.code).toMatch(/^(IMPORT_|ARCHIVE_)/);
        // garbage is refused, by an error of reading or of its rows, and writes nothing
        if (kind === 'garbage') {
          expect(
            thrown !== undefined || summary!.errors.length > 0,
            `${name} of ${bytes.length} bytes went through`,
          ).toBe(true);
          expect(changed).toEqual([]);
        }
        // a damaged workbook that still reads writes only what its summary says it does
        const written = summary ? Object.values(summary.changes).reduce((n, c) => n + c.inserted + c.updated, 0) : 0;
        if (written === 0) expect(changed).toEqual([]);
        else expect(changed.length).toBeGreaterThan(0);
      }),
      { seed: fuzzSeed, numRuns: 60 },
    );
  });

  // What the fuzzer found: each used to throw a raw database error mid-import, or let an overlap through.
  it.each([
    ['a NUL in a code', 'people', ['FZ\u0000N', 'Tên', '', '', '', '', ''], 'IMPORT_BAD_CHARACTER', 'person_code'],
    [
      'a NUL in a name',
      'units',
      ['FZV', 'Thôn\u0000', 'village', 'Thôn', 'X1', '', ''],
      'IMPORT_BAD_CHARACTER',
      'name',
    ],
    [
      'a code longer than the index can hold',
      'people',
      [`FZ${'ĐxY'.repeat(3000)}`, 'Tên', '', '', '', '', ''],
      'IMPORT_TOO_LONG',
      'person_code',
    ],
    [
      'a parent code of 41 characters',
      'units',
      ['FZW', 'Thôn', 'village', 'Thôn', 'X'.repeat(41), '', ''],
      'IMPORT_TOO_LONG',
      'parent_code',
    ],
    [
      'a version from 9999-12-31 beside an open one',
      'units',
      ['VA', 'Thôn A', 'village', 'Thôn', 'X1', '9999-12-31', ''],
      'IMPORT_OVERLAP',
      'valid_from',
    ],
    [
      'a membership from 9999-12-31 beside an open one',
      'memberships',
      ['N1', '', '9999-12-31', '', '', ''],
      'IMPORT_OVERLAP',
      'admitted_on',
    ],
  ] as const)('reports %s as an error of its cell, and writes nothing', async (_what, sheet, cells, code, column) => {
    const dir = join(tmp.dir, `regression-${code}-${column}-${sheet}`);
    mkdirSync(dir, { recursive: true });
    writeCsv({ [sheet]: [[...sheetColumns[sheet]], [...cells]] }, dir);
    const { summary, thrown } = await importChecked(dir);
    expect(thrown).toBeUndefined();
    expect(summary!.errors).toMatchObject([{ code, sheet, row: 2, column }]);
  });

  it.each(
    [
      ['xl/workbook.xml'],
      ['xl/sharedStrings.xml'],
      ['xl/worksheets/sheet1.xml'],
      ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml'],
    ].map((e) => [e.join(' and '), e] as const),
  )(
    'refuses a workbook whose directory understates the size of %s with ARCHIVE_TOO_LARGE, where an error used to escape the import as an uncaught exception',
    async (_names, entries) => {
      const file = join(tmp.dir, `understated-${entries.join('-').replace(/\W/g, '_')}.xlsx`);
      await writeWorkbook(exampleRegister(), file);
      writeFileSync(
        file,
        entries.reduce<Buffer>((zip, entry) => understate(zip, entry), readFileSync(file)),
      );
      const escaped: unknown[] = [];
      const listener = (e: unknown) => escaped.push(e);
      process.on('uncaughtException', listener);
      try {
        const { thrown } = await importChecked(file);
        expect(thrown?.code).toBe('ARCHIVE_TOO_LARGE');
        await new Promise((resolve) => setTimeout(resolve, 100));
      } finally {
        process.off('uncaughtException', listener);
      }
      expect(escaped).toEqual([]);
    },
  );

  it('one new row of odd but storable text at a time: stored exactly as given (a second import changes nothing), or refused cleanly', async () => {
    const odd = fc.oneof(
      fc.constantFrom(...oddities),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
      fc.integer({ min: 1000, max: 30_000 }).map((n) => 'Đ'.repeat(n)),
    );
    const dates = fc.constantFrom('', '9999-12-31', '1000-01-01', '0100-01-01', '2012-02-29', '29/02/2012');
    const table = fc.oneof(
      fc
        .tuple(odd, odd, dates)
        .map(([name, subtype, from]) => ['units', ['FZX', name, 'village', subtype, 'X1', from, '']] as const),
      fc.tuple(odd, dates).map(([name, from]) => ['party_orgs', ['FZC', name, 'cell', 'DB', 'X1', from, '']] as const),
      fc
        .tuple(odd, odd, dates)
        .map(([name, ethnicity, birth]) => ['people', ['FZN', name, birth, 'nữ', ethnicity, 'VA', 'có']] as const),
      fc
        .tuple(odd, dates)
        .map(([decision, on]) => ['unit_lineage', ['VC', 'VB', on || '2015-01-01', 'merge', decision]] as const),
      odd.map((code) => ['people', [code, 'Tên', '', '', '', '', '']] as const),
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(table, async ([sheet, cells]) => {
        const dir = join(tmp.dir, `odd-${run++}`);
        mkdirSync(dir);
        writeCsv({ [sheet]: [[...sheetColumns[sheet]], [...cells]] }, dir);
        const first = await importChecked(dir);
        if (first.thrown || first.summary!.errors.length > 0) return;
        const again = await importChecked(dir);
        expect(again.summary!.errors).toEqual([]);
        expect(
          Object.values(again.summary!.changes).every((c) => c.inserted + c.updated === 0),
          JSON.stringify(again.summary!.changes),
        ).toBe(true);
      }),
      { seed: fuzzSeed, numRuns: 40 },
    );
  });
});
