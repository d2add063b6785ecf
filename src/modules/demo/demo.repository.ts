/**
 * SQL for the demo: emptying the register before a rebuild, and telling
 * whether a database has a register at all.
 */
import { sql } from 'drizzle-orm';
import {
  cellVillages, headTerms, memberships, partyOrgs, partyOrgVersions, people, placements, secretaryTerms, unitLineage, units, unitVersions,
  villageMemberCounts,
} from '../../db/schema/index.js';
import { rows, type Db } from '../../platform/db.js';

const registerTables = [
  villageMemberCounts, secretaryTerms, headTerms, placements, memberships, people, cellVillages, partyOrgVersions, partyOrgs, unitLineage,
  unitVersions, units,
];

/** Empties every register table and restarts their ids. */
export async function truncateRegister(db: Db): Promise<void> {
  await db.execute(sql`truncate table ${sql.join(registerTables, sql`, `)} restart identity cascade`);
}

/** Whether the database holds no unit at all. */
export async function hasNoUnits(db: Db): Promise<boolean> {
  const [r] = await rows<{ empty: boolean }>(db, sql`select not exists (select 1 from ${units}) as empty`);
  return r.empty;
}
