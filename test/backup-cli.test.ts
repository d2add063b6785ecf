import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleRegister } from '../src/modules/imports/imports.fixture.js';
import { importRegister } from '../src/modules/imports/imports.service.js';
import { tempDir } from '../src/modules/imports/imports.testkit.js';
import { exampleRegister } from '../src/modules/indicators/example.register.js';
import { openDatabase } from '../src/platform/db.js';
import { testActor } from './actor.js';
import { cli } from './process.js';
import { createScratchDatabase, type ScratchDatabase } from './scratch-db.js';

// The embedded database unless a test says otherwise.
const embedded = { DATABASE_URL: '' };

describe('grassroots db backup | restore | move, through the real command line', () => {
  const tmp = tempDir();
  const source = join(tmp.dir, 'source');
  const copy = join(tmp.dir, 'copy');
  const file = join(tmp.dir, 'register.dump.gz');
  const report = (env: Record<string, string>, ...args: string[]) =>
    cli(['report', '--scope', '33', ...args, '--json'], env);

  beforeAll(async () => {
    const database = await openDatabase({ kind: 'pglite', dataDir: source });
    for (const register of [sampleRegister(), exampleRegister()]) {
      expect((await importRegister(database.db, register, { actor: testActor })).errors).toEqual([]);
    }
    await database.close();
  });
  afterAll(() => tmp.cleanup());

  it('backs up, restores into an empty data directory, and both give the same reports', () => {
    const b = cli(['db', 'backup', file, '--data', source], embedded);
    expect(b.stderr).toContain('Sao lưu people: 14 dòng');
    expect(b.status).toBe(0);
    expect(b.stdout).toMatch(/^Đã sao lưu \d+ bảng, [\d.]+ dòng vào /);
    expect(b.stdout).toMatch(/people\s+14\n/);

    const r = cli(['db', 'restore', file, '--data', copy, '--lang', 'en'], embedded);
    expect(r.stderr).toContain('Restoring people: 14 rows');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Restored \d+ tables, \d+ rows from .* \(backed up from pglite at /);

    for (const args of [['--at', '2017-06-30'], ['--from', '2015-01-01', '--to', '2026-01-01']]) {
      const [a, c] = [report(embedded, ...args, '--data', source), report(embedded, ...args, '--data', copy)];
      expect(a.status).toBe(0);
      expect(c.stdout).toBe(a.stdout);
    }
  });

  it('refuses to restore into a database that holds data, and to back up a data directory that has none', () => {
    const again = cli(['db', 'restore', file, '--data', copy], embedded);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('DB_TARGET_NOT_EMPTY');
    const missing = join(tmp.dir, 'nothing-here');
    const none = cli(['db', 'backup', join(tmp.dir, 'x.gz'), '--data', missing], embedded);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('DB_SOURCE_MISSING');
    expect(existsSync(missing)).toBe(false);
  });

  describe.runIf(process.env.TEST_DATABASE_URL)('on a PostgreSQL server', () => {
    let server: ScratchDatabase;
    beforeAll(async () => {
      server = await createScratchDatabase(process.env.TEST_DATABASE_URL!, 'grassroots_move');
    });
    afterAll(() => server.drop());

    it('moves the embedded database to an empty server, which then gives the same reports; a second move is refused', () => {
      const m = cli(['db', 'move', '--to', server.url, '--data', source], embedded);
      expect(m.stderr).toContain('Đối chiếu số dòng nguồn và đích');
      expect(m.status).toBe(0);
      expect(m.stdout).toContain('số dòng từng bảng ở đích khớp với nguồn');
      const a = report(embedded, '--at', '2017-06-30', '--data', source);
      const b = report({ DATABASE_URL: server.url }, '--at', '2017-06-30');
      expect(b.status).toBe(0);
      expect(b.stdout).toBe(a.stdout);

      const again = cli(['db', 'move', '--to', server.url, '--data', source], embedded);
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('DB_TARGET_NOT_EMPTY');
    });
  });
});
