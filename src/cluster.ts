/**
 * `--workers N` (GRASSROOTS_WORKERS): N processes serve the one port
 * (node:cluster shares its socket among them), on one PostgreSQL database
 * whose shared state they all use (app.ts `shared`). This process does the
 * start's work once (migrations, first administrator), then starts the
 * workers, starts a worker again when one dies, and on SIGTERM or SIGINT
 * passes the signal on and exits once every worker has stopped (with 1 when
 * one did not stop cleanly: an exit code other than 0, or another signal).
 */
import cluster, { type Worker } from 'node:cluster';

export async function superviseWorkers(n: number, prepare: () => Promise<void>): Promise<never> {
  await prepare();
  let stopping: NodeJS.Signals | null = null;
  let failed = false;
  const fork = (): Worker => {
    const w = cluster.fork();
    w.on('exit', (code, signal) => {
      if (stopping) {
        // a worker still starting ends by the signal itself (main.ts): that is a clean stop too
        if (code !== 0 && signal !== stopping) failed = true;
        if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(failed ? 1 : 0);
        return;
      }
      process.stderr.write(`worker ${w.process.pid} exited (${signal ?? code}): starting another\n`);
      setTimeout(fork, 1000).unref();
    });
    return w;
  };
  for (let i = 0; i < n; i++) fork();
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = signal;
    const workers = Object.values(cluster.workers ?? {});
    if (workers.length === 0) process.exit(0);
    for (const w of workers) w?.process.kill(signal);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  // this process only supervises from here on: it ends by process.exit above
  return new Promise<never>(() => {});
}
