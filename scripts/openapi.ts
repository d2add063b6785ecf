/**
 * `npm run openapi`: writes the API's contract, openapi.json at the root of
 * the repository, and the web app's types generated from it
 * (web/src/api/schema.d.ts, by openapi-typescript). Both are committed;
 * test/openapi.test.ts fails when they differ from what the code describes.
 *
 * The app is built without a database: registering routes reads none, and
 * a route that tried would fail here at once.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { buildApp } from '../src/app.js';
import type { Database, Db } from '../src/platform/db.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Where the files are written, from the root of the repository. */
export const openapiFiles = { document: 'openapi.json', types: 'web/src/api/schema.d.ts' } as const;

const noDatabase: Database = {
  db: new Proxy({} as Db, {
    get(_target, property) {
      throw new Error(
        `the OpenAPI document is built without a database, but building the app used db.${String(property)}`,
      );
    },
  }),
  engine: 'pglite',
  close: async () => {},
  pool: () => ({ max: 1, total: 0, idle: 0, waiting: 0 }),
};

/** The OpenAPI document of the whole app (portal and admin sides), as the server serves it at /docs/json. */
export async function openapiDocument(): Promise<OpenAPI3> {
  const app = await buildApp({ database: noDatabase });
  try {
    await app.ready();
    return app.swagger() as unknown as OpenAPI3;
  } finally {
    await app.close();
  }
}

/** The text of both files, as they should be committed. */
export async function openapiTexts(): Promise<Record<keyof typeof openapiFiles, string>> {
  const document = await openapiDocument();
  const types = astToString(await openapiTS(document, { silent: true }));
  return { document: `${JSON.stringify(document, null, 2)}\n`, types };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const texts = await openapiTexts();
  for (const key of Object.keys(openapiFiles) as (keyof typeof openapiFiles)[]) {
    writeFileSync(`${root}/${openapiFiles[key]}`, texts[key]);
    process.stdout.write(`${openapiFiles[key]}\n`);
  }
}
