import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../platform/db.js';
import { requestLang } from '../../platform/http.js';
import { calendarYearAnswer, noticeBody, yearQuery } from './calendar.schema.js';
import { calendarYear, setYearNotice } from './calendar.service.js';

/** /api/calendar: the working-day calendar every deadline counts on, and an administrator's notice of a year. */
export const calendarRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/',
    {
      config: { access: 'rules.read' },
      schema: {
        summary: 'A year of the civil-service calendar: days off, Saturdays worked, and where they come from',
        tags: ['rules'],
        querystring: yearQuery,
        response: { 200: calendarYearAnswer },
      },
    },
    async (req) => calendarYear(req.query.year),
  );
  app.put(
    '/',
    {
      config: { access: 'settings.manage' },
      schema: {
        summary: "Set a year's notice of days off (it replaces the shipped one); an empty list removes it",
        tags: ['rules'],
        body: noticeBody,
        response: { 200: calendarYearAnswer },
        errors: ['CALENDAR_NOTICE_INVALID'],
      },
    },
    async (req) => setYearNotice(db, req.body.year, req.body.days, req.actor(), requestLang(req)),
  );
};
