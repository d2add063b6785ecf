import { resolve } from 'node:path';
import type { DbTarget } from './platform/db.js';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
}

/** Reads the environment (and an optional --data flag) into a typed config. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, dataFlag?: string): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(dataFlag ?? env.GRASSROOTS_DATA ?? 'data'),
    databaseUrl: env.DATABASE_URL || null,
  };
}

/** The database a config points at: a PostgreSQL server when DATABASE_URL is set, else PGlite in the data dir. */
export function dbTarget(config: Config): DbTarget {
  return config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'pglite', dataDir: config.dataDir };
}

/** Picks `--data DIR` out of argv (for `npm start -- --data DIR`). */
export function dataFlag(argv: string[]): string | undefined {
  const i = argv.indexOf('--data');
  if (i >= 0) return argv[i + 1];
  return argv.find((a) => a.startsWith('--data='))?.slice('--data='.length);
}
