/**
 * Passwords: argon2id hashes (@node-rs/argon2), and the policy of OWASP ASVS
 * 5.0 6.2: at least 12 characters, not a common password, no composition rules.
 */
import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { AppError } from '../errors.js';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

const common = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

/** Throws PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG or PASSWORD_TOO_COMMON; length counts characters, not bytes. */
export function checkPasswordPolicy(password: string, username?: string): void {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) throw new AppError('PASSWORD_TOO_SHORT', { min: MIN_PASSWORD_LENGTH });
  if (length > MAX_PASSWORD_LENGTH) throw new AppError('PASSWORD_TOO_LONG', { max: MAX_PASSWORD_LENGTH });
  const lower = password.toLowerCase();
  if (common.has(lower) || (username && lower.includes(username.toLowerCase())))
    throw new AppError('PASSWORD_TOO_COMMON');
}

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** Whether the password matches; a malformed stored hash is a mismatch, never an exception. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

// A hash of nothing anyone knows: an unknown user name costs as much time as a wrong password.
let decoy: Promise<string> | null = null;
export async function spendVerifyTime(password: string): Promise<void> {
  decoy ??= hash(`decoy-${randomInt(1e9)}`);
  await verifyPassword(await decoy, password);
}

const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A one-time password: 4 groups of 5 characters, about 100 bits, easy to read aloud. */
export function generatePassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g++) {
    let s = '';
    for (let i = 0; i < 5; i++) s += alphabet[randomInt(alphabet.length)];
    groups.push(s);
  }
  return groups.join('-');
}
