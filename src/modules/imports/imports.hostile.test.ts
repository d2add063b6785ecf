import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hostileWorkbook, numberedRows, repeat, worksheet, type HostilePart } from '../../../test/hostile.js';
import { AppError } from '../errors.js';
import { archiveLimits } from './imports.archive.js';
import { writeWorkbook } from './imports.files.js';
import { sampleRegister } from '../../../test/support/imports/fixture.js';
import { RegisterParser } from './imports.parse.js';
import { readLimits, readRegisterFile, type ReadLimits } from './imports.read.js';
import { tempDir } from '../../../test/support/imports/testkit.js';
import { readInWorker, workerLimits, type WorkerLimits } from './imports.worker-pool.js';

const MB = 1024 * 1024;
const sst = (items: Iterable<string>) => [
  '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
  ...items,
  '</sst>',
];
const styles = (items: Iterable<string>) => [
  '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
  ...items,
  '</styleSheet>',
];

/** What the parts named in messages are made of, 300 MB or more of each once inflated. */
const bombs: [string, string, () => Iterable<string>, string][] = [
  ['shared strings', 'xl/sharedStrings.xml', () => sst(repeat('<si><t>Nguyễn Văn Anh</t></si>', 300 * MB)), '64 MB'],
  [
    'a worksheet',
    'xl/worksheets/sheet1.xml',
    () => worksheet(repeat('<row r="2"><c r="B2" t="inlineStr"><is><t>Lê Thị Bình</t></is></c></row>', 300 * MB)),
    '256 MB',
  ],
  [
    'styles',
    'xl/styles.xml',
    () => styles(repeat('<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>', 100 * MB)),
    '16 MB',
  ],
];

