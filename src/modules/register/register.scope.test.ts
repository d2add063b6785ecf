/**
 * The importer's scope check, one case per column that names a unit, an org
 * or a person: an account of commune X1 importing one row that reaches into
 * commune X2 (village VE, its cell CE, committee DB2, O1 who lives there) is
 * refused with OUT_OF_SCOPE naming the sheet, row, column and code, and
 * nothing is written; the same row kept within X1 goes through.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUnitByCode } from '../units/units.repository.js';
import type { SessionAccount } from '../auth/auth.service.js';
import { unitWritableOn } from '../auth/scope.js';
import { testActor } from '../../../test/actor.js';
import { createTestDatabase, engines } from '../../../test/db.js';
import { twoCommunes } from '../../../test/two-communes.js';
import { rows, type Database } from '../../platform/db.js';
import { AppError } from '../errors.js';
import { scopeGuard } from '../transfer/transfer.service.js';
import { emptyRegister, type Register, type SheetName } from './register.schema.js';
import { importRegister } from './register.service.js';
import { outOfScopeRefs } from './writable.js';

const always = { validFrom: null, validTo: null };
const person = (personCode: string, fullName: string, residenceVillageCode: string) => ({
  row: 2,
  personCode,
  fullName,
  birthDate: '1960-01-01',
  gender: 'female' as const,
  ethnicity: 'Kinh',
  residenceVillageCode,
  communeOfficial: false,
});
const temporary = (personCode: string, cellCode: string, villageCode: string) => ({
  row: 2,
  personCode,
  cellCode,
  villageCode,
  validFrom: '2024-01-01',
  validTo: null,
  kind: 'temporary' as const,
  reason: 'other' as const,
});

/** One row of one sheet: the refused one, the column and code it is refused for, and its twin within X1. */
interface Case<S extends SheetName = SheetName> {
  sheet: S;
  column: string;
  value: string;
  outside: Register[S][number];
  inside: Register[S][number];
}
const c = <S extends SheetName>(x: Case<S>): Case => x as unknown as Case;

