import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from './errors.js';

export interface DataDirLock {
  release(): void;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the embedded database's data directory for this process. PGlite must
 * not be opened by two processes at once, so a second holder (a CLI while the
 * server runs) is refused with DATA_DIR_IN_USE. A lock left by a dead process
 * (say, after a crash) is taken over at once.
 */
export function lockDataDir(dir: string, holder: 'server' | 'cli'): DataDirLock {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'grassroots.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, holder, since: new Date().toISOString() }));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        rmSync(file, { force: true });
      };
      process.once('exit', release);
      return { release };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let owner: { pid?: number; holder?: string } = {};
      try {
        owner = JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        // A lock file being written right now, or garbage: judged by pid below.
      }
      if (owner.pid && owner.pid !== process.pid && alive(owner.pid)) {
        throw new AppError('DATA_DIR_IN_USE', { dir, pid: owner.pid, holder: owner.holder ?? '?' });
      }
      rmSync(file, { force: true });
    }
  }
  throw new AppError('DATA_DIR_IN_USE', { dir, pid: '?', holder: '?' });
}
