import { resolve } from 'node:path';
import type { DbTarget } from './platform/db.js';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  /**
   * Behind TLS-terminating proxies: how many hops to trust. The client is the
   * address the outermost trusted proxy saw, and cookies are marked Secure. 0: none.
   */
  trustProxy: number;
}

/** What one process serves: everything, only the admin side (API and app), or only the public portal. */
export type Only = 'admin' | 'portal';

/** Reads the environment (and an optional --data flag) into a typed config. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, dataFlag?: string): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(dataFlag ?? env.GRASSROOTS_DATA ?? 'data'),
    databaseUrl: env.DATABASE_URL || null,
    trustProxy: Number(env.GRASSROOTS_TRUST_PROXY ?? 0),
  };
}

/** The database a config points at: a PostgreSQL server when DATABASE_URL is set, else PGlite in the data dir. */
export function dbTarget(config: Config): DbTarget {
  return config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'pglite', dataDir: config.dataDir };
}

/** Picks `--name VALUE` or `--name=VALUE` out of argv (for `npm start -- --data DIR`). */
function flag(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  if (i >= 0) return argv[i + 1];
  return argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

export const dataFlag = (argv: string[]): string | undefined => flag(argv, 'data');

/** `--only admin|portal` (or GRASSROOTS_ONLY); anything else is refused with the choices. */
export function onlyFlag(argv: string[], env: NodeJS.ProcessEnv = process.env): Only | undefined {
  const v = flag(argv, 'only') ?? (env.GRASSROOTS_ONLY || undefined);
  if (v === undefined || v === 'admin' || v === 'portal') return v;
  throw new Error(`--only must be admin or portal, got "${v}"`);
}
