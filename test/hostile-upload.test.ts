/**
 * Hostile workbooks against the server as built (its reader runs from the
 * compiled worker module, dist/modules/imports/imports.worker.js) and against
 * the CLI's import: refused with the limit named, the server answering all along.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileWorkbook, repeat, worksheet } from './hostile.js';
import { cli, signInPrinted, startServer, type ServerProcess } from './process.js';
import { multipart } from './upload.js';

const MB = 1024 * 1024;
const sharedStrings = () => [
  '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
  ...repeat('<si><t>Hoàng Văn Em</t></si>', 450 * MB),
  '</sst>',
];

describe('hostile uploads to the compiled server, and the CLI import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gr-hostile-'));
  let server: ServerProcess;
  let session: { cookie: string; 'x-csrf-token': string };
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  beforeAll(async () => {
    server = await startServer(
      { GRASSROOTS_DATA: join(dir, 'data'), GRASSROOTS_DEMO: '0', DATABASE_URL: '', LOG_LEVEL: 'info' },
      120_000,
      { built: true },
    );
    const first = /first administrator: (\S+)\n.*one-time password: (\S+)\n/.exec(server.stderr());
    if (!first) throw new Error(`no first administrator on stderr: ${server.stderr()}`);
    session = await signInPrinted(server.url, first[1], first[2]);
  });

  it.each([
    [
      'strings.xlsx',
      () => ({ 'xl/sharedStrings.xml': { content: sharedStrings() } }),
      'ARCHIVE_PART_TOO_LARGE',
      'The part "xl/sharedStrings.xml" (chuỗi dùng chung / shared strings) of the file "strings.xlsx" inflates past its limit of 64 MB',
    ],
    [
      'deep.xlsx',
      () => ({ 'xl/worksheets/sheet1.xml': { content: worksheet(repeat('<x>', 5 * MB)) } }),
      'ARCHIVE_PART_TOO_COMPLEX',
      'The part "xl/worksheets/sheet1.xml" of the file "deep.xlsx" has độ lồng của XML / XML nesting depth over the limit of 64',
    ],
  ])(
    'refuses %s with 413 naming the part and the limit, answering /api/health meanwhile',
    async (name, parts, code, message) => {
      const body = multipart([{ name, content: await hostileWorkbook(parts()) }]);
      let done = false;
      const pending = fetch(`${server.url}/api/imports?dryRun=true&lang=en`, {
        method: 'POST',
        headers: { ...session, ...body.headers },
        body: new Uint8Array(body.payload),
      }).finally(() => (done = true));
      let answered = 0;
      while (!done) {
        expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
        answered++;
      }
      const r = await pending;
      expect(r.status).toBe(413);
      const { error } = (await r.json()) as { error: { code: string; message: string } };
      expect(error.code).toBe(code);
      expect(error.message).toContain(message);
      expect(answered).toBeGreaterThan(0);
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    },
  );

  it('the CLI import refuses the same file with the same words and exit code 1', async () => {
    const file = join(dir, 'strings.xlsx');
    writeFileSync(file, await hostileWorkbook({ 'xl/sharedStrings.xml': { content: sharedStrings() } }));
    const r = cli(['import', file, '--dry-run', '--lang', 'en', '--data', join(dir, 'cli-data')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'Error [ARCHIVE_PART_TOO_LARGE]: The part "xl/sharedStrings.xml" (chuỗi dùng chung / shared strings) of the file "strings.xlsx" inflates past its limit of 64 MB',
    );
  });
});
