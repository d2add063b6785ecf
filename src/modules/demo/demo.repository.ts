/**
 * SQL for the demo: emptying the register before a rebuild, and telling
 * whether a database has a register at all.
 */
import { getTableName, sql } from 'drizzle-orm';
import {
  cellVillages,
  headTerms,
  memberships,
  partyOrgs,
  partyOrgVersions,
  people,
  placements,
  secretaryTerms,
  unitLineage,
  units,
  unitVersions,
  villageMemberCounts,
} from '../../db/schema/index.js';
import { rows, type Db } from '../../platform/db.js';

const registerTables = [
  villageMemberCounts,
  secretaryTerms,
  headTerms,
  placements,
  memberships,
  people,
  cellVillages,
  partyOrgVersions,
  partyOrgs,
  unitLineage,
  unitVersions,
  units,
];

/**
 * Empties every register table and restarts their ids. The ids are restarted
 * by setval, not RESTART IDENTITY, which needs the sequences' owner: the
 * program's role on PostgreSQL owns nothing (src/platform/roles.ts).
 */
export async function truncateRegister(db: Db): Promise<void> {
  await db.execute(sql`truncate table ${sql.join(registerTables, sql`, `)} cascade`);
  await db.execute(sql`
    select setval(d.objid::regclass, 1, false)
    from pg_depend d join pg_class s on s.oid = d.objid and s.relkind = 'S' join pg_class t on t.oid = d.refobjid
    where d.classid = 'pg_class'::regclass and d.deptype in ('a', 'i')
      and t.relnamespace = 'public'::regnamespace and t.relname in (${sql.join(
        registerTables.map((t) => sql`${getTableName(t)}`),
        sql`, `,
      )})`);
}

/** Whether the database holds no unit at all. */
export async function hasNoUnits(db: Db): Promise<boolean> {
  const [r] = await rows<{ empty: boolean }>(db, sql`select not exists (select 1 from ${units}) as empty`);
  return r.empty;
}
