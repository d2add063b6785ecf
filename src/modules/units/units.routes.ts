import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { today } from '../../platform/dates.js';
import type { Db } from '../../platform/db.js';
import { treeQuery, treeResponse } from './units.schema.js';
import { unitTree } from './units.service.js';

/** /api/units: the administrative tree at a date. */
export const unitsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/tree',
    {
      schema: {
        summary: 'Unit tree valid at a date',
        tags: ['units'],
        querystring: treeQuery,
        response: { 200: treeResponse },
      },
    },
    async (req) => unitTree(db, req.query.at ?? today(), req.query.scope, req.query.depth),
  );
};
