import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../platform/db.js';
import { can, unitEverInScope } from '../auth/scope.js';
import { villageParams, villageTimeline } from './villages.schema.js';
import { villageTimeline as timeline } from './villages.service.js';

/** /api/villages: a village's timeline. */
export const villagesRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/:code',
    {
      config: { access: 'register.read' },
      schema: {
        summary: 'Timeline of a village: versions, lineage, cells, member counts, heads and secretaries',
        tags: ['villages'],
        params: villageParams,
        response: { 200: villageTimeline },
        errors: ['VILLAGE_NOT_FOUND'],
      },
    },
    async (req) => {
      const account = req.signedIn();
      return timeline(db, req.params.code, (id) => unitEverInScope(db, account, id), {
        sensitive: can(account, 'sensitive.read'),
      });
    },
  );
};
