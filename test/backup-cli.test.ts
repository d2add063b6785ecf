import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import unzipper from 'unzipper';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupFileName } from '../src/modules/backup/backup.rotation.js';
import { sampleRegister } from './support/imports/fixture.js';
import { importRegister } from '../src/modules/register/register.service.js';
import { tempDir } from './support/imports/testkit.js';
import { exampleRegister } from './support/indicators/example.register.js';
import { reportRegister } from './support/reports/fixture.js';
import { openDatabase, type DbTarget } from '../src/platform/db.js';
import { testActor } from './actor.js';
import { engines, type Engine, firstEngineRun } from './db.js';
import { cli, root } from './process.js';
import { createScratchDatabase, type ScratchDatabase } from './scratch-db.js';

// The embedded database unless a test says otherwise.
const embedded = { DATABASE_URL: '' };

describe.runIf(firstEngineRun)('grassroots db backup | restore | move, through the real command line', () => {
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

    for (const args of [
      ['--at', '2017-06-30'],
      ['--from', '2015-01-01', '--to', '2026-01-01'],
    ]) {
      const [a, c] = [report(embedded, ...args, '--data', source), report(embedded, ...args, '--data', copy)];
      expect(a.status).toBe(0);
      expect(c.stdout).toBe(a.stdout);
    }
    // six runs of the command line: on a busy machine more than the default minute
  }, 240_000);

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

/** The entries of a zip file (an .xlsx), by path. */
async function zipEntries(file: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const f of (await unzipper.Open.file(file)).files) {
    if (f.type !== 'File') continue;
    const chunks: Buffer[] = [];
    for await (const c of f.stream()) chunks.push(c as Buffer);
    out.set(f.path, Buffer.concat(chunks));
  }
  return out;
}

/** The moment a workbook was written, which is all that differs between two writings of the same report. */
const withoutTimes = (xml: Buffer) =>
  xml.toString('utf8').replace(/<dcterms:(created|modified)\b[^>]*>[^<]*<\/dcterms:\1>/g, '');

/** What the nightly backup runs (deploy/grassroots-backup.service), as command-line arguments. */
function timerCommand(backups: string): string[] {
  const unit = readFileSync(join(root, 'deploy/grassroots-backup.service'), 'utf8');
  const exec = /^ExecStart=\/usr\/bin\/node \/opt\/grassroots\/dist\/src\/cli\/index\.js (.+)$/m.exec(unit);
  if (!exec) throw new Error('no ExecStart of the command line in deploy/grassroots-backup.service');
  return exec[1].split(' ').map((a) => (a === '/var/backups/grassroots' ? backups : a));
}

/** A database for the command line: its environment and arguments, and how to open it here. */
interface Place {
  env: Record<string, string>;
  args: string[];
  target: DbTarget;
  drop(): Promise<void>;
}

async function place(engine: Engine, dir: string, name: string): Promise<Place> {
  if (engine === 'pglite') {
    const dataDir = join(dir, name);
    return { env: embedded, args: ['--data', dataDir], target: { kind: 'pglite', dataDir }, drop: async () => {} };
  }
  const scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL!, `grassroots_${name}`);
  return {
    env: { DATABASE_URL: scratch.url },
    args: [],
    target: { kind: 'postgres', url: scratch.url },
    drop: () => scratch.drop(),
  };
}

