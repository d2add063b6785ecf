import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { provinceChoices, ruleSets } from '../../../common/rules.js';
import { rulesAnswer } from './rules.schema.js';

/** /api/rules: the dated rule sets the workflows apply, and the province's own dated choices. */
export const rulesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/',
    {
      // no personal data: every signed-in role reads the rules its work is checked by
      config: { access: 'rules.read' },
      schema: {
        summary: 'The rule sets with their effective dates, and what the province decides',
        tags: ['rules'],
        response: { 200: rulesAnswer },
      },
    },
    async () => ({ sets: [...ruleSets], province: [...provinceChoices] }),
  );
};
