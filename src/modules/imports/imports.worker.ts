/**
 * The worker thread that reads an uploaded file (imports.worker-pool.ts starts
 * it with a bounded heap): it feeds the file to a RegisterParser and posts
 * back the register, the issues and the codes of dropped rows, or the error.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../platform/errors.js';
import { RegisterParser } from './imports.parse.js';
import { readRegisterFile } from './imports.read.js';
import type { WorkerInput, WorkerMessage } from './imports.worker-pool.js';

const port = parentPort!;
const { path, lang, limits } = workerData as WorkerInput;
const post = (m: WorkerMessage) => port.postMessage(m);

try {
  const parser = new RegisterParser(lang, (message) => post({ type: 'progress', message }));
  await readRegisterFile(path, parser, limits);
  const { register, issues, partial } = parser.result();
  post({ type: 'done', register, errors: issues.errors, warnings: issues.warnings, partial });
} catch (e) {
  post({
    type: 'failed',
    error: e instanceof AppError ? { code: e.code, params: e.params, details: e.details } : { message: e instanceof Error ? e.message : String(e) },
  });
}
