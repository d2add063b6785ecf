import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDate } from '../../platform/dates.js';
import type { Db } from '../../platform/db.js';
import { AppError } from '../errors.js';
import { langQuery as lang, requestLang } from '../../platform/http.js';
import type { SessionAccount } from '../auth/auth.service.js';
import { requireScopeCode } from '../auth/scope.js';
import {
  comparisonResult,
  snapshotResult,
  villageListQuery,
  villageListResult,
  type VillageListQuery,
  type VillageListScope,
} from './indicators.schema.js';
import { compare, snapshot, villageList, villageListXlsx } from './indicators.service.js';

const figuresQuery = z.object({
  scope: z.string().trim().min(1).describe('Unit code: the country (VN), a province, district, commune or village'),
  at: isoDate.optional().describe('The date of a snapshot'),
  from: isoDate.optional().describe('First date of a comparison'),
  to: isoDate.optional().describe('Second date of a comparison'),
  lang,
});

/** Either `at`, or both `from` and `to`: anything else is a clear 400. */
function pickDates(q: { at?: string; from?: string; to?: string }): { at: string } | { from: string; to: string } {
  if (q.at !== undefined && q.from === undefined && q.to === undefined) return { at: q.at };
  if (q.at === undefined && q.from !== undefined && q.to !== undefined) return { from: q.from, to: q.to };
  throw new AppError('VALIDATION_FAILED', { detail: 'cần at, hoặc cả from và to / give at, or both from and to' });
}

/**
 * What a village list asks for, once the account's scope is checked at its
 * date(s): the list route and its export read the same query through this.
 */
async function listRequest(db: Db, account: SessionAccount, q: VillageListQuery): Promise<VillageListScope> {
  const { scope, flow, toCategory } = q;
  const dates = pickDates(q);
  await requireScopeCode(db, account, scope, 'at' in dates ? [dates.at] : [dates.from, dates.to]);
  if ('at' in dates) {
    if (flow !== undefined)
      throw new AppError('VALIDATION_FAILED', { detail: 'flow cần from và to / flow needs from and to' });
    if (toCategory !== undefined)
      throw new AppError('VALIDATION_FAILED', {
        detail: 'toCategory cần from, to và flow / toCategory needs from, to and flow',
      });
    return { scope, at: dates.at };
  }
  if (flow === undefined)
    throw new AppError('VALIDATION_FAILED', { detail: 'so sánh hai ngày cần flow / a comparison needs flow' });
  return { scope, from: dates.from, to: dates.to, flow, toCategory };
}

const listErrors = [
  'OUT_OF_SCOPE',
  'UNIT_NOT_FOUND',
  'UNIT_NOT_VALID_AT',
  'DATE_RANGE_INVALID',
  'UNKNOWN_CATEGORY',
  'UNKNOWN_FLOW',
] as const;

/** /api/indicators: the figures of docs/domain.md and the villages behind them. */
export const indicatorsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/',
    {
      config: { access: 'figures.read' },
      schema: {
        summary: 'Figures of a unit at a date (at), or two dates compared with flows (from, to)',
        tags: ['indicators'],
        querystring: figuresQuery,
        response: {
          200: z
            .union([snapshotResult, comparisonResult])
            .describe('A snapshot (with at), or a comparison (with from and to)'),
        },
        errors: ['OUT_OF_SCOPE', 'UNIT_NOT_FOUND', 'UNIT_NOT_VALID_AT', 'DATE_RANGE_INVALID'],
      },
    },
    async (req) => {
      const dates = pickDates(req.query);
      await requireScopeCode(db, req.signedIn(), req.query.scope, 'at' in dates ? [dates.at] : [dates.from, dates.to]);
      return 'at' in dates
        ? snapshot(db, req.query.scope, dates.at)
        : compare(db, req.query.scope, dates.from, dates.to);
    },
  );

  app.get(
    '/villages',
    {
      // the list names heads: personal data
      config: { access: 'register.read' },
      schema: {
        summary: 'The villages behind a number: a category at a date, or a flow between two dates',
        tags: ['indicators'],
        querystring: villageListQuery.extend({ lang }),
        response: {
          200: villageListResult.describe(
            'The villages in a category at a date (with at), or in a flow between two dates (with from, to and flow)',
          ),
        },
        errors: [...listErrors],
      },
    },
    async (req) => {
      const where = await listRequest(db, req.signedIn(), req.query);
      return villageList(db, where, req.query.category);
    },
  );

  app.get(
    '/villages.xlsx',
    {
      // the same list, the same access and scope: it names heads
      config: { access: 'register.read' },
      schema: {
        summary:
          'The villages behind a number as an .xlsx workbook (the same query as /api/indicators/villages); recorded in the audit log',
        description:
          'A title row naming the figure, the scope and the date(s), a header row, then one row per village with its commune ' +
          '(and district, at dates when there were districts), members, group, cell and head, and a total row. Headings in Vietnamese, or English with lang=en.',
        tags: ['indicators'],
        querystring: villageListQuery.extend({ lang }),
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        errors: [...listErrors],
      },
    },
    async (req, reply) => {
      const where = await listRequest(db, req.signedIn(), req.query);
      const file = await villageListXlsx(db, where, req.query.category, { actor: req.actor(), lang: requestLang(req) });
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.data);
    },
  );
};
