/** The write check's SQL: whether a unit, org or person lies in a scope at a date (see writable.ts for the rules). */
import { sql } from 'drizzle-orm';
import { today } from '../../platform/dates.js';
import type { Db } from '../../platform/db.js';
import { activeAt } from '../../platform/intervals.js';
import { startsVisible } from '../auth/scope.repository.js';

/** Whether one reference lies in the scope at its date; an unknown code does not. */
export async function refWritable(
  db: Db,
  scopeCode: string,
  ref: { kind: 'unit' | 'org' | 'person'; code: string; at: string },
): Promise<boolean> {
  const now = today();
  const d = ref.at;
  if (ref.kind === 'unit') {
    // at the write's date only: a village that moved between communes belongs, before the move, to its old commune
    // (lineage still carries a merged or split commune's history to its successors)
    return startsVisible(db, scopeCode, sql`select u.id, ${d}::date as d from units u where u.code = ${ref.code}`);
  }
  if (ref.kind === 'org') {
    // the org's unit at the date; an org not valid then is judged by its latest version
    return startsVisible(
      db,
      scopeCode,
      sql`
      with o as (select id from party_orgs where code = ${ref.code}),
      at_d as (select v.unit_id from party_org_versions v join o on o.id = v.org_id
               where v.unit_id is not null and ${activeAt(sql`v.valid_from`, sql`v.valid_to`, d)}),
      latest as (select v.unit_id from party_org_versions v join o on o.id = v.org_id where v.unit_id is not null
                 order by v.valid_from desc nulls last limit 1),
      units_of as (select unit_id from at_d union all select unit_id from latest where not exists (select 1 from at_d))
      select unit_id as id, ${d}::date as d from units_of`,
    );
  }
  return startsVisible(
    db,
    scopeCode,
    sql`
    with p as (select id, residence_village_id from people where code = ${ref.code}),
    placed as (select pl.village_id, pl.cell_id from placements pl join p on p.id = pl.person_id
               where ${activeAt(sql`pl.valid_from`, sql`pl.valid_to`, d)}),
    places as (
      select residence_village_id as id from p where residence_village_id is not null
      union select village_id from placed where village_id is not null
      union select v.unit_id from placed join party_org_versions v on v.org_id = placed.cell_id
        where v.unit_id is not null and ${activeAt(sql`v.valid_from`, sql`v.valid_to`, d)}
    )
    select id, ${d}::date as d from places union select id, ${now}::date from places`,
  );
}
