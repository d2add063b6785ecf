/**
 * Receiving one uploaded file (multipart/form-data) into a temporary folder,
 * within limits (OWASP ASVS 5.0, 5.2.1): one file of at most
 * `maxBytes`, of an accepted type, a handful of small fields at most.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import { megabytes } from '../imports/imports.archive.js';
import type { ReadLimits } from '../imports/imports.read.js';
import type { WorkerLimits } from '../imports/imports.worker-pool.js';

export interface UploadLimits {
  /** The largest file accepted, in bytes. */
  maxBytes: number;
  /** Limits of reading the file: its archive's parts, their XML, CSV records (imports.read.ts readLimits by default). */
  read?: ReadLimits;
  /** The worker thread that reads it: heap, time, files at once (imports.worker-pool.ts workerLimits by default). */
  worker?: WorkerLimits;
}

/** 100 MB: the demo province's workbook (227,000 rows) is about 15 MB. */
export const defaultUploadLimits: UploadLimits = { maxBytes: 100 * 1024 * 1024 };

/** What may be uploaded: a workbook, a zip of `<sheet>.csv` files, or one `<sheet>.csv`. */
export const acceptedTypes = ['.xlsx', '.zip', '.csv'];

export interface SavedUpload {
  /** The file on disk, named after the user's file (sanitised). */
  path: string;
  /** The name the user gave the file. */
  fileName: string;
  /** Removes the file and its folder. */
  cleanup(): Promise<void>;
  /** An error whose parameters name the temporary path, rewritten to name the user's file instead. */
  scrub(e: unknown): unknown;
}

/** Keeps letters, digits, '.', '_' and '-': a CSV's name is its sheet's, and a temporary path must hold no surprises. */
function safeName(fileName: string, ext: string): string {
  const stem = basename(fileName, extname(fileName))
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]/gu, '_')
    .slice(0, 100);
  return `${stem.replace(/^\.+/, '') || 'upload'}${ext}`;
}

const invalid = (detail: string) => new AppError('VALIDATION_FAILED', { detail });

/**
 * Errors while receiving as registry errors: the multipart plugin's own (a
 * code and a 4xx status) and the parser's on a malformed body are the
 * client's; an error of the system (disk full: it has a syscall) stays internal.
 */
function uploadError(e: unknown, limits: UploadLimits): unknown {
  if (e instanceof AppError || !(e instanceof Error) || 'syscall' in e) return e;
  const { code } = e as Error & { code?: string };
  if (code === 'FST_REQ_FILE_TOO_LARGE') return new AppError('PAYLOAD_TOO_LARGE', { max: megabytes(limits.maxBytes) });
  if (code === 'FST_FILES_LIMIT') return invalid('file: chỉ gửi một tệp mỗi lần / one file per upload');
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE')
    return invalid('body: cần multipart/form-data có một tệp / multipart/form-data with one file expected');
  return invalid(`body: ${e.message}`);
}

/** Saves the one file of a multipart request to a fresh temporary folder. */
export async function receiveUpload(req: FastifyRequest, limits: UploadLimits): Promise<SavedUpload> {
  const declared = Number(req.headers['content-length']);
  // A body this much larger than the limit cannot hold an acceptable file: refuse it unread.
  if (Number.isFinite(declared) && declared > limits.maxBytes + 64 * 1024)
    throw new AppError('PAYLOAD_TOO_LARGE', { max: megabytes(limits.maxBytes) });
  const dir = await mkdtemp(join(tmpdir(), 'grassroots-upload-'));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  let saved: SavedUpload | null = null;
  try {
    const parts = req.parts({
      limits: { fileSize: limits.maxBytes, files: 1, fields: 10, fieldSize: 1024, parts: 12, headerPairs: 100 },
    });
    for await (const part of parts) {
      if (part.type !== 'file') continue;
      const fileName = basename(part.filename ?? '');
      const ext = extname(fileName).toLowerCase();
      if (!acceptedTypes.includes(ext)) {
        part.file.resume();
        throw new AppError('UPLOAD_UNSUPPORTED_TYPE', { file: fileName, allowed: acceptedTypes.join(', ') });
      }
      const path = join(dir, safeName(fileName, ext));
      await pipeline(part.file, createWriteStream(path));
      if (part.file.truncated) throw new AppError('PAYLOAD_TOO_LARGE', { max: megabytes(limits.maxBytes) });
      saved = {
        path,
        fileName,
        cleanup,
        scrub: (e) => {
          if (!(e instanceof AppError)) return e;
          const params = Object.fromEntries(
            Object.entries(e.params).map(([k, v]) => [
              k,
              typeof v === 'string' ? v.split(path).join(fileName).split(dir).join('') : v,
            ]),
          );
          return new AppError(e.code, params, e.details);
        },
      };
    }
  } catch (e) {
    await cleanup();
    throw uploadError(e, limits);
  }
  if (!saved) {
    await cleanup();
    throw invalid('file: không có tệp nào trong yêu cầu / no file in the request');
  }
  return saved;
}
