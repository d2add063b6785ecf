import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDate, today } from '../../platform/dates.js';
import type { Db } from '../../platform/db.js';
import { langQuery as lang, requestLang } from '../../platform/http.js';
import { requireScopeCode } from '../auth/scope.js';
import { checkCodes, runChecks } from './checks.service.js';

const checksQuery = z.object({
  scope: z.string().trim().min(1).optional().describe('Unit code: only findings whose commune (or village) is or was under it; your own scope when omitted'),
  at: isoDate.optional().describe('The date the checks are judged at; today when omitted'),
  all: z.enum(['true', 'false']).optional().describe('true: every fault over all history instead of those holding at a date'),
  lang,
});

const named = z.object({ code: z.string(), name: z.string().nullable() });

export const finding = z.object({
  code: z.enum(checkCodes).describe('Which check found it'),
  severity: z.enum(['error', 'warning']),
  title: z.string().describe('What the check looks for, in the language asked'),
  message: z.string().describe('The finding, naming the record and its dates'),
  rule: z.object({ id: z.string(), label: z.string() }).describe('Where the rule comes from: the rule set in force on the fault\'s date (common/rules.ts), or the Charter or docs'),
  person: named.nullable(),
  other: named.nullable().describe('The other person of an overlap'),
  village: named.nullable(),
  cell: named.nullable(),
  commune: named.nullable().describe('The commune the record belongs to on the date'),
  validFrom: z.string().nullable().describe('First day the fault holds (null: since always)'),
  validTo: z.string().nullable().describe('Day it stops holding (null: still)'),
  link: z.string().nullable().describe('The web app\'s page of the record'),
  detail: z.record(z.string(), z.unknown()),
});

export const checkResult = z.object({
  at: z.string().nullable().describe('The date judged; null over all history'),
  scope: z.string().nullable(),
  count: z.object({ error: z.number(), warning: z.number() }),
  findings: z.array(finding).describe('Ordered by commune, then check'),
});

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
    async (req) => {
      const account = req.signedIn();
      const all = req.query.all === 'true';
      if (req.query.scope) await requireScopeCode(db, account, req.query.scope, [all ? today() : (req.query.at ?? today())]);
      return runChecks(db, { at: req.query.at, all, scope: req.query.scope ?? account.scopeCode, lang: requestLang(req) });
    },
  );
};
