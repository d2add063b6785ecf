import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../platform/db.js';
import { can, everInScopeIds, personInScope, unitInScope } from '../auth/scope.js';
import { today } from '../../platform/dates.js';
import { newPerson, peopleList, peopleQuery, personDetail, personParams, personQuery } from './people.schema.js';
import { addPerson, findPeople, personDetail as detail } from './people.service.js';

/** /api/people: a person's record. */
export const peopleRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/:code',
    {
      config: { access: 'register.read' },
      schema: {
        summary:
          'A person: memberships, placements, head and secretary terms, and their status, card and cell at a date',
        description:
          'A person outside your scope is not found. An unmasked read of sensitive fields is recorded in the audit log.',
        tags: ['people'],
        params: personParams,
        querystring: personQuery,
        response: { 200: personDetail },
        errors: ['PERSON_NOT_FOUND'],
      },
    },
    async (req) => {
      const account = req.signedIn();
      return detail(
        db,
        req.params.code,
        {
          actor: req.actor(),
          inScope: (id) => personInScope(db, account, id),
          sensitive: can(account, 'sensitive.read'),
        },
        req.query.at,
      );
    },
  );

  app.post(
    '/',
    {
      config: { access: 'register.write' },
      schema: {
        summary: 'Add a person (member or not); the residence village must be in your scope',
        tags: ['people'],
        body: newPerson,
        response: { 201: personDetail },
        errors: ['VILLAGE_NOT_FOUND', 'PERSON_EXISTS'],
      },
    },
    async (req, reply) => {
      const account = req.signedIn();
      await addPerson(db, req.body, {
        actor: req.actor(),
        villageInScope: (id) => unitInScope(db, account, id, today()),
        scoped: account.scopeCode !== null,
      });
      const created = await detail(db, req.body.code, {
        actor: req.actor(),
        inScope: async () => true,
        sensitive: can(account, 'sensitive.read'),
      });
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/',
    {
      config: { access: 'register.read' },
      schema: {
        summary:
          'Search people by name (diacritics optional), card number or village, within your scope; each with birth year, residence village and its commune',
        tags: ['people'],
        querystring: peopleQuery,
        response: { 200: peopleList },
      },
    },
    async (req) => {
      const account = req.signedIn();
      return findPeople(db, req.query, account.scopeCode === null ? null : everInScopeIds(account.scopeCode));
    },
  );
};
