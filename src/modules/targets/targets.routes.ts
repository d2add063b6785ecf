import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../platform/db.js';
import { everInScopeIds, requireScopeCode } from '../auth/scope.js';
import { targetBody, targetProgress, targetsQuery, taskForceBody, taskForceView } from './targets.schema.js';
import { createTaskForce, listTaskForces, progress, setTarget } from './targets.service.js';
import { writerOf } from '../records/records.writer.js';

/** Targets per unit and year with their progress, and task forces with their villages' progress. */
export const targetsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/targets',
    {
      config: { access: 'figures.read' },
      schema: {
        summary: "A unit's targets for a year and the progress made",
        tags: ['targets'],
        querystring: targetsQuery,
        response: { 200: targetProgress },
        errors: ['OUT_OF_SCOPE', 'UNIT_NOT_FOUND', 'UNIT_NOT_VALID_AT', 'DATE_RANGE_INVALID'],
      },
    },
    async (req) => {
      await requireScopeCode(db, req.signedIn(), req.query.scope, [`${req.query.year}-01-01`]);
      return progress(db, req.query.scope, req.query.year);
    },
  );
  app.post(
    '/targets',
    {
      config: { access: 'register.write' },
      schema: {
        summary: "Set a unit's targets for a year",
        tags: ['targets'],
        body: targetBody,
        response: { 204: z.null().describe('The targets are set') },
        errors: ['UNIT_NOT_FOUND'],
      },
    },
    async (req, reply) => {
      await setTarget(db, req.body, writerOf(db, req));
      return reply.code(204).send(null);
    },
  );
  app.get(
    '/task-forces',
    {
      config: { access: 'register.read' },
      schema: {
        summary: 'Task forces of your scope and the progress of their villages',
        tags: ['targets'],
        response: { 200: z.array(taskForceView).describe('The task forces of your scope') },
      },
    },
    async (req) => {
      const account = req.signedIn();
      return listTaskForces(db, account.scopeCode === null ? null : everInScopeIds(account.scopeCode));
    },
  );
  app.post(
    '/task-forces',
    {
      config: { access: 'register.write' },
      schema: {
        summary: 'Create a task force with its members and villages',
        tags: ['targets'],
        body: taskForceBody,
        response: { 201: z.object({ id: z.number() }).describe("The new task force's id") },
        errors: ['OUT_OF_SCOPE', 'UNIT_NOT_FOUND', 'VILLAGE_NOT_FOUND', 'PERSON_NOT_FOUND', 'PERIOD_ENDS_BEFORE_START'],
      },
    },
    async (req, reply) => reply.code(201).send({ id: await createTaskForce(db, req.body, writerOf(db, req)) }),
  );
};
