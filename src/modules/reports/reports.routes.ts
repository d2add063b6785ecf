import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../platform/db.js';
import { can, requireScopeCode } from '../auth/scope.js';
import type { SessionAccount } from '../auth/auth.service.js';
import { publishReport } from './reports.publish.js';
import { publishBody, publishResult, reportQuery, reportResult, type ReportQuery } from './reports.schema.js';
import { buildReport, reportFile, type ReportFile, type ReportFormat } from './reports.service.js';

/** `attachment` with an ASCII name for old clients and the Vietnamese one as filename* (RFC 6266). */
export function attachment(file: Pick<ReportFile, 'fileName' | 'title'>): string {
  return `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.title)}`;
}

/** The report asked for; the heads of villages are named only to those who may read the register. */
const request = (q: ReportQuery, account: SessionAccount) => ({
  scope: q.scope,
  from: q.from,
  to: q.to,
  issuedOn: q.issuedOn,
  signer: q.signer,
  number: q.number,
  headNames: can(account, 'register.read'),
});

/** What building the report of a period can refuse: the scope, the dates. */
const reportErrors = ['OUT_OF_SCOPE', 'UNIT_NOT_FOUND', 'UNIT_NOT_VALID_AT', 'DATE_RANGE_INVALID'] as const;

/**
 * /api/reports: the report of a scope over a period, as JSON, .xlsx or PDF,
 * and its publication as a draft of the portal. Figures and village names:
 * 'figures.read', within the account's scope at both dates. The one piece of
 * personal data, the names of the heads who are not party members (Phụ lục
 * 4), is there only for an account with 'register.read'.
 */
export const reportsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/',
    {
      config: { access: 'figures.read' },
      schema: {
        summary:
          'The report of a period: figures by unit at D2 with the total, the comparison with its flows, admissions, appendices and the narrative',
        tags: ['reports'],
        querystring: reportQuery,
        response: { 200: reportResult },
        errors: reportErrors,
      },
    },
    async (req) => {
      await requireScopeCode(db, req.signedIn(), req.query.scope, [req.query.from, req.query.to]);
      return app.metrics.timeReport('json', () => buildReport(db, request(req.query, req.signedIn())));
    },
  );

  for (const format of ['xlsx', 'pdf'] as ReportFormat[]) {
    app.get(
      `/${format}`,
      {
        config: { access: 'figures.read' },
        schema: {
          summary: `The report of a period as ${format === 'xlsx' ? 'an .xlsx workbook' : 'an A4 PDF (printed by Debian\u2019s Chromium)'}; recorded in the audit log`,
          tags: ['reports'],
          querystring: reportQuery,
          produces: [
            format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/pdf',
          ],
          errors: format === 'pdf' ? [...reportErrors, 'PDF_BROWSER_MISSING', 'PDF_FAILED'] : reportErrors,
        },
      },
      async (req, reply) => {
        await requireScopeCode(db, req.signedIn(), req.query.scope, [req.query.from, req.query.to]);
        const file = await app.metrics.timeReport(format, () =>
          reportFile(db, req.actor(), request(req.query, req.signedIn()), format),
        );
        return reply
          .header('content-type', file.contentType)
          .header('content-disposition', attachment(file))
          .send(file.data);
      },
    );
  }

  app.post(
    '/publish',
    {
      config: { access: 'portal.edit' },
      schema: {
        summary:
          'Turns the report of a period into a draft article of the portal (title, narrative, chart, tables); not published',
        tags: ['reports'],
        body: publishBody,
        response: { 201: publishResult },
        errors: reportErrors,
      },
    },
    async (req, reply) => {
      await requireScopeCode(db, req.signedIn(), req.body.scope, [req.body.from, req.body.to]);
      return reply.code(201).send(await publishReport(db, req.actor(), req.body));
    },
  );
};
