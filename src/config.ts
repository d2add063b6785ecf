/**
 * The configuration: the environment read once, through one schema, into a
 * typed value. A variable that does not fit is refused at start, naming it and
 * what it must be; a GRASSROOTS_* variable the program does not know (a typo,
 * or one from another version) is reported. The README's table of variables
 * lists exactly these (a test holds them together).
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import type { DbTarget } from './platform/db.js';

/** What one process serves: everything, only the admin side (API and app), or only the public portal. */
export type Only = 'admin' | 'portal';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * A PostgreSQL address as node-postgres reads it: `postgres://user:password@host:port/database`,
 * or through the local socket with no host, `postgresql://user@/database?host=/var/run/postgresql`
 * (which WHATWG URL parsing refuses, so it is not checked as a URL).
 */
const postgresUrl = z.string().regex(/^postgres(ql)?:\/\/\S+$/, {
  error: 'a postgres://user@host:port/database address (or postgresql://user@/database?host=/socket/folder)',
});

/** Every variable the server and the command line read, with its default and what it does. */
export const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000).describe('TCP port of the server'),
  HOST: z.string().min(1).default('127.0.0.1').describe('address to listen on; `0.0.0.0` (or `::`) serves the network'),
  DATABASE_URL: postgresUrl.optional().describe('PostgreSQL server to use instead of the embedded database'),
  DATABASE_OWNER_URL: postgresUrl
    .optional()
    .describe(
      "with DATABASE_URL: the same database as the role that owns the tables; migrations run as it, the server then serves as DATABASE_URL's role",
    ),
  DATABASE_READ_URL: postgresUrl
    .optional()
    .describe(
      "with DATABASE_URL: a read replica of it; figures, reports, exports, checks and the portal's pages read from it (a request that follows its own write reads from the primary until the replica has that write)",
    ),
  GRASSROOTS_WORKERS: z.coerce
    .number()
    .int()
    .min(1)
    .max(64)
    .default(1)
    .describe('processes serving the one port (node:cluster; PostgreSQL only; also `--workers N`)'),
  GRASSROOTS_DATA: z.string().min(1).default('data').describe('directory of the embedded database (also `--data DIR`)'),
  GRASSROOTS_DEMO: z
    .enum(['0', '1'])
    .default('1')
    .describe('`0`: the first start of an empty embedded database loads no demo province'),
  GRASSROOTS_ONLY: z
    .enum(['admin', 'portal'])
    .optional()
    .describe('serve only the admin side or only the public portal (also `--only`)'),
  GRASSROOTS_TRUST_PROXY: z.coerce
    .number()
    .int()
    .min(0)
    .max(10)
    .default(0)
    .describe(
      'number of proxies in front (1 behind one nginx): the client is the address the outermost trusted proxy saw, cookies are Secure over https',
    ),
  GRASSROOTS_SHUTDOWN_TIMEOUT: z.coerce
    .number()
    .positive()
    .max(3600)
    .default(10)
    .describe('seconds a shutdown waits for the requests in flight before it exits anyway (exit code 1)'),
  LOG_LEVEL: z.enum(logLevels).default('info').describe('least severe log lines written (JSON on stdout)'),
  CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium').describe('Chromium that prints PDF reports'),
});

/** GRASSROOTS_* variables read only by the test suite, not by the program. */
const testVariables = new Set(['GRASSROOTS_TEST_SERVER']);

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  /** The same database as the tables' owner, for migrations (DATABASE_URL is then a role that owns nothing). */
  databaseOwnerUrl: string | null;
  /** A read replica of DATABASE_URL. */
  databaseReadUrl: string | null;
  /** Processes serving the port together (node:cluster). */
  workers: number;
  /** Whether the first start of an empty embedded database loads the demo province. */
  demo: boolean;
  only: Only | undefined;
  /**
   * Behind TLS-terminating proxies: how many hops to trust. The client is the
   * address the outermost trusted proxy saw, and cookies are marked Secure. 0: none.
   */
  trustProxy: number;
  logLevel: (typeof logLevels)[number];
  shutdownTimeoutSeconds: number;
  chromiumPath: string;
  /** What the environment holds that the program does not read (unknown GRASSROOTS_* names). */
  warnings: string[];
}

/** A configuration the program cannot run with: every variable at fault, named, in Vietnamese and English. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Cấu hình không hợp lệ / invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads the environment (and the --data and --only flags, which win over it) into a typed config. */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  dataFlag?: string,
  onlyFlag?: string,
  workersFlag?: string,
): Config {
  // an empty variable counts as unset, as a shell's `VAR=` usually means
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  if (dataFlag) present.GRASSROOTS_DATA = dataFlag;
  if (onlyFlag) present.GRASSROOTS_ONLY = onlyFlag;
  if (workersFlag) present.GRASSROOTS_WORKERS = workersFlag;
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map(
        (i) => `${String(i.path[0])}=${JSON.stringify(present[String(i.path[0])] ?? '')}: ${i.message}`,
      ),
    );
  }
  const e = parsed.data;
  if (e.DATABASE_OWNER_URL && !e.DATABASE_URL) {
    throw new ConfigError([`DATABASE_OWNER_URL: chỉ dùng cùng DATABASE_URL / only together with DATABASE_URL`]);
  }
  if (e.DATABASE_READ_URL && !e.DATABASE_URL) {
    throw new ConfigError([`DATABASE_READ_URL: chỉ dùng cùng DATABASE_URL / only together with DATABASE_URL`]);
  }
  if (e.GRASSROOTS_WORKERS > 1 && !e.DATABASE_URL) {
    throw new ConfigError([
      `GRASSROOTS_WORKERS=${e.GRASSROOTS_WORKERS}: cơ sở dữ liệu nhúng chỉ phục vụ một tiến trình; nhiều tiến trình cần DATABASE_URL (PostgreSQL) / the embedded database serves one process; several need DATABASE_URL (PostgreSQL)`,
    ]);
  }
  const known = new Set(Object.keys(envSchema.shape));
  const warnings = Object.keys(env)
    .filter((k) => k.startsWith('GRASSROOTS_') && !known.has(k) && !testVariables.has(k))
    .map((k) => `biến môi trường không dùng đến / unknown variable ignored: ${k}`);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.GRASSROOTS_DATA),
    databaseUrl: e.DATABASE_URL ?? null,
    databaseOwnerUrl: e.DATABASE_OWNER_URL ?? null,
    databaseReadUrl: e.DATABASE_READ_URL ?? null,
    workers: e.GRASSROOTS_WORKERS,
    demo: e.GRASSROOTS_DEMO === '1',
    only: e.GRASSROOTS_ONLY,
    trustProxy: e.GRASSROOTS_TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    shutdownTimeoutSeconds: e.GRASSROOTS_SHUTDOWN_TIMEOUT,
    chromiumPath: e.CHROMIUM_PATH,
    warnings,
  };
}

/** The database a config points at: a PostgreSQL server when DATABASE_URL is set (migrated as DATABASE_OWNER_URL when set), else PGlite in the data dir. */
export function dbTarget(config: Config): DbTarget {
  if (!config.databaseUrl) return { kind: 'pglite', dataDir: config.dataDir };
  return {
    kind: 'postgres',
    url: config.databaseUrl,
    ...(config.databaseOwnerUrl ? { ownerUrl: config.databaseOwnerUrl } : {}),
    ...(config.databaseReadUrl ? { readUrl: config.databaseReadUrl } : {}),
  };
}

/** Picks `--name VALUE` or `--name=VALUE` out of argv (for `npm start -- --data DIR`). */
export function flag(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  if (i >= 0) return argv[i + 1];
  return argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}
