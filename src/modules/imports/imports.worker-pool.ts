/**
 * Reading an uploaded file in a worker thread with a hard memory bound and a
 * time limit, so that a file built to blow up in memory or time (a part that
 * passes the checks of imports.archive.ts and imports.xml-guard.ts but costs
 * far more than its size once parsed) ends the worker, never the server: a
 * worker past its heap limit fails with ERR_WORKER_OUT_OF_MEMORY, one past
 * its time is terminated, and either becomes a 413 naming the limit. At most
 * `maxConcurrent` files are read at once; others wait their turn.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../errors.js';
import type { ErrorParams, Lang } from '../../platform/errors.js';
import { megabytes } from './imports.archive.js';
import { IssueList } from '../register/register.issues.js';
import type { ParseResult, PartialCodes } from './imports.parse.js';
import { readLimits, type ReadLimits } from './imports.read.js';
import type { ImportIssue, Register } from '../register/register.schema.js';

export interface WorkerLimits {
  /** The worker's V8 heap (old generation), in MB. */
  maxHeapMb: number;
  /** Wall-clock time of one read, in ms, counted from the worker's start. */
  timeoutMs: number;
  /** Files read at once; the next waits for a worker to end. */
  maxConcurrent: number;
}

/**
 * Reading the demo province's workbook (9 MB, 227,000 rows, 64 MB
 * uncompressed) peaks under 100 MB of heap and takes about 5 seconds on one
 * core; the largest archive accepted (500 MB uncompressed) is about 7 times
 * that, so 1 GB and 3 minutes leave it room on a busy machine.
 */
export const workerLimits: WorkerLimits = { maxHeapMb: 1024, timeoutMs: 180_000, maxConcurrent: 2 };

export interface WorkerJob {
  path: string;
  lang: Lang;
  limits: ReadLimits;
}

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'progress'; message: string }
  | { type: 'done'; register: Register; errors: ImportIssue[]; warnings: ImportIssue[]; partial: PartialCodes }
  | { type: 'failed'; error: { code: ErrorCode; params: ErrorParams; details: unknown } | { message: string } };

export interface WorkerReadOptions {
  lang: Lang;
  onProgress?: (message: string) => void;
  limits?: ReadLimits;
  worker?: WorkerLimits;
}

/**
 * The worker's module: the compiled .js beside this file (dist/), or from the
 * TypeScript sources (tsx, tests) a small script that registers tsx's loader
 * in the worker and then imports the .ts (Node 20 does not carry the parent's
 * loader hooks into a worker, nor apply `--import` there to its entry).
 */
function workerEntry(): { entry: URL | string; eval: boolean } {
  const here = import.meta.url;
  if (!/\.ts$/.test(new URL(here).pathname)) return { entry: new URL('./imports.worker.js', here), eval: false };
  // tsx's ESM API by its package's exports map (require.resolve would give its CommonJS build).
  const manifest = createRequire(here).resolve('tsx/package.json');
  const exported = (
    JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> }
  ).exports['./esm/api'];
  const api = pathToFileURL(join(dirname(manifest), exported.import.default)).href;
  const entry = new URL('./imports.worker.ts', here).href;
  return {
    entry: `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`,
    eval: true,
  };
}

let running = 0;
const waiting: (() => void)[] = [];

/** Waits until fewer than `max` files are being read; the function given back ends this file's turn. */
async function turn(max: number): Promise<() => void> {
  while (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    running--;
    waiting.shift()?.();
  };
}

/** A worker with its heap limit; an idle one is ended after a while. */
interface Slot {
  worker: Worker;
  heapMb: number;
  idleTimer?: NodeJS.Timeout;
}

/**
 * Workers that ended their last read cleanly (a result, or a refusal of the
 * file), kept for the next file: starting one loads exceljs and the parser,
 * which takes longer than reading a small file. A worker that ran out of heap
 * or time, or failed otherwise, is never reused.
 */
const idle: Slot[] = [];
const idleMs = 30_000;

