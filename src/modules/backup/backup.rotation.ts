/**
 * Backups kept in a folder: each named by the moment it was made (UTC), the
 * newest few kept. Only the program's own backup files (by their name) are
 * ever removed; any other file in the folder is left alone.
 */
import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** `grassroots-20250131T013000Z.dump.gz`: fixed width, so the order of names is the order of time. */
const OWN_BACKUP = /^grassroots-\d{8}T\d{6}Z\.dump\.gz$/;
/** What an interrupted backup leaves behind (see writeDumpFile). */
const OWN_PARTIAL = /^grassroots-\d{8}T\d{6}Z\.dump\.gz\.partial$/;
/** A partial file older than this is the leftover of an interrupted backup, never one being written. */
const STALE_PARTIAL_MS = 24 * 3600_000;

/** The file name of a backup made at `at`. */
export function backupFileName(at: Date): string {
  const stamp = at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
  return `grassroots-${stamp}.dump.gz`;
}

export const isOwnBackup = (name: string): boolean => OWN_BACKUP.test(name);

function isFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

export interface Rotation {
  /** The backups kept, oldest first. */
  kept: string[];
  /** The backups and stale partial files removed. */
  removed: string[];
}

/**
 * Keeps the newest `keep` of the program's backups in `dir` and removes the
 * older ones, and the partial files of backups interrupted more than a day
 * ago. Other files, folders and links are never touched.
 */
export function rotateBackups(dir: string, keep: number, now = new Date()): Rotation {
  if (!Number.isInteger(keep) || keep < 1) throw new Error(`keep must be a positive integer, got ${keep}`);
  const names = readdirSync(dir).filter((n) => isFile(join(dir, n)));
  const backups = names.filter(isOwnBackup).sort();
  const old = backups.slice(0, Math.max(0, backups.length - keep));
  const stale = names.filter(
    (n) => OWN_PARTIAL.test(n) && now.getTime() - lstatSync(join(dir, n)).mtimeMs > STALE_PARTIAL_MS,
  );
  for (const n of [...old, ...stale]) rmSync(join(dir, n), { force: true });
  return { kept: backups.slice(old.length), removed: [...old, ...stale] };
}
