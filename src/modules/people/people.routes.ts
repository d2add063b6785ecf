import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../platform/db.js';
import { can, personInScope } from '../auth/scope.js';
import { personDetail, personParams } from './people.schema.js';
import { personDetail as detail } from './people.service.js';

/** /api/people: a person's record. */
export const peopleRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/:code',
    {
      config: { access: 'register.read' },
      schema: { summary: 'A person: memberships, placements, head and secretary terms', tags: ['people'], params: personParams, response: { 200: personDetail } },
    },
    async (req) => {
      const account = req.signedIn();
      return detail(db, req.params.code, {
        actor: req.actor(),
        inScope: (id) => personInScope(db, account, id),
        sensitive: can(account, 'sensitive.read'),
      });
    },
  );
};
