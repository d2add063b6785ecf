import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { today } from '../../platform/dates.js';
import type { Db } from '../../platform/db.js';
import { AppError } from '../errors.js';
import { requestLang } from '../../platform/http.js';
import { everInScopeIds, requireScopeCode } from '../auth/scope.js';
import { dueQuery, newProspect, prospectParams, prospectsQuery, prospectView, stepBody } from './admissions.schema.js';
import { createProspect, dueList, listProspects, recordStep } from './admissions.service.js';
import { writerOf } from '../records/records.writer.js';

/** /api/prospects: the admission pipeline: prospects by stage, their steps, and what is due. */
export const admissionsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  /** The set of units a list may show: the account's scope, narrowed to `scope` when given (and allowed). */
  const scopeOf = async (req: FastifyRequest, scope?: string) => {
    const account = req.signedIn();
    if (scope) {
      await requireScopeCode(db, account, scope, [today()]);
      return everInScopeIds(scope);
    }
    return account.scopeCode === null ? null : everInScopeIds(account.scopeCode);
  };

  app.get(
    '/',
    {
      config: { access: 'register.read' },
      schema: {
        summary: 'Prospects of a scope, by stage',
        tags: ['admissions'],
        querystring: prospectsQuery,
        response: { 200: z.array(prospectView).describe('The admission cases') },
        errors: ['OUT_OF_SCOPE'],
      },
    },
    async (req) => listProspects(db, await scopeOf(req, req.query.scope), requestLang(req), req.query.stage),
  );
  app.get(
    '/due',
    {
      config: { access: 'register.read' },
      schema: {
        summary: 'Steps overdue or due within 30 days',
        tags: ['admissions'],
        querystring: dueQuery,
        response: { 200: z.array(prospectView).describe('The cases with a step due, most urgent first') },
        errors: ['OUT_OF_SCOPE'],
      },
    },
    async (req) => dueList(db, await scopeOf(req, req.query.scope), requestLang(req)),
  );
  app.get(
    '/:id',
    {
      config: { access: 'register.read' },
      schema: {
        summary: 'One admission case',
        tags: ['admissions'],
        params: prospectParams,
        response: { 200: prospectView },
        errors: ['PROSPECT_NOT_FOUND'],
      },
    },
    async (req) => {
      const [v] = await listProspects(db, await scopeOf(req), requestLang(req)).then((l) =>
        l.filter((p) => p.id === req.params.id),
      );
      if (!v) throw new AppError('PROSPECT_NOT_FOUND', { id: req.params.id });
      return v;
    },
  );
  app.post(
    '/',
    {
      config: { access: 'register.write' },
      schema: {
        summary: 'Put a person forward for admission in a village',
        tags: ['admissions'],
        body: newProspect,
        response: { 201: prospectView },
        errors: ['OUT_OF_SCOPE', 'PERSON_NOT_FOUND', 'VILLAGE_NOT_FOUND', 'ORG_NOT_FOUND', 'CHANGE_REJECTED'],
      },
    },
    async (req, reply) => reply.code(201).send(await createProspect(db, req.body, writerOf(db, req))),
  );
  app.post(
    '/:id/steps',
    {
      config: { access: 'register.write' },
      schema: {
        summary: 'Record a step of the admission pipeline',
        tags: ['admissions'],
        params: prospectParams,
        body: stepBody,
        response: { 200: prospectView },
        // the ceremony admits the member and the outcome records official status or the removal: the records' errors too
        errors: [
          'OUT_OF_SCOPE',
          'PROSPECT_NOT_FOUND',
          'PERSON_NOT_FOUND',
          'ORG_NOT_FOUND',
          'VILLAGE_NOT_FOUND',
          'MEMBERSHIP_NOT_FOUND',
          'CHANGE_REJECTED',
        ],
      },
    },
    async (req) => recordStep(db, req.params.id, req.body, writerOf(db, req)),
  );
};
