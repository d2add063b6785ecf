import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { today } from '../../platform/dates.js';
import type { Db } from '../../platform/db.js';
import { requireScopeCode, scopeRootsAt } from '../auth/scope.js';
import { treeQuery, treeResponse } from './units.schema.js';
import { unitTree } from './units.service.js';

/** /api/units: the administrative tree at a date. */
export const unitsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/tree',
    {
      config: { access: 'figures.read' },
      schema: {
        summary: 'Unit tree valid at a date',
        tags: ['units'],
        querystring: treeQuery,
        response: { 200: treeResponse },
      },
    },
    async (req) => {
      const account = req.signedIn();
      const at = req.query.at ?? today();
      if (req.query.scope) {
        await requireScopeCode(db, account, req.query.scope, [at]);
        return unitTree(db, at, req.query.scope, req.query.depth);
      }
      if (account.scopeCode === null) return unitTree(db, at, undefined, req.query.depth);
      // The account's own subtree: its scope unit, or before that unit existed, the units it succeeded.
      const roots = await scopeRootsAt(db, account.scopeCode, at);
      const trees = await Promise.all(roots.map((code) => unitTree(db, at, code, req.query.depth)));
      return { at, units: trees.flatMap((t) => t.units) };
    },
  );
};
