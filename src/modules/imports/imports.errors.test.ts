/**
 * One malformed file per error kind of docs/import-format.md: the exact error
 * (code, sheet, row, column, value) is reported and the database is unchanged.
 * Each file is the stored sample plus a new person P9 and one defect, so an
 * import that wrongly went through would change the row counts.
 */
import { testActor } from '../../../test/actor.js';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, engines } from '../../../test/db.js';
import type { Database } from '../../platform/db.js';
import { sampleRegister } from '../../../test/support/imports/fixture.js';
import { importPath } from './imports.service.js';
import { importRegister } from '../register/register.service.js';
import {
  setCell,
  tableCounts,
  tablesOf,
  tempDir,
  writeCsvTables,
  writeXlsxTables,
  type Tables,
} from '../../../test/support/imports/testkit.js';

interface Expected {
  code: string;
  sheet: string;
  row: number | null;
  column: string | null;
  value: string | null;
}

interface Case {
  name: string;
  format: 'xlsx' | 'csv';
  break: (t: Tables) => void;
  errors: Expected[];
}

const cases: Case[] = [
  {
    name: 'unknown code referenced',
    format: 'xlsx',
    break: (t) => setCell(t, 'placements', 4, 'cell_code', 'CB9'),
    errors: [{ code: 'IMPORT_UNKNOWN_CODE', sheet: 'placements', row: 4, column: 'cell_code', value: 'CB9' }],
  },
  {
    name: 'code of the wrong kind (a committee as a cell)',
    format: 'csv',
    break: (t) => setCell(t, 'placements', 2, 'cell_code', 'DB1'),
    errors: [{ code: 'IMPORT_WRONG_KIND', sheet: 'placements', row: 2, column: 'cell_code', value: 'DB1' }],
  },
  {
    name: 'duplicate row',
    format: 'csv',
    break: (t) => t.people.push([...t.people[2]]),
    errors: [{ code: 'IMPORT_DUPLICATE_ROW', sheet: 'people', row: 7, column: 'person_code', value: 'P2' }],
  },
  {
    name: 'overlapping versions of a unit',
    format: 'xlsx',
    break: (t) => t.units.push(['33V1', 'Thôn Đông mới', 'village', 'Thôn', '33C1', '2015-01-01', null]),
    errors: [{ code: 'IMPORT_OVERLAP', sheet: 'units', row: 9, column: 'valid_from', value: '2015-01-01' }],
  },
  {
    name: 'overlapping versions of a party org',
    format: 'csv',
    break: (t) => t.party_orgs.push(['CB1', 'Chi bộ Đông 2', 'cell', 'DB1', '33V1', '2007-01-01', '2009-01-01']),
    errors: [{ code: 'IMPORT_OVERLAP', sheet: 'party_orgs', row: 5, column: 'valid_from', value: '2007-01-01' }],
  },
  {
    name: 'valid_to not after valid_from',
    format: 'xlsx',
    break: (t) => {
      setCell(t, 'cell_villages', 4, 'valid_to', '2008-01-01');
      setCell(t, 'memberships', 4, 'ended_on', '2014-12-31');
    },
    errors: [
      { code: 'IMPORT_RANGE', sheet: 'cell_villages', row: 4, column: 'valid_to', value: '2008-01-01' },
      { code: 'IMPORT_RANGE', sheet: 'memberships', row: 4, column: 'ended_on', value: '2014-12-31' },
    ],
  },
  {
    name: 'official_on before admitted_on',
    format: 'csv',
    break: (t) => setCell(t, 'memberships', 3, 'official_on', '2011-05-01'),
    errors: [
      {
        code: 'IMPORT_OFFICIAL_BEFORE_ADMITTED',
        sheet: 'memberships',
        row: 3,
        column: 'official_on',
        value: '2011-05-01',
      },
    ],
  },
  {
    name: 'placement outside every membership',
    format: 'xlsx',
    break: (t) => {
      setCell(t, 'placements', 6, 'valid_to', '2021-01-01');
      t.placements.push(['P4', 'CB1', '33V1', '2015-01-01', null, 'official', 'admission']);
    },
    errors: [
      {
        code: 'IMPORT_PLACEMENT_OUTSIDE_MEMBERSHIP',
        sheet: 'placements',
        row: 6,
        column: 'valid_to',
        value: '2021-01-01',
      },
      {
        code: 'IMPORT_PLACEMENT_OUTSIDE_MEMBERSHIP',
        sheet: 'placements',
        row: 8,
        column: 'valid_from',
        value: '2015-01-01',
      },
    ],
  },
  {
    name: 'village whose parent is not a commune',
    format: 'csv',
    break: (t) => setCell(t, 'units', 7, 'parent_code', '33D1'),
    errors: [
      { code: 'IMPORT_VILLAGE_PARENT_NOT_COMMUNE', sheet: 'units', row: 7, column: 'parent_code', value: '33D1' },
    ],
  },
  {
    name: 'unit whose parent is not of a higher level',
    format: 'xlsx',
    break: (t) => setCell(t, 'units', 3, 'parent_code', '33C1'),
    errors: [{ code: 'IMPORT_PARENT_LEVEL', sheet: 'units', row: 3, column: 'parent_code', value: '33C1' }],
  },
  {
    name: 'level that differs between versions of one code',
    format: 'csv',
    break: (t) => setCell(t, 'units', 8, 'level', 'commune'),
    errors: [{ code: 'IMPORT_LEVEL_CHANGED', sheet: 'units', row: 8, column: 'level', value: 'commune' }],
  },
  {
    name: 'two heads in office at once',
    format: 'xlsx',
    break: (t) => t.head_terms.push(['33V2', 'P4', 'head', '2018-01-01', null, 'elected']),
    errors: [{ code: 'IMPORT_TWO_HEADS', sheet: 'head_terms', row: 6, column: 'valid_from', value: '2018-01-01' }],
  },
  {
    name: 'two secretaries of one cell at once',
    format: 'csv',
    break: (t) => t.secretary_terms.push(['CB1', 'P2', '2015-01-01', null]),
    errors: [{ code: 'IMPORT_OVERLAP', sheet: 'secretary_terms', row: 3, column: 'valid_from', value: '2015-01-01' }],
  },
  {
    name: 'two official placements of one person at once',
    format: 'xlsx',
    break: (t) => t.placements.push(['P1', 'CB2', '33V2', '2010-01-01', '2011-01-01', 'official', 'transfer']),
    errors: [
      {
        code: 'IMPORT_TWO_OFFICIAL_PLACEMENTS',
        sheet: 'placements',
        row: 8,
        column: 'valid_from',
        value: '2010-01-01',
      },
    ],
  },
  {
    name: 'unreadable date',
    format: 'csv',
    break: (t) => setCell(t, 'people', 3, 'birth_date', '31/02/1990'),
    errors: [{ code: 'IMPORT_BAD_DATE', sheet: 'people', row: 3, column: 'birth_date', value: '31/02/1990' }],
  },
  {
    name: 'unreadable number',
    format: 'xlsx',
    break: (t) => setCell(t, 'memberships', 2, 'card_no', '33.00001A'),
    errors: [{ code: 'IMPORT_BAD_NUMBER', sheet: 'memberships', row: 2, column: 'card_no', value: '33.00001A' }],
  },
  {
    name: 'value outside its list',
    format: 'csv',
    break: (t) => {
      setCell(t, 'people', 4, 'gender', 'khác');
      setCell(t, 'head_terms', 5, 'how', 'appointed');
    },
    errors: [
      { code: 'IMPORT_BAD_VALUE', sheet: 'people', row: 4, column: 'gender', value: 'khác' },
      { code: 'IMPORT_BAD_VALUE', sheet: 'head_terms', row: 5, column: 'how', value: 'appointed' },
    ],
  },
  {
    name: 'missing value',
    format: 'xlsx',
    break: (t) => setCell(t, 'people', 2, 'full_name', null),
    errors: [{ code: 'IMPORT_MISSING_VALUE', sheet: 'people', row: 2, column: 'full_name', value: null }],
  },
  {
    name: 'missing column',
    format: 'csv',
    break: (t) => {
      const i = t.placements[0].indexOf('valid_to');
      for (const r of t.placements) r.splice(i, 1);
    },
    errors: [{ code: 'IMPORT_MISSING_COLUMN', sheet: 'placements', row: 1, column: 'valid_to', value: null }],
  },
  {
    name: 'several errors at once',
    format: 'xlsx',
    break: (t) => {
      setCell(t, 'people', 3, 'birth_date', 'hôm qua');
      setCell(t, 'placements', 4, 'cell_code', 'CB9');
      t.head_terms.push(['33V2', 'P4', 'head', '2018-01-01', null, 'elected']);
    },
    errors: [
      { code: 'IMPORT_BAD_DATE', sheet: 'people', row: 3, column: 'birth_date', value: 'hôm qua' },
      { code: 'IMPORT_UNKNOWN_CODE', sheet: 'placements', row: 4, column: 'cell_code', value: 'CB9' },
      { code: 'IMPORT_TWO_HEADS', sheet: 'head_terms', row: 6, column: 'valid_from', value: '2018-01-01' },
    ],
  },
];

