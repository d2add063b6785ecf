import { describe, expect, it } from 'vitest';
import { AppError, appErrorFor, defineErrors, gatherErrors, platformErrors } from './errors.js';

const one = defineErrors({ TEST_ONE: { status: 409, vi: 'Một {n}', en: 'One {n}' } });
const two = defineErrors({ TEST_TWO: { status: 400, vi: 'Hai', en: 'Two' } });

describe('error codes', () => {
  it('gathers sets of codes into one registry, refusing a code defined twice', () => {
    expect(Object.keys(gatherErrors(one, two))).toEqual(['TEST_ONE', 'TEST_TWO']);
    const again = defineErrors({ TEST_ONE: { status: 404, vi: 'Khác', en: 'Other' } });
    // @ts-expect-error TEST_ONE is defined twice: the type refuses the call
    expect(() => gatherErrors(one, two, again)).toThrow('The error code TEST_ONE is defined twice');
  });

  it('raises a registered code with its status and both messages, and no code that is not registered', () => {
    const TestError = appErrorFor(one);
    const e = new TestError('TEST_ONE', { n: 7 });
    expect(e).toBeInstanceOf(AppError);
    expect([e.status, e.message]).toEqual([409, 'One 7']);
    expect(e.toJSON().error).toEqual({ code: 'TEST_ONE', message: 'Một 7', messages: { vi: 'Một 7', en: 'One 7' } });
    expect(() => appErrorFor({ TEST_ONE: { ...one.TEST_ONE } })).toThrow('The error code TEST_ONE is defined twice');
    // @ts-expect-error TEST_TWO is not a platform code: the type refuses it, and it is not registered
    expect(() => new AppError('TEST_TWO')).toThrow('The error code TEST_TWO is not registered');
  });

  it("raises the platform's own codes", () => {
    const e = new AppError('INVALID_DATE', { value: '31/02/2025' }, { at: 'from' });
    expect(e.status).toBe(platformErrors.INVALID_DATE.status);
    expect(e.toJSON('en').error).toEqual({
      code: 'INVALID_DATE',
      message: 'Invalid date: "31/02/2025" (use yyyy-mm-dd or dd/mm/yyyy)',
      messages: { vi: 'Ngày không hợp lệ: "31/02/2025" (dùng yyyy-mm-dd hoặc dd/mm/yyyy)', en: e.message },
      details: { at: 'from' },
    });
  });
});
