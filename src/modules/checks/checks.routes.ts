import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDate, today } from '../../platform/dates.js';
import type { Db } from '../../platform/db.js';
import { langQuery as lang, requestLang } from '../../platform/http.js';
import { recordEvent } from '../../platform/audit.js';
import type { SessionAccount } from '../auth/auth.service.js';
import { requireScopeCode } from '../auth/scope.js';
import { checkCodes, runChecks, type CheckResult } from './checks.service.js';
import { checksWorkbook } from './checks.xlsx.js';

const checksQuery = z.object({
  scope: z
    .string()
    .trim()
    .min(1)
    .optional()
    .describe('Unit code: only findings whose commune (or village) is or was under it; your own scope when omitted'),
  at: isoDate.optional().describe('The date the checks are judged at; today when omitted'),
  all: z
    .enum(['true', 'false'])
    .optional()
    .describe('true: every fault over all history instead of those holding at a date'),
  lang,
});

const named = z.object({ code: z.string(), name: z.string().nullable() });

export const finding = z.object({
  code: z.enum(checkCodes).describe('Which check found it'),
  severity: z.enum(['error', 'warning']),
  title: z.string().describe('What the check looks for, in the language asked'),
  message: z.string().describe('The finding, naming the record and its dates'),
  rule: z
    .object({ id: z.string(), label: z.string() })
    .describe(
      "Where the rule comes from: the rule set in force on the fault's date (common/rules.ts), or the Charter or docs",
    ),
  person: named.nullable(),
  other: named.nullable().describe('The other person of an overlap'),
  village: named.nullable(),
  cell: named.nullable(),
  commune: named.nullable().describe('The commune the record belongs to on the date'),
  validFrom: z.string().nullable().describe('First day the fault holds (null: since always)'),
  validTo: z.string().nullable().describe('Day it stops holding (null: still)'),
  record: named.nullable().describe('The record whose page the link opens: the person, the village or the cell'),
  link: z.string().nullable().describe("The web app's page of the record"),
  detail: z.record(z.string(), z.unknown()),
});

export const checkResult = z.object({
  at: z.string().nullable().describe('The date judged; null over all history'),
  scope: z.string().nullable(),
  count: z.object({ error: z.number(), warning: z.number() }),
  findings: z.array(finding).describe('Ordered by commune, then check'),
});

type ChecksQuery = z.infer<typeof checksQuery>;

/** The findings a request asks for, within the account's scope (OUT_OF_SCOPE for a unit outside it). */
async function checksFor(db: Db, account: SessionAccount, q: ChecksQuery, lang: 'vi' | 'en'): Promise<CheckResult> {
  const all = q.all === 'true';
  if (q.scope) await requireScopeCode(db, account, q.scope, [all ? today() : (q.at ?? today())]);
  return runChecks(db, { at: q.at, all, scope: q.scope ?? account.scopeCode, lang });
}

/** /api/checks: the data-quality checks ("Kiểm tra dữ liệu") of the register. */
export const checksRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/',
    {
      // findings name people: personal data
      config: { access: 'register.read' },
      schema: {
        summary: 'Data-quality checks of the register at a date (or over all history), within your scope',
        tags: ['checks'],
        querystring: checksQuery,
        response: { 200: checkResult.describe('The findings and how many are errors and warnings') },
        errors: ['OUT_OF_SCOPE', 'UNIT_NOT_FOUND'],
      },
    },
    (req) => checksFor(db, req.signedIn(), req.query, requestLang(req)),
  );

  app.get(
    '/xlsx',
    {
      // the same findings, the same access and scope: they name people
      config: { access: 'register.read' },
      schema: {
        summary:
          'The data-quality findings as an .xlsx workbook (the same query as /api/checks); recorded in the audit log',
        description:
          'A title row naming the date (or all history) and the scope, a header row, then one row per finding in the order of /api/checks ' +
          "(by commune): commune, severity, check, finding, record, detail, dates, rule and the web app's page of the record; the count of errors and warnings last. " +
          'Headings in Vietnamese, or English with lang=en.',
        tags: ['checks'],
        querystring: checksQuery,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        errors: ['OUT_OF_SCOPE', 'UNIT_NOT_FOUND'],
      },
    },
    async (req, reply) => {
      const lang = requestLang(req);
      const r = await checksFor(db, req.signedIn(), req.query, lang);
      const data = await checksWorkbook(r, lang, `${req.protocol}://${req.host}/admin`);
      const fileName = `kiem-tra-du-lieu_${r.scope ?? 'tat-ca'}_${r.at ?? 'toan-bo'}.xlsx`.replace(/[^\w.-]/g, '-');
      await recordEvent(db, req.actor(), {
        action: 'export',
        entity: 'checks',
        entityId: r.scope,
        detail: {
          scope: r.scope,
          at: r.at,
          all: r.at === null,
          format: 'xlsx',
          file: fileName,
          rows: r.findings.length,
        },
      });
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(data);
    },
  );
};
