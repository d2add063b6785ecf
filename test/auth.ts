import type { FastifyInstance } from 'fastify';
import type { Role } from '../src/db/schema/index.js';
import { addAccount } from '../src/modules/auth/auth.service.js';
import type { Db } from '../src/platform/db.js';
import { testActor } from './actor.js';

export const TEST_PASSWORD = 'mat-khau-kiem-thu-dai';

export interface Signed {
  username: string;
  /** Headers that carry the session and the CSRF token. */
  headers: { cookie: string; 'x-csrf-token': string };
}

let n = 0;

/** Adds an account of the role and scope, signs it in through the API and returns its headers. */
export async function signIn(
  app: FastifyInstance,
  db: Db,
  role: Role = 'admin',
  scopeCode: string | null = null,
): Promise<Signed> {
  const username = `t-${role}-${++n}-${Math.random().toString(36).slice(2, 8)}`;
  await addAccount(db, testActor, { username, role, scopeCode, password: TEST_PASSWORD });
  return loginAs(app, username, TEST_PASSWORD);
}

export async function loginAs(app: FastifyInstance, username: string, password: string): Promise<Signed> {
  const r = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (r.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${r.statusCode} ${r.body}`);
  const cookie = String(r.headers['set-cookie']).split(';')[0];
  return { username, headers: { cookie, 'x-csrf-token': r.json().csrfToken } };
}
