import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { today } from '../../platform/dates.js';
import type { Db } from '../../platform/db.js';
import { foundCell, founded, plan, planQuery, villageParams } from './cells.schema.js';
import { foundVillageCell, planReinforcement } from './cells.service.js';
import { writerOf } from '../records/records.writer.js';

/** /api/villages/:code/reinforcement and /cell: the planner and the founding of a village's own cell. */
export const cellsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/:code/reinforcement',
    {
      config: { access: 'register.read' },
      schema: {
        summary: 'Members a village lacks for its own cell, and whom to transfer in',
        tags: ['cells'],
        params: villageParams,
        querystring: planQuery,
        response: { 200: plan },
        errors: ['VILLAGE_NOT_FOUND', 'UNIT_NOT_VALID_AT'],
      },
    },
    async (req) => planReinforcement(db, req.params.code, req.query.at ?? today(), writerOf(db, req)),
  );
  app.post(
    '/:code/cell',
    {
      config: { access: 'register.write' },
      schema: {
        summary:
          "Found the village's own cell: the cell, its coverage, the members' placements, and what becomes of a combined cell it leaves",
        tags: ['cells'],
        params: villageParams,
        body: foundCell,
        response: { 201: founded },
        errors: [
          'OUT_OF_SCOPE',
          'VILLAGE_NOT_FOUND',
          'UNIT_NOT_VALID_AT',
          'CELL_EXISTS',
          'CELL_MEMBER_NOT_ELIGIBLE',
          'CELL_TOO_FEW',
          'COMBINED_CELL_LEFT_ALONE',
          'COMBINED_CELL_MEMBERS_LEFT',
          'COMBINED_CELL_ATTACH_INVALID',
          'CHANGE_REJECTED',
        ],
      },
    },
    async (req, reply) =>
      reply.code(201).send(await foundVillageCell(db, req.params.code, req.body, writerOf(db, req))),
  );
};
