import { sql, type SQL } from 'drizzle-orm';
import { targets, taskForceMembers, taskForces, taskForceVillages } from '../../db/schema/index.js';
import { rows, type Db } from '../../platform/db.js';
import type { TaskForceView } from './targets.schema.js';

export type TargetValues = typeof targets.$inferInsert;

/** Sets (or replaces) a unit's targets for a year. */
export async function upsertTarget(db: Db, values: TargetValues): Promise<void> {
  await db
    .insert(targets)
    .values(values)
    .onConflictDoUpdate({ target: [targets.unitId, targets.year], set: values });
}

/** A unit's targets for a year, or undefined. */
export async function findTarget(db: Db, unitCode: string, year: number) {
  const [t] = await rows<{
    admissions: number | null;
    white_cleared: number | null;
    weak_reduced: number | null;
    cells_founded: number | null;
    party_heads: number | null;
  }>(
    db,
    sql`select t.* from targets t join units u on u.id = t.unit_id where u.code = ${unitCode} and t.year = ${year}`,
  );
  return t;
}

/** Inserts a task force with its members and villages; its id. */
export async function insertTaskForce(
  db: Db,
  f: { name: string; unitId: number; validFrom: string; validTo: string | null; note: string | null },
  members: number[],
  villages: number[],
): Promise<number> {
  const [r] = await db.insert(taskForces).values(f).returning({ id: taskForces.id });
  if (members.length)
    await db.insert(taskForceMembers).values(members.map((personId) => ({ taskForceId: r.id, personId })));
  await db.insert(taskForceVillages).values(villages.map((villageId) => ({ taskForceId: r.id, villageId })));
  return r.id;
}

/** Task forces of the units of `inScope` (a subquery of ids; null: all), latest first, with their members and village codes. */
export async function loadTaskForces(db: Db, inScope: SQL | null) {
  return rows<Omit<TaskForceView, 'villages'> & { villageCodes: string[] | null }>(
    db,
    sql`select tf.id, tf.name, u.code as "unitCode", tf.valid_from as "validFrom", tf.valid_to as "validTo", tf.note,
          coalesce((select json_agg(json_build_object('code', p.code, 'name', p.full_name) order by p.full_name)
                    from task_force_members m join people p on p.id = m.person_id where m.task_force_id = tf.id), '[]'::json) as members,
          (select array_agg(vu.code order by vu.code) from task_force_villages v join units vu on vu.id = v.village_id where v.task_force_id = tf.id) as "villageCodes"
        from task_forces tf join units u on u.id = tf.unit_id
        where ${inScope === null ? sql`true` : sql`tf.unit_id in ${inScope}`}
        order by tf.valid_from desc, tf.id`,
  );
}
