/**
 * Whether the server is ready for traffic, for /api/ready and for every
 * other route:
 * - `starting`: listening, but the start is not over (main.ts listens once
 *   the database is open and migrated, then rebuilds derived tables and loads
 *   the demo when it must);
 * - `ready`: serving;
 * - `stopping`: from SIGTERM (or any close) until the process ends.
 *
 * While not ready only liveness (/api/health), readiness (/api/ready) and
 * /metrics answer; every other request gets 503 with SERVER_STARTING or
 * SERVER_STOPPING and a Retry-After. During a shutdown no new connection is
 * accepted: this answers what still arrives on a connection already open.
 */
import type { FastifyInstance, onRequestHookHandler } from 'fastify';
import { AppError } from './errors.js';

export type Phase = 'starting' | 'ready' | 'stopping';

declare module 'fastify' {
  interface FastifyInstance {
    lifecycle: Lifecycle;
  }
}

export class Lifecycle {
  constructor(private current: Phase = 'ready') {}

  get phase(): Phase {
    return this.current;
  }

  /** The start is over (a server already stopping stays so). */
  ready(): void {
    if (this.current === 'starting') this.current = 'ready';
  }

  stopping(): void {
    this.current = 'stopping';
  }

  /** The answer to a request that needs a ready server, or null when it is. */
  notReady(): AppError | null {
    if (this.current === 'ready') return null;
    return new AppError(this.current === 'starting' ? 'SERVER_STARTING' : 'SERVER_STOPPING');
  }
}

/** The routes that answer whatever the phase. */
const always = new Set(['/api/health', '/api/ready', '/metrics']);

/** Seconds a client is asked to wait before trying again. */
const RETRY_AFTER = '10';

/** An onRequest hook: 503 while the server starts or stops, on every route but health, readiness and metrics. */
export function lifecycleGate(lifecycle: Lifecycle): onRequestHookHandler {
  return function gate(req, reply, done) {
    if (lifecycle.phase === 'ready') return done();
    if (always.has(req.routeOptions.url ?? '')) return done();
    reply.header('retry-after', RETRY_AFTER);
    done(lifecycle.notReady()!);
  };
}

/**
 * On close (app.close(), which SIGTERM calls): the phase becomes `stopping`,
 * and while the server waits for the requests in flight, a connection kept
 * alive is closed as soon as its request has been answered. Node closes the
 * idle connections once, when the server stops listening; one whose request
 * was still running would otherwise stay open, idle, until its keep-alive
 * timeout (72 s), and the server with it.
 */
export function closeGracefully(app: FastifyInstance, lifecycle: Lifecycle): void {
  app.addHook('preClose', async () => {
    lifecycle.stopping();
    const server = app.server;
    if (!server.listening) return;
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    sweep.unref();
    server.once('close', () => clearInterval(sweep));
  });
}
