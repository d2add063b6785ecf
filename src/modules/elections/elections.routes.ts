import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { today } from '../../platform/dates.js';
import type { Db } from '../../platform/db.js';
import { everInScopeIds, requireScopeCode } from '../auth/scope.js';
import {
  dueElection,
  dueQuery,
  electionResult,
  planElection,
  recordElection,
  villageParams,
} from './elections.schema.js';
import { dueElections, plan, record } from './elections.service.js';
import { writerOf } from '../records/records.writer.js';

/** Village-head elections: what is due, planned elections and their candidates, results. */
export const electionsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/elections/due',
    {
      config: { access: 'register.read' },
      schema: {
        summary: 'Head elections due within some months, and whether a member stands',
        tags: ['elections'],
        querystring: dueQuery,
        response: { 200: z.array(dueElection).describe('The villages whose election is due, soonest first') },
        errors: ['OUT_OF_SCOPE'],
      },
    },
    async (req) => {
      const account = req.signedIn();
      if (req.query.scope) await requireScopeCode(db, account, req.query.scope, [today()]);
      const scope = req.query.scope ?? account.scopeCode;
      return dueElections(
        db,
        scope === null ? null : everInScopeIds(scope),
        req.query.months,
        req.query.noMember === 'true',
      );
    },
  );
  app.post(
    '/villages/:code/elections/planned',
    {
      config: { access: 'register.write' },
      schema: {
        summary: 'Plan a head election with its candidates (each 21 or older on the day, living in the village)',
        tags: ['elections'],
        params: villageParams,
        body: planElection,
        response: { 201: z.object({ id: z.number() }).describe("The planned election's id") },
        errors: ['OUT_OF_SCOPE', 'VILLAGE_NOT_FOUND', 'PERSON_NOT_FOUND', 'CHANGE_REJECTED'],
      },
    },
    async (req, reply) => reply.code(201).send(await plan(db, req.params.code, req.body, writerOf(db, req))),
  );
  app.post(
    '/villages/:code/elections',
    {
      config: { access: 'register.write' },
      schema: {
        summary: "Record a held election; the winner's head term starts that day",
        tags: ['elections'],
        params: villageParams,
        body: recordElection,
        response: { 201: electionResult },
        errors: ['OUT_OF_SCOPE', 'VILLAGE_NOT_FOUND', 'PERSON_NOT_FOUND', 'CHANGE_REJECTED'],
      },
    },
    async (req, reply) => reply.code(201).send(await record(db, req.params.code, req.body, writerOf(db, req))),
  );
};
