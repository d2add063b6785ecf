import compress from '@fastify/compress';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accountsRoutes } from './modules/accounts/accounts.routes.js';
import { admissionsRoutes } from './modules/admissions/admissions.routes.js';
import { targetsRoutes } from './modules/targets/targets.routes.js';
import { electionsRoutes } from './modules/elections/elections.routes.js';
import { cellsRoutes } from './modules/cells/cells.routes.js';
import { accessControl } from './modules/auth/access.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import type { SessionPolicy } from './modules/auth/auth.service.js';
import { indicatorsRoutes } from './modules/indicators/indicators.routes.js';
import { checksRoutes } from './modules/checks/checks.routes.js';
import { orgsRoutes } from './modules/orgs/orgs.routes.js';
import { peopleRoutes } from './modules/people/people.routes.js';
import { recordsRoutes } from './modules/records/records.routes.js';
import { reportsRoutes } from './modules/reports/reports.routes.js';
import { rulesRoutes } from './modules/rules/rules.routes.js';
import { calendarRoutes } from './modules/calendar/calendar.routes.js';
import { transferRoutes, type UploadLimits } from './modules/transfer/transfer.routes.js';
import { unitsRoutes } from './modules/units/units.routes.js';
import { villagesRoutes } from './modules/villages/villages.routes.js';
import type { Only } from './config.js';
import { ping, type Database } from './platform/db.js';
import { AppError } from './modules/errors.js';
import { errorHandling, frameworkErrors, type NotFoundPage } from './platform/http.js';
import { openapiOptions } from './openapi.js';
import { closeGracefully, Lifecycle, lifecycleGate } from './platform/lifecycle.js';
import { AppMetrics, instrument, metricsRoute } from './platform/metrics.js';
import { webApp } from './platform/webapp.js';
import { faviconRoutes } from './platform/favicon.js';
import { Counter } from './modules/portal/counter.js';
import { editorialRoutes } from './modules/portal/editorial.routes.js';
import { portalRoutes } from './modules/portal/portal.routes.js';
import { PageCache } from './portal/cache.js';
import { portalPages } from './portal/pages.js';
import { portalFastPath } from './portal/fastPath.js';
import { announceContentChange, CONTENT_CHANNEL } from './modules/portal/articles.repository.js';
import { ReadRouting } from './platform/replica.js';
import { readYourWrites } from './platform/replica.hooks.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The portal's counter and page cache, when this process serves the portal. */
    portal: { counter: Counter; cache: PageCache } | null;
  }
}

/** Never logged: session cookies, CSRF tokens, passwords (ASVS 16.x). Request bodies are not logged at all. */
export const logRedactions = [
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
];

export interface AppOptions {
  database: Database;
  logger?: FastifyServerOptions['logger'];
  /** Session limits; tests shorten them. */
  sessionPolicy?: SessionPolicy;
  /**
   * `portal`: only the public pages and their endpoints, no admin API or app,
   * for a process on the internet while the register stays on an internal
   * network; `admin`: the reverse. Both when omitted.
   */
  only?: Only;
  /** How many proxies in front of the server to trust (X-Forwarded-For hops); 0 trusts none. */
  trustProxy?: number;
  /** Limits of uploads to POST /api/imports; tests lower them. */
  uploadLimits?: Partial<UploadLimits>;
  /**
   * Start not ready: every route but /api/health, /api/ready and /metrics
   * answers 503 SERVER_STARTING until `app.lifecycle.ready()` (main.ts listens
   * before the slow part of its start). Ready at once when omitted.
   */
  starting?: boolean;
  /**
   * Other processes serve the same database: the portal's counts, its rate
   * limits and failed sign-ins are decided in the database, not in memory.
   * Default: on PostgreSQL (the embedded database has one process).
   */
  shared?: boolean;
}

