import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockDataDir } from './lock.js';

describe('data directory lock', () => {
  it('refuses a second holder while the first lives, and frees on release', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gr-lock-'));
    // Another live process holds it: our parent shell is alive for sure.
    writeFileSync(join(dir, 'grassroots.lock'), JSON.stringify({ pid: process.ppid, holder: 'server' }));
    expect(() => lockDataDir(dir, 'cli')).toThrow(/held by a running server/);
    expect(existsSync(join(dir, 'grassroots.lock'))).toBe(true);
  });

  it('takes over a lock left by a dead process', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gr-lock-'));
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    writeFileSync(join(dir, 'grassroots.lock'), JSON.stringify({ pid: Number(dead), holder: 'server' }));
    const lock = lockDataDir(dir, 'cli');
    expect(existsSync(join(dir, 'grassroots.lock'))).toBe(true);
    lock.release();
    expect(existsSync(join(dir, 'grassroots.lock'))).toBe(false);
  });
});