const cases: Case[] = [
  c({
    sheet: 'units',
    column: 'code',
    value: 'VE',
    outside: { row: 2, code: 'VE', name: 'Thôn E mới', level: 'village', subtype: 'Thôn', parentCode: 'X2', ...always },
    inside: { row: 2, code: 'VA', name: 'Thôn A mới', level: 'village', subtype: 'Thôn', parentCode: 'X1', ...always },
  }),
  c({
    sheet: 'units',
    column: 'parent_code',
    value: 'X2',
    outside: { row: 2, code: 'VB', name: 'Thôn B', level: 'village', subtype: 'Thôn', parentCode: 'X2', ...always },
    inside: {
      row: 2,
      code: 'VM',
      name: 'Thôn Mới',
      level: 'village',
      subtype: 'Thôn',
      parentCode: 'X1',
      validFrom: '2024-01-01',
      validTo: null,
    },
  }),
  c({
    sheet: 'unit_lineage',
    column: 'from_code',
    value: 'VE',
    outside: { row: 2, fromCode: 'VE', toCode: 'VA', on: '2024-01-01', kind: 'rename', decision: null },
    inside: { row: 2, fromCode: 'VB', toCode: 'VA', on: '2024-01-01', kind: 'rename', decision: null },
  }),
  c({
    sheet: 'unit_lineage',
    column: 'to_code',
    value: 'VE',
    outside: { row: 2, fromCode: 'VA', toCode: 'VE', on: '2024-01-01', kind: 'rename', decision: null },
    inside: { row: 2, fromCode: 'VA', toCode: 'VB', on: '2024-01-01', kind: 'rename', decision: null },
  }),
  c({
    sheet: 'party_orgs',
    column: 'code',
    value: 'CE',
    outside: {
      row: 2,
      code: 'CE',
      name: 'Chi bộ thôn E mới',
      kind: 'cell',
      parentCode: 'DB2',
      unitCode: 'X2',
      ...always,
    },
    inside: {
      row: 2,
      code: 'CA',
      name: 'Chi bộ thôn A mới',
      kind: 'cell',
      parentCode: 'DB',
      unitCode: 'X1',
      ...always,
    },
  }),
  c({
    sheet: 'party_orgs',
    column: 'unit_code',
    value: 'X2',
    outside: { row: 2, code: 'CA', name: 'Chi bộ thôn A', kind: 'cell', parentCode: 'DB', unitCode: 'X2', ...always },
    inside: {
      row: 2,
      code: 'CN',
      name: 'Chi bộ mới',
      kind: 'cell',
      parentCode: 'DB',
      unitCode: 'X1',
      validFrom: '2024-01-01',
      validTo: null,
    },
  }),
  c({
    sheet: 'party_orgs',
    column: 'parent_code',
    value: 'DB2',
    outside: { row: 2, code: 'CA', name: 'Chi bộ thôn A', kind: 'cell', parentCode: 'DB2', unitCode: 'X1', ...always },
    inside: {
      row: 2,
      code: 'CN',
      name: 'Chi bộ mới',
      kind: 'cell',
      parentCode: 'DB',
      unitCode: 'X1',
      validFrom: '2024-01-01',
      validTo: null,
    },
  }),
  c({
    sheet: 'cell_villages',
    column: 'cell_code',
    value: 'CE',
    outside: { row: 2, cellCode: 'CE', villageCode: 'VB', validFrom: '2024-01-01', validTo: null },
    inside: { row: 2, cellCode: 'CA', villageCode: 'VB', validFrom: '2024-01-01', validTo: null },
  }),
  c({
    sheet: 'cell_villages',
    column: 'village_code',
    value: 'VE',
    outside: { row: 2, cellCode: 'CA', villageCode: 'VE', validFrom: '2024-01-01', validTo: null },
    inside: { row: 2, cellCode: 'CA', villageCode: 'VB', validFrom: '2024-01-01', validTo: null },
  }),
  c({
    sheet: 'people',
    column: 'person_code',
    value: 'O1',
    outside: person('O1', 'Hồ Thị Ngoài Mới', 'VE'),
    inside: person('N2', 'Trần Văn Hai Mới', 'VA'),
  }),
  c({
    sheet: 'people',
    column: 'residence_village_code',
    value: 'VE',
    outside: person('N2', 'Trần Văn Hai', 'VE'),
    inside: person('N2', 'Trần Văn Hai', 'VB'),
  }),
  c({
    sheet: 'memberships',
    column: 'person_code',
    value: 'O1',
    outside: {
      row: 2,
      personCode: 'O1',
      cardNo: '99.000001',
      admittedOn: '1985-01-01',
      officialOn: '1986-01-01',
      endedOn: null,
      endReason: null,
    },
    inside: {
      row: 2,
      personCode: 'N2',
      cardNo: '99.000002',
      admittedOn: '2010-01-01',
      officialOn: '2011-01-01',
      endedOn: null,
      endReason: null,
    },
  }),
  c({
    sheet: 'placements',
    column: 'cell_code',
    value: 'CE',
    outside: temporary('N2', 'CE', 'VA'),
    inside: temporary('N2', 'CBC', 'VB'),
  }),
  c({
    sheet: 'placements',
    column: 'village_code',
    value: 'VE',
    outside: temporary('N2', 'CA', 'VE'),
    inside: temporary('N2', 'CA', 'VB'),
  }),
  c({
    sheet: 'head_terms',
    column: 'village_code',
    value: 'VE',
    outside: {
      row: 2,
      villageCode: 'VE',
      personCode: 'N2',
      role: 'deputy',
      validFrom: '2024-01-01',
      validTo: null,
      how: 'elected',
    },
    inside: {
      row: 2,
      villageCode: 'VA',
      personCode: 'N2',
      role: 'deputy',
      validFrom: '2024-01-01',
      validTo: null,
      how: 'elected',
    },
  }),
  c({
    sheet: 'head_terms',
    column: 'person_code',
    value: 'O1',
    outside: {
      row: 2,
      villageCode: 'VA',
      personCode: 'O1',
      role: 'deputy',
      validFrom: '2024-01-01',
      validTo: null,
      how: 'elected',
    },
    inside: {
      row: 2,
      villageCode: 'VA',
      personCode: 'N2',
      role: 'deputy',
      validFrom: '2024-01-01',
      validTo: null,
      how: 'elected',
    },
  }),
  c({
    sheet: 'secretary_terms',
    column: 'cell_code',
    value: 'CE',
    outside: { row: 2, cellCode: 'CE', personCode: 'N2', validFrom: '2024-01-01', validTo: null },
    // N1's own term, given an end
    inside: { row: 2, cellCode: 'CA', personCode: 'N1', validFrom: '2010-01-01', validTo: '2030-01-01' },
  }),
  c({
    sheet: 'secretary_terms',
    column: 'person_code',
    value: 'O1',
    outside: { row: 2, cellCode: 'CA', personCode: 'O1', validFrom: '1990-01-01', validTo: '1991-01-01' },
    inside: { row: 2, cellCode: 'CA', personCode: 'N1', validFrom: '2010-01-01', validTo: '2030-01-01' },
  }),
];

const one = (sheet: SheetName, row: Register[SheetName][number]): Register => {
  const r = emptyRegister();
  (r[sheet] as unknown[]).push(row);
  return r;
};

