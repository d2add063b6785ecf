import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ruleSets } from './rules.config.js';

/** /api/rules: the dated rule sets the workflows apply. */
export const rulesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/',
    { config: { access: 'accounts.manage' }, schema: { summary: 'The rule sets with their effective dates', tags: ['rules'], response: { 200: z.array(z.record(z.string(), z.unknown())) } } },
    async () => ruleSets.map((s) => ({ ...s })),
  );
};