describe.each(engines)('the restore drill (docs/operations.md), on %s', (engine) => {
  const tmp = tempDir();
  const backups = join(tmp.dir, 'backups');
  let source: Place;
  let copy: Place;
  const keep = Number(timerCommand(backups).at(-1));
  // the backups of the 15 nights before, and files that are not the program's backups
  const nights = Array.from({ length: 15 }, (_, i) => backupFileName(new Date(Date.UTC(2025, 0, 1 + i, 1, 30))));
  const others = ['notes.txt', 'grassroots-manual.dump.gz', `${nights[0]}.copy`];
  let latest: string;

  beforeAll(async () => {
    source = await place(engine, tmp.dir, 'drill_source');
    copy = await place(engine, tmp.dir, 'drill_copy');
    const database = await openDatabase(source.target);
    expect((await importRegister(database.db, reportRegister(), { actor: testActor })).errors).toEqual([]);
    await database.close();
    mkdirSync(backups);
    for (const f of [...nights, ...others]) writeFileSync(join(backups, f), f);
  });
  afterAll(async () => {
    await source?.drop();
    await copy?.drop();
    tmp.cleanup();
  });

  it('the nightly command writes a new backup, keeps the newest ones and no other file is touched', () => {
    expect(keep).toBeGreaterThan(1);
    const b = cli([...timerCommand(backups), ...source.args], source.env);
    expect(b.stderr).toContain('Sao lưu people: 11 dòng');
    expect(b.status).toBe(0);
    const made = readdirSync(backups).filter((f) => !nights.includes(f) && !others.includes(f));
    expect(made).toHaveLength(1);
    [latest] = made;
    expect(latest).toMatch(/^grassroots-\d{8}T\d{6}Z\.dump\.gz$/);
    expect(b.stdout).toContain(`vào ${join(backups, latest)} (`);
    // the newest `keep` of the program's backups, the new one among them; the others as they were
    const removed = nights.slice(0, nights.length + 1 - keep);
    expect(b.stdout).toContain(
      `Xoay vòng: giữ ${keep} bản mới nhất, xóa ${removed.length} bản: ${removed.join(', ')}.`,
    );
    expect(readdirSync(backups).sort()).toEqual([...nights.slice(removed.length), latest, ...others].sort());
    for (const f of others) expect(readFileSync(join(backups, f), 'utf8')).toBe(f);
    // the backup is its owner's only: it holds personal data and password hashes
    expect(statSync(join(backups, latest)).mode & 0o777).toBe(0o600);
  });

  it('a backup that fails removes nothing', async () => {
    // in another second than the last backup, whose name a second backup of the same second would be refused
    while (readdirSync(backups).includes(backupFileName(new Date()))) await new Promise((r) => setTimeout(r, 100));
    const before = readdirSync(backups).sort();
    const unreachable =
      engine === 'pglite'
        ? cli([...timerCommand(backups), '--data', join(tmp.dir, 'no-such-data')], embedded)
        : cli(timerCommand(backups), {
            DATABASE_URL: Object.assign(new URL(process.env.TEST_DATABASE_URL!), {
              pathname: '/grassroots_no_such_database',
            }).toString(),
          });
    expect(unreachable.status).toBe(1);
    expect(unreachable.stderr).toContain(engine === 'pglite' ? 'DB_SOURCE_MISSING' : 'grassroots_no_such_database');
    expect(readdirSync(backups).sort()).toEqual(before);
  });

  it('restores the backup into a new database, and the report of a period is byte for byte the same', async () => {
    const r = cli(['db', 'restore', join(backups, latest), ...copy.args], copy.env);
    expect(r.stderr).toContain('Khôi phục people: 11 dòng');
    expect(r.status).toBe(0);

    const period = ['report', '--scope', 'P', '--from', '2013-06-01', '--to', '2016-01-01'];
    const compared = [source, copy].map((p) => cli([...period, '--json', ...p.args], p.env));
    const narratives = [source, copy].map((p) =>
      cli(
        [
          ...period,
          '--narrative',
          '--xlsx',
          join(tmp.dir, `${p === source ? 'source' : 'copy'}.xlsx`),
          '--issued-on',
          '2016-01-05',
          '--signer',
          'Nguyễn Văn An',
          ...p.args,
        ],
        p.env,
      ),
    );
    for (const [a, b] of [compared, narratives]) {
      expect(a.status, a.stderr).toBe(0);
      expect(b.stdout).toBe(a.stdout);
    }
    expect(JSON.parse(compared[0].stdout).to.at).toBe('2016-01-01');
    expect(narratives[0].stdout).toMatch(/^Từ năm 2013 đến năm 2016, .*đã kết nạp 2 đảng viên/);

    // the workbook: every part the same bytes, but the moment it was written
    const [a, b] = [await zipEntries(join(tmp.dir, 'source.xlsx')), await zipEntries(join(tmp.dir, 'copy.xlsx'))];
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    expect(a.size).toBeGreaterThan(5);
    for (const [path, bytes] of a) {
      if (path === 'docProps/core.xml') expect(withoutTimes(b.get(path)!)).toBe(withoutTimes(bytes));
      else expect(b.get(path)!.equals(bytes), path).toBe(true);
    }
  }, 240_000);
});
