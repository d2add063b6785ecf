import { describe, expect, it } from 'vitest';
import { rulesAt, ruleSets } from './rules.config.js';

describe('rule sets by date', () => {
  it('picks the set in force on the day, switching on the effective date itself', () => {
    expect(rulesAt('2016-07-24').id).toBe('29-QĐ/TW');
    expect(rulesAt('2021-07-29').id).toBe('29-QĐ/TW');
    expect(rulesAt('2021-07-30').id).toBe('24-QĐ/TW');
    expect(rulesAt('2025-01-20').id).toBe('232-QĐ/TW');
    expect(rulesAt('2025-06-30').id).toBe('232-QĐ/TW');
    expect(rulesAt('2025-07-01').id).toBe('294-QĐ/TW');
    expect(rulesAt('2030-01-01').id).toBe('294-QĐ/TW');
  });

  it('keeps the sets in date order, each whole', () => {
    const dates = ruleSets.map((s) => s.effectiveFrom);
    expect([...dates].sort()).toEqual(dates);
    for (const s of ruleSets) expect(s.admission.decisionWorkingDays).toBeGreaterThan(0);
  });
});
