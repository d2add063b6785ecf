import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { today } from '../../platform/dates.js';
import type { Db } from '../../platform/db.js';
import { AppError } from '../errors.js';
import { everInScopeIds } from '../auth/scope.js';
import { cellMembers, orgsAt } from './orgs.repository.js';
import { orgDetail, orgParams, orgsList, orgsQuery } from './orgs.schema.js';
import { withCommitteeDue } from './orgs.service.js';

/** /api/orgs: party committees and cells at a date, with coverage, member counts and secretaries. */
export const orgsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/',
    {
      config: { access: 'register.read' },
      schema: {
        summary: 'Party organisations valid at a date (flat, with parents)',
        tags: ['orgs'],
        querystring: orgsQuery,
        response: { 200: orgsList },
      },
    },
    async (req) => {
      const account = req.signedIn();
      const at = req.query.at ?? today();
      const orgs = await orgsAt(db, at, account.scopeCode === null ? null : everInScopeIds(account.scopeCode));
      return { at, orgs: orgs.map(({ id: _id, ...o }) => withCommitteeDue(o, at)) };
    },
  );

  app.get(
    '/:code',
    {
      config: { access: 'register.read' },
      schema: {
        summary: 'A cell or committee at a date: its members and secretary',
        tags: ['orgs'],
        params: orgParams,
        querystring: orgsQuery,
        response: { 200: orgDetail },
        errors: ['ORG_NOT_FOUND'],
      },
    },
    async (req) => {
      const account = req.signedIn();
      const at = req.query.at ?? today();
      const [org] = await orgsAt(
        db,
        at,
        account.scopeCode === null ? null : everInScopeIds(account.scopeCode),
        req.params.code,
      );
      // out of scope reads as unknown
      if (!org) throw new AppError('ORG_NOT_FOUND', { code: req.params.code });
      const { id, ...rest } = org;
      return { ...withCommitteeDue(rest, at), at, memberList: await cellMembers(db, id, at) };
    },
  );
};
