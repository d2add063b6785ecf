import { z } from 'zod';
import { auditEntry } from '../../platform/audit.js';

const d = z.string().nullable();

export const villageParams = z.object({ code: z.string().min(1).describe("The village's code") });

export const villageTimeline = z
  .object({
    code: z.string(),
    versions: z.array(
      z.object({
        name: z.string(),
        subtype: z.string(),
        parentCode: z.string().nullable(),
        parentName: z.string().nullable(),
        validFrom: d,
        validTo: d,
      }),
    ),
    lineage: z.array(
      z.object({
        direction: z.enum(['from', 'to']),
        code: z.string(),
        name: z.string().nullable(),
        on: z.string(),
        kind: z.string(),
        decision: z.string().nullable(),
      }),
    ),
    cells: z.array(
      z.object({
        code: z.string(),
        name: z.string().nullable(),
        validFrom: d,
        validTo: d,
        otherVillages: z.array(z.string()),
      }),
    ),
    memberCounts: z.array(
      z.object({
        validFrom: z.string(),
        validTo: d,
        total: z.number(),
        official: z.number(),
        probationary: z.number(),
      }),
    ),
    membersByYear: z.array(
      z.object({ year: z.number(), at: z.string(), total: z.number(), official: z.number(), probationary: z.number() }),
    ),
    heads: z.array(
      z.object({
        personCode: z.string(),
        fullName: z.string(),
        role: z.string(),
        how: z.string().nullable(),
        validFrom: d,
        validTo: d,
        memberAtStart: z.boolean(),
      }),
    ),
    secretaries: z.array(
      z.object({ cellCode: z.string(), personCode: z.string(), fullName: z.string(), validFrom: d, validTo: d }),
    ),
    /** Every recorded change to the village and what hangs on it, oldest first. */
    history: z.array(auditEntry),
  })
  .meta({
    id: 'VillageTimeline',
    description:
      "A village's timeline: versions and lineage, cells, member counts over time, heads and secretaries, history",
  });
export type VillageTimeline = z.infer<typeof villageTimeline>;