/** Builds the server: platform plugins first, then each module under its prefix. No listen(). */
export async function buildApp({
  database,
  logger = false,
  sessionPolicy,
  only,
  trustProxy = 0,
  uploadLimits,
  starting = false,
  shared = database.engine === 'postgres',
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    trustProxy: (_address: string, hop: number) => hop < trustProxy,
    genReqId: () => crypto.randomUUID(),
    frameworkErrors,
    // a request still arriving on an open connection during shutdown is answered by the lifecycle gate, in the registry's shape
    return503OnClosing: false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const { db } = database;
  // what only reads may read from a replica (DATABASE_READ_URL); without one, `read` is the database itself
  const routing = new ReadRouting(db, database.replica ?? null);
  const { read } = routing;
  // the portal's counter and page cache; its fast path runs before every other hook (src/portal/fastPath.ts)
  const portal =
    only === 'admin'
      ? null
      : { counter: new Counter(db, 1000, Date.now, shared), cache: new PageCache(db, 2000, 3000, routing) };
  app.decorate('portal', portal);
  if (portal) app.addHook('onRequest', portalFastPath(portal.cache));
  // counts every route's requests (registered before any route); 503 while starting or stopping
  instrument(app, new AppMetrics({ database, counter: portal?.counter ?? null }));
  const lifecycle = new Lifecycle(starting ? 'starting' : 'ready');
  app.decorate('lifecycle', lifecycle);
  app.addHook('onRequest', lifecycleGate(lifecycle));
  closeGracefully(app, lifecycle);
  // the portal's 404 page answers unknown addresses outside the API's side, once the portal's pages set it
  const notFoundPage: NotFoundPage = { handler: null };
  if (routing.replica) readYourWrites(app, routing);
  await app.register(errorHandling, { notFoundPage });
  await app.register(accessControl, { db: database.db, policy: sessionPolicy });
  await app.register(swagger, openapiOptions);
  await app.register(swaggerUi, { routePrefix: '/docs' });

  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Liveness and database check',
        tags: ['platform'],
        response: {
          200: z
            .object({ status: z.literal('ok'), engine: z.string() })
            .describe('The server answers and its database too (pglite or postgres)'),
        },
      },
    },
    async (req) => {
      try {
        await ping(database.db);
      } catch (e) {
        req.log.error(e, 'health: the database does not answer');
        throw new AppError('DB_UNAVAILABLE');
      }
      return { status: 'ok' as const, engine: database.engine };
    },
  );
  app.get(
    '/api/ready',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Readiness: 200 once the server has started, 503 while it starts or shuts down',
        tags: ['platform'],
        response: { 200: z.object({ status: z.literal('ready') }) },
      },
    },
    async () => {
      const notReady = lifecycle.notReady();
      if (notReady) throw notReady;
      return { status: 'ready' as const };
    },
  );
  await app.register(metricsRoute);
  // the site's icon: the portal's pages and the admin app both name it
  await faviconRoutes(app);

  if (portal) {
    // the public portal: pages, images, RSS and their endpoints
    const { counter, cache } = portal;
    counter.start();
    cache.start();
    // an edit in any process empties every process's cache (PostgreSQL; the version check above otherwise)
    const listening = database.listen ? await database.listen(CONTENT_CHANNEL, (lsn) => cache.changed(lsn)) : null;
    // counts still in memory are written when the server closes
    app.addHook('onClose', async () => {
      cache.stop();
      await listening?.close();
      await counter.stop();
    });
    await app.register(portalRoutes, { prefix: '/api/portal', db, counter });
    await app.register(portalPages, { db: read, counter, cache, notFoundPage });
  }
  if (only !== 'portal') {
    // the admin side: the register's API and the web app at /admin/.
    // Its answers over 1 KB go compressed (brotli at a quality cheap enough per request, else gzip);
    // registered here, it leaves the portal's routes above as they are (cached pages, beacons).
    // Request bodies are never inflated: a small compressed body could expand without bound.
    await app.register(compress, { threshold: 1024, encodings: ['br', 'gzip'], globalDecompression: false });
    await app.register(authRoutes, { prefix: '/api/auth', db, policy: sessionPolicy, shared });
    await app.register(accountsRoutes, { prefix: '/api/accounts', db });
    await app.register(unitsRoutes, { prefix: '/api/units', db });
    await app.register(villagesRoutes, { prefix: '/api/villages', db });
    await app.register(peopleRoutes, { prefix: '/api/people', db });
    await app.register(indicatorsRoutes, { prefix: '/api/indicators', db: read });
    await app.register(checksRoutes, { prefix: '/api/checks', db: read });
    await app.register(reportsRoutes, { prefix: '/api/reports', db: read });
    await app.register(orgsRoutes, { prefix: '/api/orgs', db });
    await app.register(recordsRoutes, { prefix: '/api', db });
    await app.register(rulesRoutes, { prefix: '/api/rules' });
    await app.register(calendarRoutes, { prefix: '/api/calendar', db });
    await app.register(admissionsRoutes, { prefix: '/api/prospects', db });
    await app.register(cellsRoutes, { prefix: '/api/villages', db });
    await app.register(electionsRoutes, { prefix: '/api', db });
    await app.register(targetsRoutes, { prefix: '/api', db });
    await app.register(transferRoutes, { prefix: '/api', db, read, limits: uploadLimits });
    const onChange = () => {
      app.portal?.cache.invalidate();
      if (database.listen)
        announceContentChange(db).catch((e: unknown) => app.log.error(e, 'portal: the change could not be announced'));
    };
    await app.register(editorialRoutes, { prefix: '/api/editorial', db, onChange });
    await webApp(app);
  }
  return app;
}
