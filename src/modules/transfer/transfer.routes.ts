import multipart from '@fastify/multipart';
import { createReadStream } from 'node:fs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { today } from '../../platform/dates.js';
import type { Db } from '../../platform/db.js';
import { AppError } from '../errors.js';
import { requestLang } from '../../platform/http.js';
import { can, requireScopeCode } from '../auth/scope.js';
import { exportQuery, importQuery, importRejected, importSummary, templateQuery } from './transfer.schema.js';
import { exportRegister, importUpload } from './transfer.service.js';
import { templateWorkbook } from './transfer.template.js';
import { defaultUploadLimits, receiveUpload, type UploadLimits } from './transfer.upload.js';

export type { UploadLimits } from './transfer.upload.js';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** /api/imports and /api/exports: the register in and out as files of docs/import-format.md. */
/** `read`: what the exports read from (a replica's handle; the database itself by default). */
export const transferRoutes: FastifyPluginAsyncZod<{ db: Db; read?: Db; limits?: Partial<UploadLimits> }> = async (
  app,
  { db, read = db, limits: given },
) => {
  const limits: UploadLimits = { ...defaultUploadLimits, ...given };
  await app.register(multipart);

  app.post(
    '/imports',
    {
      config: { access: 'register.write' },
      schema: {
        summary:
          'Import one .xlsx workbook, one .zip of <sheet>.csv files or one <sheet>.csv (multipart field of any name); all or nothing',
        description:
          'Answers the import summary: errors with sheet, row, column and value, warnings, and what changed (or would change, with dryRun=true). ' +
          'A dry run answers 200 whatever it finds; a real import with errors answers 422 and writes nothing. ' +
          "An account with a scope may only insert or change rows within it (403 OUT_OF_SCOPE otherwise). Limits (413): the file's size; an archive's entries and uncompressed size, in all and per part (shared strings, a worksheet, styles...), " +
          'declared and counted while inflating; the nesting and token length of its XML; the memory and time of reading it, which runs in a worker thread.',
        tags: ['imports'],
        consumes: ['multipart/form-data'],
        querystring: importQuery,
        response: { 200: importSummary, 422: importRejected },
        errors: [
          'IMPORT_REJECTED',
          'OUT_OF_SCOPE',
          'IMPORT_FILE_UNREADABLE',
          'PAYLOAD_TOO_LARGE',
          'ARCHIVE_TOO_LARGE',
          'UPLOAD_UNSUPPORTED_TYPE',
        ],
      },
    },
    async (req, reply) => {
      const account = req.signedIn();
      const lang = requestLang(req);
      const upload = await receiveUpload(req, limits);
      try {
        const summary = await app.metrics.timeImport(() =>
          importUpload(db, {
            path: upload.path,
            fileName: upload.fileName,
            actor: req.actor(),
            scopeCode: account.scopeCode,
            dryRun: req.query.dryRun,
            lang,
            disclosure: { sensitive: can(account, 'sensitive.read') },
            limits: { read: limits.read, worker: limits.worker },
          }),
        );
        if (summary.dryRun || summary.errors.length === 0) return summary;
        return reply
          .code(422)
          .send({ ...summary, ...new AppError('IMPORT_REJECTED', { count: summary.errors.length }).toJSON(lang) });
      } catch (e) {
        throw upload.scrub(e);
      } finally {
        await upload.cleanup();
      }
    },
  );

  app.get(
    '/imports/template',
    {
      config: { access: 'signedIn' },
      schema: {
        summary: 'The empty import workbook, every column explained in Vietnamese',
        tags: ['imports'],
        querystring: templateQuery,
        produces: [xlsxType],
      },
    },
    async (_req, reply) =>
      reply
        .header('content-type', xlsxType)
        .header('content-disposition', 'attachment; filename="mau-nhap-so-dang-ky.xlsx"')
        .send(await templateWorkbook()),
  );

  app.get(
    '/exports/register',
    {
      config: { access: 'register.read' },
      schema: {
        summary:
          'The register, or the subtree of a scope with all its history, in the import format; recorded in the audit log',
        tags: ['imports'],
        querystring: exportQuery,
        produces: [xlsxType, 'application/zip'],
        errors: ['OUT_OF_SCOPE', 'UNIT_NOT_FOUND'],
      },
    },
    async (req, reply) => {
      const account = req.signedIn();
      const scopeCode = req.query.scope ?? account.scopeCode;
      if (scopeCode !== null) await requireScopeCode(read, account, scopeCode, [today()]);
      const file = await exportRegister(read, {
        scopeCode,
        format: req.query.format,
        actor: req.actor(),
        disclosure: { sensitive: can(account, 'sensitive.read') },
      });
      const stream = createReadStream(file.path);
      stream.on('close', () => void file.cleanup());
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(stream);
    },
  );
};