describe.each(engines)("the importer's scope check, column by column (%s)", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    expect((await importRegister(database.db, twoCommunes(), { actor: testActor })).errors).toEqual([]);
  });
  afterAll(() => database?.close());

  /** Every table's row count, the audit log's included. */
  const counts = async () =>
    rows<{ t: string; n: number }>(
      database.db,
      sql`select table_name as t, (xpath('/row/n/text()', query_to_xml('select count(*) as n from ' || quote_ident(table_name), false, true, '')))[1]::text::int as n
          from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`,
    );

  it.each(cases.map((x) => [`${x.sheet}.${x.column}`, x] as const))(
    '%s: refused outside the commune, nothing written; accepted within it',
    async (_name, x) => {
      const before = await counts();
      const refused = await importRegister(database.db, one(x.sheet, x.outside), {
        actor: testActor,
        authorize: scopeGuard('X1'),
      }).then(
        (summary) => ({ summary }),
        (e: unknown) => ({ error: e }),
      );
      expect(refused).toHaveProperty('error');
      const error = (refused as { error: AppError }).error;
      expect(error).toBeInstanceOf(AppError);
      expect(error.code).toBe('OUT_OF_SCOPE');
      expect(error.params).toEqual({ code: x.value });
      // the rules of the sheet name the row and the column; a person named only as head or secretary is judged by the write check
      const byRule = !['head_terms.person_code', 'secretary_terms.person_code'].includes(`${x.sheet}.${x.column}`);
      if (byRule)
        expect(error.details).toEqual({
          rows: [{ sheet: x.sheet, row: 2, column: x.column, value: x.value }],
          count: 1,
        });
      expect(await counts()).toEqual(before);

      const accepted = await importRegister(database.db, one(x.sheet, x.inside), {
        actor: testActor,
        authorize: scopeGuard('X1'),
        dryRun: true,
      });
      expect(accepted.errors).toEqual([]);
      expect(Object.values(accepted.changes).reduce((n, ch) => n + ch.inserted + ch.updated, 0)).toBe(1);
    },
  );

  it("judges a write by the village's commune at the write's dates: VD, of X2 until 2016, of X1 since", async () => {
    const placement = (validFrom: string, validTo: string | null) =>
      one('placements', { ...temporary('N3', 'CBC', 'VD'), validFrom, validTo });
    const vd = (at: string) => ({ kind: 'unit' as const, code: 'VD', at });
    const tryAs = (scope: string, r: Register) =>
      importRegister(database.db, r, { actor: testActor, authorize: scopeGuard(scope), dryRun: true }).then(
        (summary) => ({ errors: summary.errors, written: summary.changes.placements.inserted }),
        (e: AppError) => ({ refused: e.code, code: e.params.code }),
      );
    // after the move, X1 writes there: on the day of the move and later
    expect(await tryAs('X1', placement('2016-01-01', '2016-06-01'))).toEqual({ errors: [], written: 1 });
    expect(await tryAs('X1', placement('2017-01-01', null))).toEqual({ errors: [], written: 1 });
    // before the move VD was X2's: X1 may not write its history then, as that would change X2's figures
    expect(await tryAs('X1', placement('2015-06-01', '2015-12-31'))).toEqual({ refused: 'OUT_OF_SCOPE', code: 'VD' });
    expect(await outOfScopeRefs(database.db, 'X1', [vd('2015-12-31'), vd('2016-01-01')])).toEqual([vd('2015-12-31')]);
    // the forms' check says the same
    const vdId = (await findUnitByCode(database.db, 'VD'))!.id;
    const x1 = { scopeCode: 'X1' } as SessionAccount;
    expect([
      await unitWritableOn(database.db, x1, vdId, '2015-12-31'),
      await unitWritableOn(database.db, x1, vdId, '2016-01-01'),
    ]).toEqual([false, true]);
    // X2, which had VD until then, no longer does (its own member moved there after the move; the village alone here)
    expect(await outOfScopeRefs(database.db, 'X2', [vd('2015-12-31'), vd('2016-01-01'), vd('2017-01-01')])).toEqual([
      vd('2016-01-01'),
      vd('2017-01-01'),
    ]);
    expect(
      await tryAs(
        'X2',
        one('head_terms', {
          row: 2,
          villageCode: 'VD',
          personCode: 'O1',
          role: 'deputy',
          validFrom: '2017-01-01',
          validTo: null,
          how: 'elected',
        }),
      ),
    ).toEqual({ refused: 'OUT_OF_SCOPE', code: 'VD' });
    // the province writes there at any date
    expect(await tryAs('P', placement('2015-06-01', '2016-06-01'))).toEqual({ errors: [], written: 1 });
  });
});
