import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rawZip } from '../../../test/upload.js';
import { AppError } from '../errors.js';
import { archiveLimits, openArchive } from './imports.archive.js';
import { sampleRegister } from '../../../test/support/imports/fixture.js';
import { RegisterParser } from './imports.parse.js';
import { readRegisterFile } from './imports.read.js';
import { csvChunks, writeCsvZip, writeWorkbook } from './imports.files.js';
import { tempDir } from '../../../test/support/imports/testkit.js';

/** Garbage in place of deflate data: inflating it fails, so an ARCHIVE_TOO_LARGE answer shows nothing was inflated. */
const notDeflate = Buffer.alloc(64, 0xff);

describe('archives are checked before anything is inflated (the CLI import reads through the same path)', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  const file = (name: string, content: Buffer) => {
    const path = join(tmp.dir, name);
    writeFileSync(path, content);
    return path;
  };
  const refusal = async (path: string) => {
    const e = await readRegisterFile(path, new RegisterParser('vi')).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  };

  it('refuses more entries than the limit', async () => {
    const entries = Array.from({ length: archiveLimits.maxEntries + 1 }, (_, i) => ({
      name: `x${i}.csv`,
      data: notDeflate,
      method: 8 as const,
      declaredSize: 10,
    }));
    const e = await refusal(file('many.zip', rawZip(entries)));
    expect(e.code).toBe('ARCHIVE_TOO_LARGE');
    expect(e.status).toBe(413);
    expect(e.params).toMatchObject({ file: 'many.zip', value: 2001, max: 2000 });
    expect(e.toJSON('vi').error.message).toContain('2001 > 2000');
  });

  it('refuses a huge declared uncompressed size (an .xlsx too)', async () => {
    const entries = [
      { name: 'xl/workbook.xml', data: notDeflate, method: 8 as const, declaredSize: 400 * 1024 * 1024 },
      { name: 'xl/worksheets/sheet1.xml', data: notDeflate, method: 8 as const, declaredSize: 200 * 1024 * 1024 },
    ];
    const e = await refusal(file('bomb.xlsx', rawZip(entries)));
    expect(e.code).toBe('ARCHIVE_TOO_LARGE');
    expect(e.params).toMatchObject({ file: 'bomb.xlsx', value: '600 MB', max: '500 MB' });
  });

  it('reads the entry count of a zip64 directory from its tail, without parsing millions of entries', async () => {
    const started = Date.now();
    const e = await refusal(
      file('zip64.zip', rawZip([{ name: 'a.csv', data: Buffer.from('x') }], { zip64Count: 5_000_000 })),
    );
    expect(e.code).toBe('ARCHIVE_TOO_LARGE');
    expect(e.params.value).toBe(5_000_000);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('cuts off an entry that inflates beyond the size its directory declares', async () => {
    const people = Buffer.from([...csvChunks('people', sampleRegister())].join(''));
    const e = await refusal(file('liar.zip', rawZip([{ name: 'people.csv', data: people, declaredSize: 20 }])));
    expect(e.code).toBe('ARCHIVE_TOO_LARGE');
    expect(e.details).toMatchObject({ limit: 'entrySize', entry: 'people.csv' });
  });

  it('opens an honest archive and gives each entry back whole', async () => {
    const path = join(tmp.dir, 'honest.zip');
    await writeCsvZip(sampleRegister(), path);
    const zip = await openArchive(path);
    expect(zip.entries.map((x) => x.path).sort()).toContain('people.csv');
    const chunks: Buffer[] = [];
    for await (const c of zip.stream(zip.entry('people.csv')!)) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).toString('utf8')).toBe([...csvChunks('people', sampleRegister())].join(''));
  });

  it('reads a zip of CSV files kept in a folder, and refuses two files for one sheet', async () => {
    const people = Buffer.from([...csvChunks('people', sampleRegister())].join(''));
    const parser = new RegisterParser('vi');
    await readRegisterFile(
      file(
        'folder.zip',
        rawZip([
          { name: 'export/people.csv', data: people },
          { name: '__MACOSX/export/._people.csv', data: Buffer.from('junk') },
        ]),
      ),
      parser,
    );
    expect(parser.result().register.people.map((p) => p.personCode)).toEqual(['P1', 'P2', 'P3', 'P4']);
    expect(parser.result().issues.warnings).toEqual([]);
    const e = await refusal(
      file(
        'twice.zip',
        rawZip([
          { name: 'a/people.csv', data: people },
          { name: 'b/people.csv', data: people },
        ]),
      ),
    );
    expect(e.code).toBe('IMPORT_FILE_UNREADABLE');
  });
});

describe('reading a workbook whose text is mostly multi-byte', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('keeps every character whose bytes straddle two inflated chunks', async () => {
    const register = sampleRegister();
    // 3-byte characters only, far more than one chunk of shared strings: chunk edges fall inside characters
    register.people = Array.from({ length: 3000 }, (_, i) => ({
      ...register.people[0],
      row: i + 2,
      personCode: `Q${i}`,
      fullName: `Ễ${'ềữặỳ'.repeat(5 + (i % 7))}Ỗ${i}`,
    }));
    const path = join(tmp.dir, 'multibyte.xlsx');
    await writeWorkbook(register, path);
    const parser = new RegisterParser('vi');
    await readRegisterFile(path, parser);
    expect(parser.result().register.people.map((p) => p.fullName)).toEqual(register.people.map((p) => p.fullName));
  });
});
