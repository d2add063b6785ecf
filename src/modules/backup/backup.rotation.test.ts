import { mkdirSync, readdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/support/imports/testkit.js';
import { backupFileName, isOwnBackup, rotateBackups } from './backup.rotation.js';

describe('backups kept in a folder', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  let n = 0;
  const folder = (files: string[]) => {
    const dir = join(tmp.dir, `f${++n}`);
    mkdirSync(dir);
    for (const f of files) writeFileSync(join(dir, f), f);
    return dir;
  };

  it('names a backup by its moment in UTC, so names sort as times do', () => {
    expect(backupFileName(new Date('2025-01-31T01:30:05.123Z'))).toBe('grassroots-20250131T013005Z.dump.gz');
    expect(isOwnBackup(backupFileName(new Date()))).toBe(true);
    const times = ['2024-12-31T23:59:59Z', '2025-01-01T00:00:00Z', '2025-10-02T09:00:00Z', '2025-10-10T08:00:00Z'];
    const names = times.map((t) => backupFileName(new Date(t)));
    expect([...names].sort()).toEqual(names);
  });

  it('keeps the newest n of its own backups and never touches another file', () => {
    const own = ['2025-01-01', '2025-01-02', '2025-01-03', '2025-01-04', '2025-01-05'].map((d) =>
      backupFileName(new Date(`${d}T01:00:00Z`)),
    );
    const others = [
      'notes.txt',
      'grassroots-manual.dump.gz',
      'grassroots-20200101T000000Z.dump.gz.bak',
      'copy-grassroots-20200101T000000Z.dump.gz',
      'grassroots-20200101T000000Z.dump',
    ];
    const dir = folder([...own, ...others]);
    // a folder and a link with a backup's name are not backups
    mkdirSync(join(dir, 'grassroots-20000101T000000Z.dump.gz'));
    symlinkSync(join(dir, 'notes.txt'), join(dir, 'grassroots-20000102T000000Z.dump.gz'));

    const r = rotateBackups(dir, 2);
    expect(r.kept).toEqual(own.slice(3));
    expect(r.removed).toEqual(own.slice(0, 3));
    expect(readdirSync(dir).sort()).toEqual(
      [...own.slice(3), ...others, 'grassroots-20000101T000000Z.dump.gz', 'grassroots-20000102T000000Z.dump.gz'].sort(),
    );
    // fewer than n: nothing removed
    expect(rotateBackups(dir, 14)).toEqual({ kept: own.slice(3), removed: [] });
  });

  it('removes what an interrupted backup left more than a day ago, not a backup being written', () => {
    const [old, fresh] = [
      backupFileName(new Date('2025-01-01T01:00:00Z')),
      backupFileName(new Date('2025-01-02T01:00:00Z')),
    ].map((f) => `${f}.partial`);
    const dir = folder([old, fresh, 'other.partial']);
    const now = new Date('2025-01-03T12:00:00Z');
    utimesSync(join(dir, old), new Date('2025-01-01T01:00:00Z'), new Date('2025-01-01T01:00:00Z'));
    utimesSync(join(dir, fresh), new Date('2025-01-03T11:00:00Z'), new Date('2025-01-03T11:00:00Z'));
    utimesSync(join(dir, 'other.partial'), new Date('2020-01-01T00:00:00Z'), new Date('2020-01-01T00:00:00Z'));
    expect(rotateBackups(dir, 1, now)).toEqual({ kept: [], removed: [old] });
    expect(readdirSync(dir).sort()).toEqual([fresh, 'other.partial'].sort());
  });

  it('refuses to keep fewer than one', () => {
    const dir = folder([backupFileName(new Date())]);
    expect(() => rotateBackups(dir, 0)).toThrow(/positive integer/);
    expect(() => rotateBackups(dir, 1.5)).toThrow(/positive integer/);
    expect(readdirSync(dir)).toHaveLength(1);
  });
});
