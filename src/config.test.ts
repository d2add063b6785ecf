import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, dbTarget, envSchema, loadConfig } from './config.js';

describe('the configuration', () => {
  it('has safe defaults: the loopback address, the embedded database in ./data, no trusted proxy', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: null,
      demo: true,
      only: undefined,
      trustProxy: 0,
      logLevel: 'info',
      warnings: [],
    });
    expect(c.dataDir).toMatch(/\/data$/);
  });

  it('reads every variable, the flags winning over the environment, an empty one counting as unset', () => {
    const c = loadConfig(
      {
        PORT: '8080',
        HOST: '0.0.0.0',
        DATABASE_URL: 'postgres://app@db:5432/grassroots',
        GRASSROOTS_DATA: '/srv/a',
        GRASSROOTS_DEMO: '0',
        GRASSROOTS_ONLY: 'portal',
        GRASSROOTS_TRUST_PROXY: '1',
        LOG_LEVEL: 'warn',
        CHROMIUM_PATH: '',
      },
      '/srv/b',
      'admin',
    );
    expect(c).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgres://app@db:5432/grassroots',
      dataDir: '/srv/b',
      demo: false,
      only: 'admin',
      trustProxy: 1,
      logLevel: 'warn',
      chromiumPath: '/usr/bin/chromium',
    });
  });

  it('refuses what does not fit, naming every variable at fault and its value', () => {
    const bad = {
      PORT: '70000',
      DATABASE_URL: 'http://db/x',
      GRASSROOTS_ONLY: 'both',
      GRASSROOTS_TRUST_PROXY: '-1',
      LOG_LEVEL: 'loud',
    };
    let error: unknown;
    try {
      loadConfig(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const [k, v] of Object.entries(bad)) expect(problems).toContain(`${k}=${JSON.stringify(v)}`);
    expect(problems).toContain('postgres://');
  });

  it("takes the owner's address for migrations only beside DATABASE_URL", () => {
    // through the local socket, as docs/operations.md has them
    const owner = 'postgresql://postgres@/grassroots?host=/var/run/postgresql&options=-c%20role%3Dgrassroots_owner';
    expect(
      dbTarget(
        loadConfig({
          DATABASE_URL: 'postgresql://grassroots@/grassroots?host=/var/run/postgresql',
          DATABASE_OWNER_URL: owner,
        }),
      ),
    ).toEqual({
      kind: 'postgres',
      url: 'postgresql://grassroots@/grassroots?host=/var/run/postgresql',
      ownerUrl: owner,
    });
    expect(
      dbTarget(loadConfig({ DATABASE_URL: 'postgresql://grassroots@/grassroots?host=/var/run/postgresql' })),
    ).toEqual({ kind: 'postgres', url: 'postgresql://grassroots@/grassroots?host=/var/run/postgresql' });
    expect(() => loadConfig({ DATABASE_OWNER_URL: owner })).toThrow(/DATABASE_OWNER_URL/);
  });

  it('reports GRASSROOTS_ variables it does not know, and no other variable', () => {
    const c = loadConfig({
      GRASSROOTS_TRUST_PROXIES: '1',
      GRASSROOTS_TEST_SERVER: 'http://127.0.0.1:1',
      HOME: '/root',
      PGHOST: 'x',
    });
    expect(c.warnings).toEqual(['biến môi trường không dùng đến / unknown variable ignored: GRASSROOTS_TRUST_PROXIES']);
  });

  it('is listed, every variable and no other, in the README', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const section = readme.slice(
      readme.indexOf('## Configuration'),
      readme.indexOf('\n## ', readme.indexOf('## Configuration') + 5),
    );
    const listed = [...section.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual(Object.keys(envSchema.shape).sort());
  });
});
