/**
 * The set-up most route tests share: a fresh database on one engine holding the
 * example register (or another), the app over it, and a caller signed in with a role and
 * scope. Call it inside a describe block; its fields are set by beforeAll.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import { buildApp, type AppOptions } from '../src/app.js';
import type { Role } from '../src/db/schema/index.js';
import type { Register } from '../src/modules/register/register.schema.js';
import { importRegister } from '../src/modules/register/register.service.js';
import { exampleRegister } from './support/indicators/example.register.js';
import type { Database } from '../src/platform/db.js';
import { testActor } from './actor.js';
import { signIn, type Signed } from './auth.js';
import { createTestDatabase, type Engine } from './db.js';

export interface ExampleApp {
  database: Database;
  app: FastifyInstance;
  /** The account signed in by beforeAll. */
  caller: Signed;
  /** Another account of this role and scope, signed in. */
  signIn(role: Role, scopeCode?: string | null): Promise<Signed>;
  get(url: string, who?: Signed): Promise<LightMyRequestResponse>;
  post(url: string, payload?: object, who?: Signed): Promise<LightMyRequestResponse>;
}

export interface ExampleAppOptions extends Omit<AppOptions, 'database'> {
  /** The register loaded first; the example register by default. */
  register?: () => Register;
}

export function exampleApp(
  engine: Engine,
  [role, scopeCode]: [Role, string | null] = ['admin', null],
  { register = exampleRegister, ...options }: ExampleAppOptions = {},
): ExampleApp {
  const t = {
    signIn: (r: Role, s: string | null = null) => signIn(t.app, t.database.db, r, s),
    get: (url: string, who?: Signed) => t.app.inject({ method: 'GET', url, headers: (who ?? t.caller).headers }),
    post: (url: string, payload?: object, who?: Signed) =>
      t.app.inject({ method: 'POST', url, headers: (who ?? t.caller).headers, payload }),
  } as ExampleApp;
  beforeAll(async () => {
    t.database = await createTestDatabase(engine);
    expect((await importRegister(t.database.db, register(), { actor: testActor })).errors).toEqual([]);
    t.app = await buildApp({ ...options, database: t.database });
    t.caller = await t.signIn(role, scopeCode);
  });
  afterAll(async () => {
    await t.app?.close();
    await t.database?.close();
  });
  return t;
}
