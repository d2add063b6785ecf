import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { cellText, parseDateCell, RegisterParser } from './imports.parse.js';
import { readRegisterFile } from './imports.read.js';
import { tempDir } from '../../../test/support/imports/testkit.js';
import { ageInMonths } from '../register/register.validate-time.js';

describe('cells', () => {
  it.each([
    ['2013-03-15', '2013-03-15'],
    ['2013-3-5', '2013-03-05'],
    ['15/03/2013', '2013-03-15'],
    ['5/3/2013', '2013-03-05'],
    [' 29/02/2024 ', '2024-02-29'],
    ['29/02/2023', null],
    ['2013-13-01', null],
    ['03/15/2013', null],
    ['15.03.2013', null],
    ['2013', null],
  ])('reads the date text %j as %j', (text, iso) => {
    expect(parseDateCell(text)).toBe(iso);
  });

  it('reads Excel date cells by their UTC day and serial numbers only in a plausible range', () => {
    expect(parseDateCell(new Date(Date.UTC(2013, 2, 15)))).toBe('2013-03-15');
    expect(parseDateCell(41348)).toBe('2013-03-15');
    expect(parseDateCell(2013)).toBeNull();
    expect(parseDateCell(new Date(Number.NaN))).toBeNull();
  });

  it('turns rich text, formulas, hyperlinks and numbers into trimmed NFC text', () => {
    expect(cellText({ richText: [{ text: ' Thôn ' }, { text: 'Đông ' }] })).toBe('Thôn Đông');
    expect(cellText({ formula: 'A1', result: 'x' })).toBe('x');
    expect(cellText({ text: 'Xã', hyperlink: 'http://example' })).toBe('Xã');
    expect(cellText(33123456)).toBe('33123456');
    expect(cellText('Hoa\u0300')).toBe('Hoà');
    expect(cellText(null)).toBe('');
  });

  it('counts age in full months', () => {
    expect(ageInMonths('1995-06-15', '2013-06-15')).toBe(216);
    expect(ageInMonths('1995-06-15', '2013-06-14')).toBe(215);
    expect(ageInMonths('1953-01-31', '2013-01-30')).toBe(719);
  });
});

describe('parsing rows', () => {
  it('maps words to values and reports each bad cell once with its place', () => {
    const p = new RegisterParser('vi');
    p.push('people', 1, [
      'person_code',
      'full_name',
      'birth_date',
      'gender',
      'ethnicity',
      'residence_village_code',
      'commune_official',
    ]);
    p.push('people', 2, ['P1', 'An', '01/02/1970', 'Nữ', '', '', 'Có']);
    p.push('people', 3, ['P2', 'Bình', '', 'male', 'Tày', '', '0']);
    p.push('people', 4, ['', '', '', '', '', '', '']);
    p.push('people', 5, ['P3', 'Cường', '1970-02-30', 'nam', '', '', 'maybe']);
    const { register, issues, partial } = p.result();
    expect(register.people).toEqual([
      {
        row: 2,
        personCode: 'P1',
        fullName: 'An',
        birthDate: '1970-02-01',
        gender: 'female',
        ethnicity: null,
        residenceVillageCode: null,
        communeOfficial: true,
      },
      {
        row: 3,
        personCode: 'P2',
        fullName: 'Bình',
        birthDate: null,
        gender: 'male',
        ethnicity: 'Tày',
        residenceVillageCode: null,
        communeOfficial: false,
      },
    ]);
    expect(issues.errors.map((e) => [e.code, e.row, e.column, e.value])).toEqual([
      ['IMPORT_BAD_DATE', 5, 'birth_date', '1970-02-30'],
      ['IMPORT_BAD_VALUE', 5, 'commune_official', 'maybe'],
    ]);
    // The dropped row still defines its code, so rows naming P3 do not become "unknown code".
    expect([...partial.people]).toEqual(['P3']);
  });
});

describe('unreadable files', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('reports a missing path and a file that is not a workbook as IMPORT_FILE_UNREADABLE', async () => {
    const bogus = join(tmp.dir, 'not.xlsx');
    writeFileSync(bogus, 'this is not a zip');
    for (const path of [join(tmp.dir, 'nowhere.xlsx'), bogus]) {
      const e = await readRegisterFile(path, new RegisterParser('vi')).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe('IMPORT_FILE_UNREADABLE');
    }
  });
});