const located = (e: Expected) => ({ code: e.code, sheet: e.sheet, row: e.row, column: e.column, value: e.value });
const order = (a: Expected, b: Expected) =>
  `${a.sheet}${a.row}${a.column}`.localeCompare(`${b.sheet}${b.row}${b.column}`);

describe.each(engines)('rejecting malformed registers on %s', (engine) => {
  let database: Database;
  const tmp = tempDir();
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    const summary = await importRegister(database.db, sampleRegister(), { actor: testActor });
    expect(summary.errors).toEqual([]);
  });
  afterAll(async () => {
    await database.close();
    tmp.cleanup();
  });

  const withNewPerson = (t: Tables) => t.people.push(['P9', 'Đỗ Thị Mới', '2000-01-01', 'nữ', 'Kinh', '33V1', 'không']);
  const write = async (t: Tables, name: string, format: 'xlsx' | 'csv') => {
    if (format === 'xlsx') return writeXlsxTables(t, join(tmp.dir, `${name}.xlsx`));
    const dir = join(tmp.dir, name);
    mkdirSync(dir, { recursive: true });
    return writeCsvTables(t, dir);
  };

  it.each(cases.map((c, i) => [c.name, c.format, i] as const))(
    'reports %s (%s) and writes nothing',
    async (_name, format, i) => {
      const c = cases[i];
      const t = tablesOf(sampleRegister());
      withNewPerson(t);
      c.break(t);
      const before = await tableCounts(database.db);
      const summary = await importPath(database.db, await write(t, `case${i}`, format), { actor: testActor });
      expect(summary.errors.map(located).sort(order)).toEqual(c.errors.map(located).sort(order));
      for (const e of summary.errors) expect(e.message.length).toBeGreaterThan(10);
      expect(Object.values(summary.changes).every((x) => x.inserted + x.updated === 0)).toBe(true);
      expect(await tableCounts(database.db)).toEqual(before);
    },
  );

  it('reports an overlap with a stored row, naming the database as the other party', async () => {
    const summary = await importPath(
      database.db,
      await write(
        {
          secretary_terms: [
            ['cell_code', 'person_code', 'valid_from', 'valid_to'],
            ['CB1', 'P2', '2012-01-01', ''],
          ],
        },
        'stored',
        'csv',
      ),
      { actor: testActor },
    );
    expect(summary.errors).toMatchObject([
      { code: 'IMPORT_OVERLAP', sheet: 'secretary_terms', row: 2, column: 'valid_from' },
    ]);
    expect(summary.errors[0].message).toContain('dữ liệu đã có trong cơ sở dữ liệu');
  });

  it('speaks English with lang en', async () => {
    const t = tablesOf(sampleRegister());
    setCell(t, 'people', 3, 'birth_date', '31/02/1990');
    const summary = await importPath(database.db, await write(t, 'english', 'csv'), { actor: testActor, lang: 'en' });
    expect(summary.errors).toMatchObject([
      {
        code: 'IMPORT_BAD_DATE',
        row: 3,
        message: 'Cannot read the date "31/02/1990" (use yyyy-mm-dd, dd/mm/yyyy or a date cell)',
      },
    ]);
  });

  it('lets warnings through: an admission under 18, a card without official date, an extra column and an unknown sheet', async () => {
    const t = tablesOf(sampleRegister());
    withNewPerson(t);
    t.memberships.push(['P9', '33.000009', '2017-06-01', null, null, null]);
    t.memberships[0].push('ghi_chu');
    t.notes = [['anything'], ['x']];
    const before = await tableCounts(database.db);
    const summary = await importPath(database.db, await write(t, 'warnings', 'xlsx'), { actor: testActor });
    expect(summary.errors).toEqual([]);
    expect(summary.warnings.map(located).sort(order)).toEqual(
      [
        { code: 'IMPORT_ADMITTED_TOO_YOUNG', sheet: 'memberships', row: 5, column: 'admitted_on', value: '2017-06-01' },
        { code: 'IMPORT_CARD_WITHOUT_OFFICIAL', sheet: 'memberships', row: 5, column: 'card_no', value: '33.000009' },
        { code: 'IMPORT_EXTRA_COLUMN', sheet: 'memberships', row: 1, column: 'ghi_chu', value: 'ghi_chu' },
        { code: 'IMPORT_UNKNOWN_SHEET', sheet: 'notes', row: null, column: null, value: 'notes' },
      ].sort(order),
    );
    expect(summary.warnings.find((w) => w.code === 'IMPORT_ADMITTED_TOO_YOUNG')?.message).toBe(
      'Kết nạp khi chưa đủ 18 tuổi (17 tuổi 5 tháng)',
    );
    const after = await tableCounts(database.db);
    expect([after.people, after.memberships]).toEqual([before.people + 1, before.memberships + 1]);
  });
});
