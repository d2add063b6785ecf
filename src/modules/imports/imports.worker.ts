/**
 * The worker thread that reads uploaded files (imports.worker-pool.ts starts
 * it with a bounded heap): for each job it feeds the file to a RegisterParser
 * and posts back the register, the issues and the codes of dropped rows, or
 * the error. One job at a time; the pool sends the next once this one ended.
 */
import { parentPort } from 'node:worker_threads';
import { AppError } from '../errors.js';
import { RegisterParser } from './imports.parse.js';
import { readRegisterFile } from './imports.read.js';
import type { WorkerJob, WorkerMessage } from './imports.worker-pool.js';

const port = parentPort!;
const post = (m: WorkerMessage) => port.postMessage(m);

port.on('message', async ({ path, lang, limits }: WorkerJob) => {
  try {
    const parser = new RegisterParser(lang, (message) => post({ type: 'progress', message }));
    await readRegisterFile(path, parser, limits);
    const { register, issues, partial } = parser.result();
    post({ type: 'done', register, errors: issues.errors, warnings: issues.warnings, partial });
  } catch (e) {
    post({
      type: 'failed',
      error:
        e instanceof AppError
          ? { code: e.code, params: e.params, details: e.details }
          : { message: e instanceof Error ? e.message : String(e) },
    });
  }
});
post({ type: 'ready' });
