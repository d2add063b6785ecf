import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, root, startServer, type ServerProcess } from './process.js';

describe('the server as built, as a process on an embedded data directory', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gr-server-'));
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServer({ GRASSROOTS_DATA: dataDir, GRASSROOTS_DEMO: '0', GRASSROOTS_DEMOO: '1' }, 120_000, {
      built: true,
    });
  });
  afterAll(() => server?.stop());

  it('runs as compiled JavaScript and reports a GRASSROOTS_ variable it does not know', () => {
    expect(server.child.spawnargs).toContain('dist/src/main.js');
    expect(server.stderr()).toContain('unknown variable ignored: GRASSROOTS_DEMOO');
  });

  it('refuses to start on a variable that does not fit, naming it', async () => {
    const r = spawnSync(process.execPath, ['dist/src/main.js'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, GRASSROOTS_DATA: dataDir, PORT: 'tám nghìn', GRASSROOTS_TRUST_PROXY: 'yes' },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Cấu hình không hợp lệ / invalid configuration');
    expect(r.stderr).toContain('PORT="tám nghìn"');
    expect(r.stderr).toContain('GRASSROOTS_TRUST_PROXY="yes"');
  });

  it('answers health and serves the OpenAPI description at /docs', async () => {
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', engine: 'pglite' });
    const docs = await fetch(`${server.url}/docs/json`);
    const spec = (await docs.json()) as { paths: Record<string, unknown> };
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/api/indicators', '/api/units/tree', '/api/villages/{code}']),
    );
    expect((await fetch(`${server.url}/docs`, { redirect: 'manual' })).status).toBeLessThan(400);
  });

  it('answers an unknown route with a registered error in both languages', async () => {
    const r = await fetch(`${server.url}/api/nothing-here`);
    expect(r.status).toBe(404);
    const body = (await r.json()) as { error: { code: string; messages: { vi: string; en: string } } };
    expect(body.error.code).toBe('NOT_FOUND');
    expect(body.error.messages.vi).toContain('Không tìm thấy');
  });

  it('keeps the CLI off the data directory while it runs, and says so plainly', () => {
    const r = cli(['report', '--scope', '33', '--at', '2017-06-30', '--data', dataDir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('DATA_DIR_IN_USE');
    expect(r.stderr).toContain('đang được máy chủ');
    expect(r.stderr).toContain(String(server.child.pid));
  });
});