function spawn(heapMb: number): Slot {
  const { entry, eval: isScript } = workerEntry();
  const worker = new Worker(entry, { eval: isScript, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
  const slot: Slot = { worker, heapMb };
  // An error of an idle worker (none is expected) only ends it; a busy one's is the read's.
  worker.on('error', () => {});
  worker.on('exit', () => {
    const i = idle.indexOf(slot);
    if (i >= 0) idle.splice(i, 1);
  });
  return slot;
}

function take(heapMb: number): Slot {
  const i = idle.findIndex((s) => s.heapMb === heapMb);
  if (i < 0) return spawn(heapMb);
  const [slot] = idle.splice(i, 1);
  clearTimeout(slot.idleTimer);
  slot.worker.ref();
  return slot;
}

function putBack(slot: Slot, max: number): void {
  if (idle.length >= max) {
    void slot.worker.terminate();
    return;
  }
  // An idle worker keeps no process alive (the CLI exits once its import is done).
  slot.worker.unref();
  slot.idleTimer = setTimeout(() => void slot.worker.terminate(), idleMs).unref();
  idle.push(slot);
}

/** Reads a register file (as readRegisterFile does) in a worker thread within `worker` limits; the result as the parser gives it. */
export async function readInWorker(path: string, opts: WorkerReadOptions): Promise<ParseResult> {
  const limits = opts.worker ?? workerLimits;
  const release = await turn(limits.maxConcurrent);
  let slot: Slot;
  try {
    slot = take(limits.maxHeapMb);
  } catch (e) {
    release();
    throw e;
  }
  const job: WorkerJob = { path, lang: opts.lang, limits: opts.limits ?? readLimits };
  const { result, reusable } = await outcome(slot.worker, job, basename(path), limits, opts);
  if (reusable) {
    putBack(slot, limits.maxConcurrent);
    release();
  } else {
    // The next file is read once this worker's memory is given back, not before.
    if (slot.worker.threadId === -1) release();
    else {
      slot.worker.once('exit', release);
      void slot.worker.terminate();
    }
  }
  return result;
}

/**
 * What a read ends with: its result, its error, or a limit it ran into (the
 * worker is then terminated), and whether the worker may read another file.
 */
function outcome(
  worker: Worker,
  job: WorkerJob,
  file: string,
  limits: WorkerLimits,
  opts: WorkerReadOptions,
): Promise<{ result: Promise<ParseResult>; reusable: boolean }> {
  return new Promise((settleOutcome) => {
    let settled = false;
    const end = (result: Promise<ParseResult>, reusable: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      // Handled by the caller; marked so that a rejection awaiting its turn is not reported as unhandled.
      result.catch(() => {});
      settleOutcome({ result, reusable });
    };
    const fail = (e: AppError, reusable = false) => end(Promise.reject(e), reusable);
    const timer = setTimeout(
      () =>
        fail(
          new AppError(
            'IMPORT_TIME_LIMIT',
            { file, max: seconds(limits.timeoutMs) },
            { limit: 'time', max: limits.timeoutMs },
          ),
        ),
      limits.timeoutMs,
    );
    const onMessage = (m: WorkerMessage) => {
      if (m.type === 'ready') return;
      if (m.type === 'progress') opts.onProgress?.(m.message);
      else if (m.type === 'done') {
        const issues = new IssueList(opts.lang);
        for (const e of m.errors) issues.errors.push(e);
        for (const w of m.warnings) issues.warnings.push(w);
        end(Promise.resolve({ register: m.register, issues, partial: m.partial }), true);
      } else if ('code' in m.error) fail(new AppError(m.error.code, m.error.params, m.error.details), true);
      else fail(new AppError('IMPORT_FILE_UNREADABLE', { file, reason: m.error.message }), true);
    };
    const onError = (e: Error & { code?: string }) => {
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        fail(
          new AppError(
            'IMPORT_MEMORY_LIMIT',
            { file, max: megabytes(limits.maxHeapMb * 1024 * 1024) },
            { limit: 'memory', maxHeapMb: limits.maxHeapMb },
          ),
        );
      } else fail(new AppError('IMPORT_FILE_UNREADABLE', { file, reason: e.message }));
    };
    const onExit = (code: number) =>
      fail(new AppError('IMPORT_FILE_UNREADABLE', { file, reason: `worker exited (${code})` }));
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(job);
  });
}

/** `180 s`, `3.5 s`. */
const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;
