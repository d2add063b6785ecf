import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../platform/db.js';
import { listAccounts } from '../auth/accounts.repository.js';
import { addAccount, disableAccount, resetPassword } from '../auth/auth.service.js';
import { accountView, newAccountBody, oneTimePassword, usernameParams } from './accounts.schema.js';

const tags = ['accounts'];

/** /api/accounts: administrators add accounts, reset their passwords and disable them (as `grassroots user` does). */
export const accountsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/',
    {
      config: { access: 'accounts.manage' },
      schema: {
        summary: 'Every account, without password hashes',
        tags,
        response: { 200: z.array(accountView).describe('Every account, in the order of their user names') },
      },
    },
    async () => (await listAccounts(db)).map((a) => accountView.parse(a)),
  );

  app.post(
    '/',
    {
      config: { access: 'accounts.manage' },
      schema: {
        summary: 'Add an account; answers its one-time password, shown once',
        tags,
        body: newAccountBody,
        response: { 201: oneTimePassword },
        errors: ['ACCOUNT_EXISTS', 'UNIT_NOT_FOUND'],
      },
    },
    async (req, reply) => {
      const b = req.body;
      const password = await addAccount(db, req.actor(), {
        username: b.username,
        displayName: b.displayName || undefined,
        role: b.role,
        scopeCode: b.scopeCode || null,
      });
      return reply.code(201).send({ username: b.username, password });
    },
  );

  app.post(
    '/:username/reset',
    {
      config: { access: 'accounts.manage' },
      schema: {
        summary: 'A new one-time password; unlocks and re-enables the account and ends its sessions',
        tags,
        params: usernameParams,
        response: { 200: oneTimePassword },
        errors: ['ACCOUNT_NOT_FOUND'],
      },
    },
    async (req) => ({
      username: req.params.username,
      password: await resetPassword(db, req.actor(), req.params.username),
    }),
  );

  app.post(
    '/:username/disable',
    {
      config: { access: 'accounts.manage' },
      schema: {
        summary: 'Disable an account; its sessions end at once',
        tags,
        params: usernameParams,
        response: {
          200: z
            .object({ endedSessions: z.number().describe('How many sessions of the account ended') })
            .describe('The account is disabled'),
        },
        errors: ['ACCOUNT_NOT_FOUND', 'ACCOUNT_SELF_DISABLE'],
      },
    },
    async (req) => ({
      endedSessions: await disableAccount(db, req.actor(), req.params.username, req.signedIn().username),
    }),
  );
};