describe('hostile workbooks are refused, read in a worker of bounded memory and time (HTTP uploads and the CLI read through readInWorker)', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  let n = 0;

  /** Writes the workbook, reads it in a worker, and gives back the error with how long it took and how big the file was. */
  async function refusal(
    parts: Record<string, HostilePart>,
    opts: { read?: ReadLimits; worker?: WorkerLimits; name?: string } = {},
  ) {
    const path = join(tmp.dir, opts.name ?? `hostile-${++n}.xlsx`);
    writeFileSync(path, await hostileWorkbook(parts));
    const started = Date.now();
    const e = await readInWorker(path, { lang: 'en', limits: opts.read, worker: opts.worker }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    return { e: e as AppError, ms: Date.now() - started, bytes: statSync(path).size };
  }

  it.each(bombs)(
    'refuses a part of %s that declares its true size past the limit, before inflating it',
    async (_what, part, content, max) => {
      const { e, ms, bytes } = await refusal({ [part]: { content: content() } }, { name: 'bomb.xlsx' });
      expect(bytes).toBeLessThan(2 * MB);
      expect(e.code).toBe('ARCHIVE_PART_TOO_LARGE');
      expect(e.status).toBe(413);
      expect(e.params).toMatchObject({ file: 'bomb.xlsx', part, max });
      expect(e.details).toMatchObject({ limit: 'part', part });
      expect(e.toJSON('en').error.message).toContain(`The part "${part}"`);
      expect(e.toJSON('en').error.message).toContain(`limit of ${max}`);
      expect(e.toJSON('vi').error.message).toContain(`giới hạn ${max}`);
      expect(ms).toBeLessThan(30_000);
    },
  );

  it.each(bombs)(
    'refuses a part of %s whose directory understates its size, once it inflates past it',
    async (_what, part, content) => {
      const { e, bytes } = await refusal({ [part]: { content: content(), declaredSize: MB } });
      expect(bytes).toBeLessThan(2 * MB);
      expect(e.code).toBe('ARCHIVE_TOO_LARGE');
      expect(e.details).toMatchObject({ limit: 'entrySize', entry: part });
    },
  );

  it('counts what a part inflates to, not what its directory says: a part declaring exactly its limit and inflating past it is cut off there', async () => {
    const read: ReadLimits = {
      ...readLimits,
      archive: { ...archiveLimits, maxPartBytes: { ...archiveLimits.maxPartBytes, sharedStrings: MB } },
    };
    const { e } = await refusal(
      {
        'xl/sharedStrings.xml': { content: sst(repeat('<si><t>Trần Văn Cường</t></si>', 300 * MB)), declaredSize: MB },
      },
      { read },
    );
    expect(e.code).toBe('ARCHIVE_PART_TOO_LARGE');
    expect(e.params).toMatchObject({ part: 'xl/sharedStrings.xml', max: '1 MB' });
    expect((e.details as { inflated: number }).inflated).toBeGreaterThan(MB);
  });

  it.each([
    ['xl/worksheets/sheet1.xml', () => worksheet(repeat('<x>', 3 * MB))],
    ['xl/sharedStrings.xml', () => sst(['<si>', ...repeat('<r>', 3 * MB)])],
    ['xl/styles.xml', () => styles(repeat('<fonts>', 3 * MB))],
    ['xl/workbook.xml', () => repeat('<workbook>', 3 * MB)],
  ])('refuses XML nested a million deep in %s at the nesting limit', async (part, content) => {
    const { e, bytes } = await refusal({ [part]: { content: content() } });
    expect(bytes).toBeLessThan(MB);
    expect(e.code).toBe('ARCHIVE_PART_TOO_COMPLEX');
    expect(e.params).toMatchObject({ part, max: 64 });
    expect(e.toJSON('en').error.message).toContain('XML nesting depth over the limit of 64');
  });

  it.each([
    // All within their parts' limits: saxes would hold each token whole.
    ['one text of 50 MB', 'xl/sharedStrings.xml', () => sst(['<si><t>', ...repeat('Đ', 50 * MB), '</t></si>'])],
    [
      'one text of 50 MB cut by comments',
      'xl/sharedStrings.xml',
      () => sst(['<si><t>', ...repeat('ab<!---->', 50 * MB), '</t></si>']),
    ],
    [
      'one tag of 100 MB',
      'xl/worksheets/sheet1.xml',
      () => worksheet(['<row r="2"><c r="A2" ', ...repeat('a="1" ', 100 * MB), '/></row>']),
    ],
    ['one comment of 10 MB', 'xl/styles.xml', () => styles(['<!--', ...repeat('x', 10 * MB), '-->'])],
  ])('refuses %s at the token limit', async (_what, part, content) => {
    const { e } = await refusal({ [part]: { content: content() } });
    expect(e.code).toBe('ARCHIVE_PART_TOO_COMPLEX');
    expect(e.params).toMatchObject({ part, max: '1 MB' });
  });

  it('refuses a document type declaration, where entities would expand', async () => {
    const laughs = [
      '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
      ...sst(['<si><t>&b;</t></si>']),
    ];
    const { e } = await refusal({ 'xl/sharedStrings.xml': { content: laughs } });
    expect(e.code).toBe('IMPORT_FILE_UNREADABLE');
    expect(e.params.reason).toContain('xl/sharedStrings.xml');
  });

  it('refuses a CSV file of one endless record', async () => {
    const path = join(tmp.dir, 'people.csv');
    writeFileSync(path, `person_code,full_name\nP1,"${'x'.repeat(3 * MB)}"\n`);
    const e = await readInWorker(path, { lang: 'en' }).catch((x: unknown) => x as AppError);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('ARCHIVE_PART_TOO_COMPLEX');
    expect((e as AppError).params).toMatchObject({ file: 'people.csv', part: 'people.csv' });
  });

  it('ends a reader that outgrows its heap with IMPORT_MEMORY_LIMIT, and the process lives on with its memory given back', async () => {
    // Within every part limit, but each of its 1.5 million rich strings is several objects in the cache.
    const rich = sst(repeat('<si><r><rPr><b/><i/></rPr><t>a</t></r><r><t>b</t></r></si>', 60 * MB));
    const worker: WorkerLimits = { ...workerLimits, maxHeapMb: 128 };
    const before = process.memoryUsage().rss;
    let peak = before;
    const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const { e } = await refusal({ 'xl/sharedStrings.xml': { content: rich } }, { worker, name: 'rich.xlsx' }).finally(
      () => clearInterval(sample),
    );
    expect(e.code).toBe('IMPORT_MEMORY_LIMIT');
    expect(e.status).toBe(413);
    expect(e.params).toMatchObject({ file: 'rich.xlsx', max: '128 MB' });
    expect(e.toJSON('en').error.message).toContain('needs more than 128 MB of memory');
    // The heap limit holds the worker's objects; buffers, code and the young generation come on top.
    expect(peak - before).toBeLessThan(600 * MB);
  });

  it('terminates a reader past its time with IMPORT_TIME_LIMIT, and the main thread keeps running meanwhile', async () => {
    // Every row's last cell in the last column Excel has: each row is 16,384 cells wide to walk.
    const wide = worksheet(
      numberedRows((r) => `<row r="${r}"><c r="XFD${r}" t="inlineStr"><is><t>x</t></is></c></row>`, 100 * MB),
    );
    let lag = 0;
    let last = Date.now();
    const tick = setInterval(() => {
      lag = Math.max(lag, Date.now() - last - 50);
      last = Date.now();
    }, 50);
    const { e, ms } = await refusal(
      { 'xl/worksheets/sheet1.xml': { content: wide } },
      { worker: { ...workerLimits, timeoutMs: 3000 } },
    ).finally(() => clearInterval(tick));
    expect(e.code).toBe('IMPORT_TIME_LIMIT');
    expect(e.params.max).toBe('3 s');
    expect(ms).toBeLessThan(15_000);
    expect(lag).toBeLessThan(1000);
  });

  it('reads an honest workbook in the worker exactly as in the calling thread', async () => {
    const path = join(tmp.dir, 'sample.xlsx');
    await writeWorkbook(sampleRegister(), path);
    const here = new RegisterParser('en');
    await readRegisterFile(path, here);
    const there = await readInWorker(path, { lang: 'en' });
    expect(there.register).toEqual(here.result().register);
    expect(there.issues.errors).toEqual(here.result().issues.errors);
    expect(there.issues.warnings).toEqual(here.result().issues.warnings);
    expect(there.partial).toEqual(here.result().partial);
  });
});
