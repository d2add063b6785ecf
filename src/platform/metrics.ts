/**
 * What the server exposes to Prometheus at GET /metrics: requests by route
 * and status with their durations, the database's connections, the duration
 * of imports and reports, the portal's counters, and the process's own
 * figures (CPU, memory, event loop, garbage collection).
 *
 * Each app has its own registry (tests build many apps in one process); the
 * process's figures are one registry per process, collected once, since they
 * describe the process whatever app it runs.
 *
 * Requests are counted by a hook on every route, on the portal's fastest
 * path too, so it must cost next to nothing: it adds to plain numbers kept per
 * route, method and status, and turns them into Prometheus's shape only when
 * /metrics is read. The route label is the route as registered
 * (`/api/villages/:code`), never the address asked for, and every address
 * that matches no route counts as `unmatched`: the number of series stays
 * bounded whatever clients send.
 */
import type {
  FastifyInstance,
  FastifyPluginAsync,
  FastifyReply,
  FastifyRequest,
  onResponseHookHandler,
  RouteOptions,
} from 'fastify';
import { collectDefaultMetrics, Histogram, Registry, type Metric } from 'prom-client';
import type { Database } from './db.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** This app's metrics (src/platform/metrics.ts). */
    metrics: AppMetrics;
  }
}

/** Upper bounds (seconds) of the request duration histogram: a cached portal page takes well under a millisecond. */
export const httpBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const importBuckets = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600];
const reportBuckets = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

export type ImportOutcome = 'applied' | 'dry_run' | 'rejected' | 'failed';
export type ReportFormat = 'json' | 'xlsx' | 'pdf';

type Labels = Record<string, string | number>;
interface Sample {
  labels: Labels;
  value: number;
  metricName?: string;
}

/**
 * A metric whose samples are read when /metrics is: the shape prom-client's
 * registry asks of a metric (name, help, type, get).
 */
function readOnScrape(
  registry: Registry,
  name: string,
  help: string,
  type: 'counter' | 'gauge' | 'histogram',
  read: () => Sample[] | Promise<Sample[]>,
): void {
  const metric = {
    name,
    help,
    type,
    aggregator: 'sum',
    async get() {
      return { name, help, type, aggregator: 'sum', values: await read() };
    },
    reset() {},
  };
  registry.registerMetric(metric as unknown as Metric);
}

/** Requests of one method, route and status: their count, the sum of their durations and the count per bucket. */
class Series {
  count = 0;
  sum = 0;
  readonly buckets = new Float64Array(httpBuckets.length);
  constructor(readonly labels: { method: string; route: string; status: number }) {}
}

/** The requests of one route, by method and status. */
class RouteSeries {
  private readonly byMethod = new Map<string, Map<number, Series>>();
  constructor(
    private readonly route: string,
    private readonly all: Series[],
  ) {}

  record(method: string, status: number, ms: number): void {
    let byStatus = this.byMethod.get(method);
    if (!byStatus) this.byMethod.set(method, (byStatus = new Map()));
    let s = byStatus.get(status);
    if (!s) {
      s = new Series({ method, route: this.route, status });
      byStatus.set(status, s);
      this.all.push(s);
    }
    const seconds = ms / 1000;
    s.count++;
    s.sum += seconds;
    let i = 0;
    while (i < httpBuckets.length && seconds > httpBuckets[i]) i++;
    if (i < httpBuckets.length) s.buckets[i]++;
  }
}

/** http_requests_total and http_request_duration_seconds, kept as plain numbers. */
class HttpRequests {
  private readonly series: Series[] = [];
  private readonly routes = new Map<string, RouteSeries>();
  private readonly hooks = new WeakSet<object>();
  readonly unmatched = new RouteSeries('unmatched', this.series);

  constructor(registry: Registry) {
    readOnScrape(
      registry,
      'http_requests_total',
      'HTTP requests answered, by method, route (as registered; "unmatched" for no route) and status',
      'counter',
      () => this.series.map((s) => ({ labels: s.labels, value: s.count })),
    );
    readOnScrape(
      registry,
      'http_request_duration_seconds',
      'Time from receiving a request to the end of its answer, by method, route and status',
      'histogram',
      () => {
        const out: Sample[] = [];
        for (const s of this.series) {
          let cumulative = 0;
          httpBuckets.forEach((le, i) => {
            cumulative += s.buckets[i];
            out.push({
              metricName: 'http_request_duration_seconds_bucket',
              labels: { ...s.labels, le },
              value: cumulative,
            });
          });
          out.push({
            metricName: 'http_request_duration_seconds_bucket',
            labels: { ...s.labels, le: '+Inf' },
            value: s.count,
          });
          out.push({ metricName: 'http_request_duration_seconds_sum', labels: s.labels, value: s.sum });
          out.push({ metricName: 'http_request_duration_seconds_count', labels: s.labels, value: s.count });
        }
        return out;
      },
    );
  }

