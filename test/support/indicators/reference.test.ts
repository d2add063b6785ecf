import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/modules/errors.js';
import { exampleComparison, exampleLists, exampleRegister, exampleSnapshots } from './example.register.js';
import { changeCategories } from '../../../src/modules/indicators/indicators.schema.js';
import { referenceComparison, referenceSnapshot, referenceVillageList } from './reference.js';
import { QUERY_DATES, registerArbitrary } from './register.arbitrary.js';

const reg = exampleRegister();

const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof AppError ? e.code : String(e);
  }
  return 'no error';
};

describe('reference implementation on the hand-made register', () => {
  it.each(exampleSnapshots)('$scope at $at: $why', ({ scope, at, expected }) => {
    const { nonPartyHeadRatio, scope: _s, at: _a, ...s } = referenceSnapshot(reg, scope, at);
    const { ratio, ...figures } = expected;
    expect(s).toEqual(figures);
    expect(nonPartyHeadRatio.text).toBe(ratio);
  });

  it('compares X1 between 2013-06-01 and 2016-01-01', () => {
    const c = referenceComparison(reg, exampleComparison.scope, exampleComparison.from, exampleComparison.to);
    expect(c.changes).toEqual(exampleComparison.changes);
  });

  it.each(exampleLists)('lists $category for $where.scope', ({ where, category, codes }) => {
    expect(referenceVillageList(reg, where, category).villages.map((v) => v.code)).toEqual(codes);
  });

  it('rejects unknown scopes, dates outside a scope, reversed ranges and unknown categories', () => {
    expect(codeOf(() => referenceSnapshot(reg, 'NOPE', '2013-06-01'))).toBe('UNIT_NOT_FOUND');
    expect(codeOf(() => referenceSnapshot(reg, 'X3', '2019-12-31'))).toBe('UNIT_NOT_VALID_AT');
    expect(codeOf(() => referenceComparison(reg, 'P', '2016-01-01', '2016-01-01'))).toBe('DATE_RANGE_INVALID');
    expect(codeOf(() => referenceVillageList(reg, { scope: 'P', at: '2016-01-01' }, 'purple'))).toBe(
      'UNKNOWN_CATEGORY',
    );
    expect(referenceSnapshot(reg, 'X3', '2020-01-01').villages).toBe(0);
  });
});

describe('reference implementation on random registers', () => {
  it('keeps net = entered + new - left - ceased and partitions villages', () => {
    const date = fc.constantFrom(...QUERY_DATES);
    fc.assert(
      fc.property(registerArbitrary, date, date, (r, x, y) => {
        fc.pre(x !== y);
        const [d1, d2] = x < y ? [x, y] : [y, x];
        for (const scope of ['P', 'H1', 'X1', 'X2']) {
          if (codeOf(() => referenceComparison(r, scope, d1, d2)) === 'UNIT_NOT_VALID_AT') continue; // a commune founded later
          const c = referenceComparison(r, scope, d1, d2);
          for (const k of changeCategories) {
            const ch = c.changes[k];
            expect(ch.net).toBe(ch.to - ch.from);
            expect(ch.net).toBe(ch.entered + ch.new - ch.left - ch.ceased);
          }
          for (const s of [c.from, c.to]) {
            expect(s.white + s.weak + s.strong).toBe(s.villages);
            expect(s.ownCell + s.combinedOnly + s.noCell).toBe(s.villages);
            expect(s.heads.party + s.heads.nonParty + s.heads.vacant).toBe(s.villages);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
