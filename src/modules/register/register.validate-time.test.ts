/**
 * The overlap check of the importer, by example: periods of one subject (here
 * the secretaries of cell CA) that touch are not an overlap, a day in common
 * is, and a long period is compared with every later one that starts within it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testActor } from '../../../test/actor.js';
import { createTestDatabase, engines } from '../../../test/db.js';
import type { Database } from '../../platform/db.js';
import { exampleRegister } from '../../../test/support/indicators/example.register.js';
import { importRegister } from './register.service.js';

type Term = [person: string, from: string, to: string | null];

describe.each(engines)('the overlap check, by example (%s)', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
  });
  afterAll(() => database?.close());

  /** The example register with CA's secretaries replaced by these terms, rows 2, 3...: the errors of a dry run. */
  const errorsOf = async (terms: Term[]) => {
    const reg = exampleRegister();
    reg.secretary_terms = [
      ...terms.map(([personCode, validFrom, validTo], i) => ({
        row: i + 2,
        cellCode: 'CA',
        personCode,
        validFrom,
        validTo,
      })),
      { row: terms.length + 2, cellCode: 'CBC', personCode: 'N7', validFrom: '2010-01-01', validTo: null },
    ];
    const summary = await importRegister(database.db, reg, { actor: testActor, dryRun: true });
    return summary.errors.map((e) => ({ code: e.code, row: e.row, column: e.column, value: e.value }));
  };
  const overlapAt = (row: number, value: string) => ({ code: 'IMPORT_OVERLAP', row, column: 'valid_from', value });

  it('takes a period that starts the day another ends as no overlap', async () => {
    expect(
      await errorsOf([
        ['N1', '2010-01-01', '2015-01-01'],
        ['N2', '2015-01-01', null],
      ]),
    ).toEqual([]);
    expect(
      await errorsOf([
        ['N2', '2015-01-01', null],
        ['N1', '2010-01-01', '2015-01-01'],
      ]),
    ).toEqual([]);
  });

  it('reports one day in common, at the later workbook row of the pair', async () => {
    expect(
      await errorsOf([
        ['N1', '2010-01-01', '2015-01-02'],
        ['N2', '2015-01-01', null],
      ]),
    ).toEqual([overlapAt(3, '2015-01-01')]);
    expect(
      await errorsOf([
        ['N2', '2015-01-01', null],
        ['N1', '2010-01-01', '2015-01-02'],
      ]),
    ).toEqual([overlapAt(3, '2010-01-01')]);
  });

  it('compares a long period with every later one that starts within it, not only the one before', async () => {
    expect(
      await errorsOf([
        ['N1', '2010-01-01', '2020-01-01'],
        ['N2', '2011-01-01', '2012-01-01'],
        ['N3', '2015-01-01', '2016-01-01'],
      ]),
    ).toEqual([overlapAt(3, '2011-01-01'), overlapAt(4, '2015-01-01')]);
    // an open period reaches every later one
    expect(
      await errorsOf([
        ['N1', '2010-01-01', null],
        ['N2', '2030-01-01', '2031-01-01'],
      ]),
    ).toEqual([overlapAt(3, '2030-01-01')]);
  });
});