  /** The onRoute hook: gives each route an onResponse hook that counts into the route's own series. */
  onRoute = (route: RouteOptions): void => {
    const existing = [route.onResponse ?? []].flat();
    // a HEAD route made from a GET one arrives with the GET's hooks: count it once
    if (existing.some((h) => this.hooks.has(h))) return;
    let series = this.routes.get(route.url);
    if (!series) this.routes.set(route.url, (series = new RouteSeries(route.url, this.series)));
    const s = series;
    const hook: onResponseHookHandler = (req, reply, done) => {
      s.record(req.method, reply.statusCode, reply.elapsedTime);
      done();
    };
    this.hooks.add(hook);
    route.onResponse = [...existing, hook] as RouteOptions['onResponse'];
  };

  /** The root onResponse hook: only requests that matched no route (the routes count their own). */
  onResponse = (req: FastifyRequest, reply: FastifyReply, done: () => void): void => {
    if (req.is404) this.unmatched.record(req.method, reply.statusCode, reply.elapsedTime);
    done();
  };
}

let processRegistry: Registry | null = null;

/** The process's figures (prom-client's default metrics), collected once per process. */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/** What the metrics read of the portal's counter (src/modules/portal/counter.ts). */
export interface PortalCounts {
  readonly counted: {
    pageViews: number;
    articleViews: number;
    guestVisits: number;
    memberVisits: number;
    flushFailures: number;
  };
  online(): { guests: number; members: number };
  sessionCount(): number;
  pending(): { pageViews: number; articleViews: number; visits: number };
}

export interface MetricsOptions {
  database: Database;
  /** The portal's counter when this process serves the portal. */
  counter: PortalCounts | null;
}

export class AppMetrics {
  readonly registry = new Registry();
  readonly http = new HttpRequests(this.registry);
  readonly importDuration = new Histogram({
    name: 'grassroots_import_duration_seconds',
    help: 'Imports of the register (POST /api/imports) from the uploaded file to the summary, by outcome: applied, dry_run, rejected (errors, nothing written), failed (refused or broken file)',
    labelNames: ['outcome'] as const,
    buckets: importBuckets,
    registers: [this.registry],
  });
  readonly reportDuration = new Histogram({
    name: 'grassroots_report_duration_seconds',
    help: 'Reports of a period (GET /api/reports, /xlsx, /pdf): building the model and its file, by format and outcome (ok, failed)',
    labelNames: ['format', 'outcome'] as const,
    buckets: reportBuckets,
    registers: [this.registry],
  });

