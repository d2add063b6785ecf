import { z } from 'zod';

const day = z.object({
  date: z.string().max(10).describe('The day, yyyy-mm-dd'),
  kind: z.enum(['off', 'worked']).describe('off: a day off; worked: a Saturday (or Sunday) worked in exchange'),
  holiday: z.string().max(120).describe('The break it belongs to, ending with its year, e.g. "Tet Nguyen dan 2027"'),
  source: z.string().max(500).describe('The notice it comes from, e.g. "TB 1234/TB-BNV 15/10/2026"'),
});

/** One day of a notice, named in the answers (a request body inlines it: the route fuzzer reads bodies without references). */
export const noticeDay = day.meta({ id: 'NoticeDay', description: "One day of a year's notice of days off" });

const year = z.coerce.number().int().min(2000).max(2100).describe('The holiday year, e.g. 2027');

export const yearQuery = z.object({ year });

export const noticeBody = z
  .object({
    year,
    days: z
      .array(day)
      .max(60)
      .describe(
        "Every day off of the year's breaks (weekends inside them included) and every Saturday worked; an empty list removes the year's notice",
      ),
  })
  .describe("A year's notice of days off, as the government announced it");

export const calendarYearAnswer = z
  .object({
    year: z.number(),
    basis: z
      .enum(['notice', 'rule'])
      .describe("notice: the year's days come from a notice; rule: no notice, counted by the Labour Code's rule"),
    origin: z
      .enum(['table', 'database'])
      .nullable()
      .describe('Where the notice in force comes from: shipped with the application, or added by an administrator'),
    shipped: z.boolean().describe('Whether the application ships a notice of this year'),
    days: z.array(noticeDay).describe("The notice's days, with their sources"),
    weekdaysOff: z.array(z.string()).describe('Monday to Friday days that are not working days'),
    saturdaysWorked: z.array(z.string()).describe('Saturdays and Sundays that are working days'),
  })
  .meta({ id: 'CalendarYear', description: 'A year of the civil-service calendar as deadlines count it' });
