import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../platform/db.js';
import {
  admission,
  cellCodeParams,
  changeResult,
  endMembership,
  headTerm,
  officialStatus,
  personCodeParams,
  secretaryTerm,
  transfer,
  transferOut,
  villageCodeParams,
} from './records.schema.js';
import {
  admit,
  endMember,
  enterHeadTerm,
  enterSecretaryTerm,
  recordOfficial,
  transferMember,
  transferOutOfProvince,
} from './records.service.js';
import { writerOf } from './records.writer.js';

/** Changes to the register from forms (people, villages, cells); each is checked by the importer's rules. */
export const recordsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const route = { config: { access: 'register.write' as const } };
  const response = { 200: changeResult };

  app.post(
    '/people/:code/admission',
    {
      ...route,
      schema: {
        summary: 'Admit a person: membership and first official placement',
        tags: ['records'],
        params: personCodeParams,
        body: admission,
        response,
        errors: ['OUT_OF_SCOPE', 'PERSON_NOT_FOUND', 'ORG_NOT_FOUND', 'VILLAGE_NOT_FOUND', 'CHANGE_REJECTED'],
      },
    },
    async (req) => admit(db, req.params.code, req.body, writerOf(db, req)),
  );
  app.post(
    '/people/:code/official',
    {
      ...route,
      schema: {
        summary: 'Record official status (and the party card)',
        tags: ['records'],
        params: personCodeParams,
        body: officialStatus,
        response,
        errors: ['OUT_OF_SCOPE', 'PERSON_NOT_FOUND', 'MEMBERSHIP_NOT_FOUND', 'CHANGE_REJECTED'],
      },
    },
    async (req) => recordOfficial(db, req.params.code, req.body, writerOf(db, req)),
  );
  app.post(
    '/people/:code/transfer',
    {
      ...route,
      schema: {
        summary: 'Transfer a member, officially or temporarily (reinforcement is a reason)',
        tags: ['records'],
        params: personCodeParams,
        body: transfer,
        response,
        errors: ['OUT_OF_SCOPE', 'PERSON_NOT_FOUND', 'ORG_NOT_FOUND', 'VILLAGE_NOT_FOUND', 'CHANGE_REJECTED'],
      },
    },
    async (req) => transferMember(db, req.params.code, req.body, writerOf(db, req)),
  );
  app.post(
    '/people/:code/transfer-out',
    {
      ...route,
      schema: {
        summary: 'Transfer a member out of the province: the placements end, the membership does not',
        tags: ['records'],
        params: personCodeParams,
        body: transferOut,
        response,
        errors: ['OUT_OF_SCOPE', 'PERSON_NOT_FOUND', 'PLACEMENT_NOT_FOUND', 'CHANGE_REJECTED'],
      },
    },
    async (req) => transferOutOfProvince(db, req.params.code, req.body, writerOf(db, req)),
  );
  app.post(
    '/people/:code/end',
    {
      ...route,
      schema: {
        summary: 'End a membership (and its open placements)',
        tags: ['records'],
        params: personCodeParams,
        body: endMembership,
        response,
        errors: ['OUT_OF_SCOPE', 'PERSON_NOT_FOUND', 'MEMBERSHIP_NOT_FOUND', 'CHANGE_REJECTED'],
      },
    },
    async (req) => endMember(db, req.params.code, req.body, writerOf(db, req)),
  );
  app.post(
    '/villages/:code/heads',
    {
      ...route,
      schema: {
        summary: "Enter a village head's term",
        tags: ['records'],
        params: villageCodeParams,
        body: headTerm,
        response,
        errors: ['OUT_OF_SCOPE', 'VILLAGE_NOT_FOUND', 'PERSON_NOT_FOUND', 'CHANGE_REJECTED'],
      },
    },
    async (req) => enterHeadTerm(db, req.params.code, req.body, writerOf(db, req)),
  );
  app.post(
    '/orgs/:code/secretaries',
    {
      ...route,
      schema: {
        summary: "Enter a cell secretary's term",
        tags: ['records'],
        params: cellCodeParams,
        body: secretaryTerm,
        response,
        errors: ['OUT_OF_SCOPE', 'ORG_NOT_FOUND', 'PERSON_NOT_FOUND', 'CHANGE_REJECTED'],
      },
    },
    async (req) => enterSecretaryTerm(db, req.params.code, req.body, writerOf(db, req)),
  );
};
