import { testActor } from '../../../test/actor.js';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, engines } from '../../../test/db.js';
import { rows, type Database } from '../../platform/db.js';
import { sampleRegister } from '../../../test/support/imports/fixture.js';
import { sheetNames, type SheetName } from '../register/register.schema.js';
import { importPath, writeCsvFolder, writeWorkbook } from './imports.service.js';
import { importRegister } from '../register/register.service.js';
import {
  setCell,
  tableCounts,
  tablesOf,
  tempDir,
  writeCsvTables,
  writeXlsxTables,
} from '../../../test/support/imports/testkit.js';

const total = (
  s: { changes: Record<string, { inserted: number; updated: number; unchanged: number }> },
  k: 'inserted' | 'updated' | 'unchanged',
) => Object.values(s.changes).reduce((a, c) => a + c[k], 0);

describe.each(engines)('importing a good register on %s', (engine) => {
  let database: Database;
  const tmp = tempDir();
  const sample = sampleRegister();
  const rowCount = sheetNames.reduce((a, s) => a + sample[s].length, 0);
  // into an empty database, the first import of a province also writes the country (VN) it stands under
  const withCountry = (sheet: SheetName) => sample[sheet].length + (sheet === 'units' ? 1 : 0);

  beforeAll(async () => {
    database = await createTestDatabase(engine);
  });
  afterAll(async () => {
    await database.close();
    tmp.cleanup();
  });

  it('a dry run reports every row as new and writes nothing', async () => {
    const file = join(tmp.dir, 'dry.xlsx');
    await writeWorkbook(sample, file);
    const summary = await importPath(database.db, file, { actor: testActor, dryRun: true });
    expect(summary.errors).toEqual([]);
    expect(summary.dryRun).toBe(true);
    expect(total(summary, 'inserted')).toBe(rowCount + 1);
    expect(summary.changes.placements).toEqual({ inserted: 6, updated: 0, unchanged: 0 });
    expect(Object.values(await tableCounts(database.db)).every((n) => n === 0)).toBe(true);
  });

  it('imports a workbook written by writeWorkbook', async () => {
    const file = join(tmp.dir, 'good.xlsx');
    await writeWorkbook(sample, file);
    const progress: string[] = [];
    const summary = await importPath(database.db, file, { actor: testActor, onProgress: (m) => progress.push(m) });
    expect(summary.errors).toEqual([]);
    expect(summary.warnings).toEqual([]);
    expect(total(summary, 'inserted')).toBe(rowCount + 1);
    // each step in order, each sheet with the rows it writes
    const writes = sheetNames.filter((sh) => sample[sh].length > 0).map((sh) => `Ghi ${sh}: ${withCountry(sh)} dòng`);
    expect(progress).toEqual([`Đọc ${file}`, 'Đọc dữ liệu đã có', 'Kiểm tra', ...writes, 'Tính lại số liệu từng thôn']);
    const counts = await tableCounts(database.db);
    expect(counts).toMatchObject({
      units: 7,
      unit_versions: 8,
      party_orgs: 3,
      people: 4,
      memberships: 3,
      placements: 6,
      head_terms: 4,
      secretary_terms: 1,
    });
    const [p3] = await rows<{ full_name: string; gender: string; commune_official: boolean; ethnicity: string | null }>(
      database.db,
      sql`select full_name, gender, commune_official, ethnicity from people where code = 'P3'`,
    );
    expect(p3).toEqual({ full_name: 'Lê Văn Cường, "Ba"', gender: 'male', commune_official: false, ethnicity: null });
    // The member counts are refreshed in the same transaction: village 33V1 has P1 and P2 in 2013.
    const [v1] = await rows<{ total: number }>(
      database.db,
      sql`
      select c.total from village_member_counts c join units u on u.id = c.village_id
      where u.code = '33V1' and c.valid_from <= '2013-06-01' and (c.valid_to is null or c.valid_to > '2013-06-01')`,
    );
    expect(v1.total).toBe(2);
  });

  it('re-importing the same workbook changes nothing', async () => {
    const before = await tableCounts(database.db);
    const summary = await importPath(database.db, join(tmp.dir, 'good.xlsx'), { actor: testActor });
    expect(summary.errors).toEqual([]);
    expect(total(summary, 'inserted') + total(summary, 'updated')).toBe(0);
    expect(total(summary, 'unchanged')).toBe(rowCount);
    expect(await tableCounts(database.db)).toEqual(before);
  });

  it('the same register as a CSV folder is also unchanged', async () => {
    const dir = join(tmp.dir, 'csv');
    await writeCsvFolder(sample, dir);
    const summary = await importPath(database.db, dir, { actor: testActor });
    expect(summary.errors).toEqual([]);
    expect(total(summary, 'unchanged')).toBe(rowCount);
  });

  it('reads CSV saved with semicolons, as Excel does under Vietnamese settings', async () => {
    const dir = join(tmp.dir, 'semicolon');
    mkdirSync(dir);
    const summary = await importPath(database.db, writeCsvTables(tablesOf(sampleRegister()), dir, ';'), {
      actor: testActor,
    });
    expect(summary.errors).toEqual([]);
    expect(total(summary, 'unchanged')).toBe(rowCount);
  });

  it('updates changed rows, inserts new ones and deletes none that are absent', async () => {
    const next = sampleRegister();
    next.people[0].fullName = 'Nguyễn Văn An (sửa)';
    next.placements[0].validTo = '2018-01-01';
    next.placements.push({
      row: 8,
      personCode: 'P1',
      cellCode: 'CB2',
      villageCode: '33V2',
      validFrom: '2018-01-01',
      validTo: null,
      kind: 'official',
      reason: 'transfer',
    });
    next.memberships = [];
    const before = await tableCounts(database.db);
    const dry = await importRegister(database.db, next, { actor: testActor, dryRun: true });
    expect(await tableCounts(database.db)).toEqual(before);
    const summary = await importRegister(database.db, next, { actor: testActor });
    expect(dry.changes).toEqual(summary.changes);
    expect(summary.changes.people).toEqual({ inserted: 0, updated: 1, unchanged: 3 });
    expect(summary.changes.placements).toEqual({ inserted: 1, updated: 1, unchanged: 5 });
    const after = await tableCounts(database.db);
    expect(after.placements).toBe(before.placements + 1);
    expect(after.memberships).toBe(before.memberships);
    // P1 moved from 33V1 to 33V2 on 2018-01-01: the counts of both villages follow.
    const at = async (village: string, d: string) =>
      (
        await rows<{ total: number }>(
          database.db,
          sql`
      select coalesce(sum(c.total), 0)::int as total from village_member_counts c join units u on u.id = c.village_id
      where u.code = ${village} and c.valid_from <= ${d}::date and (c.valid_to is null or c.valid_to > ${d}::date)`,
        )
      )[0].total;
    expect(await at('33V1', '2019-06-01')).toBe(0);
    expect(await at('33V2', '2019-06-01')).toBe(3);
  });

  it('reads Excel date cells and dd/mm/yyyy text; an extra column is a warning; missing sheets are empty', async () => {
    const t = { people: tablesOf(sampleRegister()).people };
    setCell(t, 'people', 2, 'birth_date', new Date(Date.UTC(1970, 1, 4)));
    setCell(t, 'people', 3, 'birth_date', '02/01/1990');
    t.people[0].push('ghi_chu');
    t.people[1].push('note');
    const summary = await importPath(database.db, await writeXlsxTables(t, join(tmp.dir, 'dates.xlsx')), {
      actor: testActor,
    });
    expect(summary.errors).toEqual([]);
    expect(summary.warnings).toMatchObject([
      { code: 'IMPORT_EXTRA_COLUMN', sheet: 'people', row: 1, column: 'ghi_chu', severity: 'warning' },
    ]);
    const got = await rows<{ code: string; birth_date: string }>(
      database.db,
      sql`select code, birth_date::text from people where code in ('P1', 'P2') order by code`,
    );
    expect(got).toEqual([
      { code: 'P1', birth_date: '1970-02-04' },
      { code: 'P2', birth_date: '1990-01-02' },
    ]);
  });
});