  constructor({ database, counter }: MetricsOptions) {
    // started with the first app, so CPU time and event-loop delay are measured from then on
    processMetrics();
    for (const outcome of ['applied', 'dry_run', 'rejected', 'failed'] as const) this.importDuration.zero({ outcome });
    for (const format of ['json', 'xlsx', 'pdf'] as const)
      for (const outcome of ['ok', 'failed'] as const) this.reportDuration.zero({ format, outcome });

    const engine = { engine: database.engine };
    const pool = (help: string, name: 'max' | 'total' | 'idle' | 'waiting') =>
      readOnScrape(this.registry, `grassroots_db_pool_${name}`, help, 'gauge', () => [
        { labels: engine, value: database.pool()[name] },
      ]);
    pool('Connections the pool may open (PGlite: 1, one connection inside the process)', 'max');
    pool('Connections open now', 'total');
    pool('Connections open and idle now', 'idle');
    pool(
      'Queries waiting for a connection (PGlite: queries and transactions queued behind the one running)',
      'waiting',
    );

    if (counter) {
      const counted = (name: string, help: string, read: () => Sample[]) =>
        readOnScrape(this.registry, name, help, 'counter', read);
      const gauge = (name: string, help: string, read: () => Sample[]) =>
        readOnScrape(this.registry, name, help, 'gauge', read);
      counted(
        'grassroots_portal_page_views_total',
        "Page views counted by the portal's beacon since the process started (crawlers not counted)",
        () => [{ labels: {}, value: counter.counted.pageViews }],
      );
      counted(
        'grassroots_portal_article_views_total',
        'Article views counted since the process started (one per visitor session per article per 30 minutes; on PostgreSQL, as the database decided when the process wrote them)',
        () => [{ labels: {}, value: counter.counted.articleViews }],
      );
      counted(
        'grassroots_portal_visits_total',
        'Visits begun since the process started, by guests and signed-in members (on PostgreSQL, as the database decided when the process wrote them)',
        () => [
          { labels: { kind: 'guest' }, value: counter.counted.guestVisits },
          { labels: { kind: 'member' }, value: counter.counted.memberVisits },
        ],
      );
      counted(
        'grassroots_portal_flush_failures_total',
        'Writes of the counts to the database that failed (the counts stay in memory for the next one)',
        () => [{ labels: {}, value: counter.counted.flushFailures }],
      );
      gauge(
        'grassroots_portal_online',
        'Visitor sessions seen in the last 5 minutes (online now), guests and members',
        () => {
          const o = counter.online();
          return [
            { labels: { kind: 'guest' }, value: o.guests },
            { labels: { kind: 'member' }, value: o.members },
          ];
        },
      );
      gauge(
        'grassroots_portal_sessions',
        'Visitor sessions kept in memory (those of the last 30 minutes, at most 100,000)',
        () => [{ labels: {}, value: counter.sessionCount() }],
      );
      gauge(
        'grassroots_portal_pending',
        'Counts kept in memory and not yet written to the database (written every second and when the server closes)',
        () => {
          const p = counter.pending();
          return [
            { labels: { what: 'page_views' }, value: p.pageViews },
            { labels: { what: 'article_views' }, value: p.articleViews },
            { labels: { what: 'visits' }, value: p.visits },
          ];
        },
      );
    }
  }

  /** Times an import; the outcome is read from its summary, `failed` when it throws. */
  async timeImport<T extends { dryRun: boolean; errors: unknown[] }>(run: () => Promise<T>): Promise<T> {
    const end = this.importDuration.startTimer();
    let outcome: ImportOutcome = 'failed';
    try {
      const summary = await run();
      outcome = summary.dryRun ? 'dry_run' : summary.errors.length > 0 ? 'rejected' : 'applied';
      return summary;
    } finally {
      end({ outcome });
    }
  }

  /** Times the making of a report in one format. */
  async timeReport<T>(format: ReportFormat, run: () => Promise<T>): Promise<T> {
    const end = this.reportDuration.startTimer({ format });
    let outcome: 'ok' | 'failed' = 'failed';
    try {
      const result = await run();
      outcome = 'ok';
      return result;
    } finally {
      end({ outcome });
    }
  }

  /** The exposition: this app's metrics and the process's, in Prometheus's text format. */
  async exposition(): Promise<{ contentType: string; text: string }> {
    const merged = Registry.merge([this.registry, processMetrics()]);
    return { contentType: merged.contentType, text: await merged.metrics() };
  }
}

/**
 * Counts every request: call before any route is registered, so that each
 * route gets its hook.
 */
export function instrument(app: FastifyInstance, metrics: AppMetrics): void {
  app.decorate('metrics', metrics);
  app.addHook('onRoute', metrics.http.onRoute);
  app.addHook('onResponse', metrics.http.onResponse);
}

/**
 * GET /metrics: answered to a request from this machine (a Prometheus on the
 * same host, or through a proxy on it for a client on it), or to a signed-in
 * account with `metrics.read` (administrators); others get the access
 * layer's 401 or 403.
 */
export const metricsRoute: FastifyPluginAsync = async (app) => {
  app.get(
    '/metrics',
    {
      config: { access: 'metrics.read', loopback: true },
      schema: {
        summary:
          "Metrics in Prometheus's text format: requests, database connections, imports, reports, portal counters, the process",
        description: 'Answered without a session to a request from this machine; otherwise to an administrator.',
        tags: ['platform'],
        produces: ['text/plain'],
      },
    },
    async (_req, reply) => {
      const { contentType, text } = await app.metrics.exposition();
      return reply.header('content-type', contentType).header('cache-control', 'no-store').send(text);
    },
  );
};