describe.each(engines)('the register as the demo and indicator tests pass it on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
  });
  afterAll(() => database.close());

  it('importRegister writes a Register built in code and warns without blocking', async () => {
    const r = sampleRegister();
    r.memberships[1].cardNo = null;
    r.memberships.push({
      row: 5,
      personCode: 'P4',
      cardNo: '33.000009',
      admittedOn: '2021-01-01',
      officialOn: null,
      endedOn: null,
      endReason: null,
    });
    const summary = await importRegister(database.db, r, { actor: testActor, lang: 'en' });
    expect(summary.errors).toEqual([]);
    // P4 was born in 1965: admitted at 55 is fine; the card without an official date is only a warning.
    expect(summary.warnings.map((w) => [w.code, w.sheet, w.row, w.column])).toEqual([
      ['IMPORT_CARD_WITHOUT_OFFICIAL', 'memberships', 5, 'card_no'],
    ]);
    expect(summary.warnings[0].message).toMatch(/^Party card "33.000009" without an official date/);
    expect((await tableCounts(database.db)).memberships).toBe(4);
  });

  it('warns of an expulsion while probationary, a second readmission and a head under 21, without blocking', async () => {
    const r = sampleRegister();
    r.people.push({
      row: 6,
      personCode: 'P5',
      fullName: 'Hà Văn Năm',
      birthDate: '1995-03-10',
      gender: null,
      ethnicity: null,
      residenceVillageCode: '33V1',
      communeOfficial: false,
    });
    r.memberships.push(
      {
        row: 6,
        personCode: 'P5',
        cardNo: null,
        admittedOn: '2015-01-01',
        officialOn: null,
        endedOn: '2015-06-01',
        endReason: 'expelled',
      },
      {
        row: 7,
        personCode: 'P5',
        cardNo: null,
        admittedOn: '2016-01-01',
        officialOn: '2016-06-01',
        endedOn: '2016-06-01',
        endReason: 'expelled',
      },
      {
        row: 8,
        personCode: 'P5',
        cardNo: null,
        admittedOn: '2017-01-01',
        officialOn: null,
        endedOn: '2017-02-01',
        endReason: 'resigned',
      },
    );
    // a deputy the day before the 21st birthday, and on it
    r.head_terms.push(
      {
        row: 7,
        villageCode: '33V2',
        personCode: 'P5',
        role: 'deputy',
        validFrom: '2016-03-09',
        validTo: '2016-03-10',
        how: 'elected',
      },
      {
        row: 8,
        villageCode: '33V2',
        personCode: 'P5',
        role: 'deputy',
        validFrom: '2016-03-10',
        validTo: null,
        how: 'elected',
      },
    );
    const summary = await importRegister(database.db, r, { actor: testActor, lang: 'en' });
    expect(summary.errors).toEqual([]);
    expect(summary.warnings.map((w) => [w.code, w.sheet, w.row, w.column])).toEqual([
      ['IMPORT_EXPELLED_PROBATIONARY', 'memberships', 6, 'end_reason'],
      ['IMPORT_READMITTED_AGAIN', 'memberships', 8, 'admitted_on'],
      ['IMPORT_HEAD_TOO_YOUNG', 'head_terms', 7, 'valid_from'],
    ]);
    expect(summary.warnings[1].message).toBe(
      'Readmitted again after the readmission of 2016-01-01; a person is readmitted once',
    );
  });

  it('judges rows numbered 0 by a caller as rows of the import, not as stored rows', async () => {
    const r = sampleRegister();
    for (const list of Object.values(r)) for (const row of list as { row: number }[]) row.row = 0;
    r.head_terms.push({
      row: 0,
      villageCode: '33V2',
      personCode: 'P4',
      role: 'head',
      validFrom: '2018-01-01',
      validTo: null,
      how: 'elected',
    });
    const before = await tableCounts(database.db);
    const summary = await importRegister(database.db, r, { actor: testActor });
    expect(summary.errors.map((e) => [e.code, e.sheet, e.row])).toEqual([['IMPORT_TWO_HEADS', 'head_terms', 0]]);
    expect(await tableCounts(database.db)).toEqual(before);
  });

  it('matches codes with quotes, commas, braces and backslashes on re-import', async () => {
    const r = sampleRegister();
    const odd = "Q,\"{1}\\ 'x'";
    r.people = [
      {
        row: 2,
        personCode: odd,
        fullName: 'Tên lạ',
        birthDate: null,
        gender: null,
        ethnicity: null,
        residenceVillageCode: null,
        communeOfficial: false,
      },
    ];
    const first = await importRegister(
      database.db,
      {
        ...r,
        units: [],
        unit_lineage: [],
        party_orgs: [],
        cell_villages: [],
        memberships: [],
        placements: [],
        head_terms: [],
        secretary_terms: [],
      },
      { actor: testActor },
    );
    expect(first.changes.people).toEqual({ inserted: 1, updated: 0, unchanged: 0 });
    const again = await importRegister(
      database.db,
      {
        ...r,
        units: [],
        unit_lineage: [],
        party_orgs: [],
        cell_villages: [],
        memberships: [],
        placements: [],
        head_terms: [],
        secretary_terms: [],
      },
      { actor: testActor },
    );
    expect(again.changes.people).toEqual({ inserted: 0, updated: 0, unchanged: 1 });
    const [p] = await rows<{ code: string }>(database.db, sql`select code from people where full_name = 'Tên lạ'`);
    expect(p.code).toBe(odd);
  });
});
