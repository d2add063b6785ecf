/** The SQL of import and export over HTTP: which units, orgs and people a scope covers. */
import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../platform/db.js';

/** Codes of the units, party orgs and people that a scope covers over all of its history. */
export interface RegisterScope {
  units: Set<string>;
  orgs: Set<string>;
  people: Set<string>;
}

/**
 * What a scope covers, all history. Units: the scope unit, every unit that
 * was under a covered unit in any version, and every unit that became a
 * covered unit (lineage: a commune merged into the scope brings its
 * history). Orgs: those whose territory is a covered unit, cells covering a
 * covered village, and orgs under a covered org. People: those living in,
 * placed in, heading or leading a covered unit or cell. With no scope code,
 * the whole register. An unknown code covers nothing.
 */
export async function registerScope(db: Db, scopeCode: string | null): Promise<RegisterScope> {
  const query =
    scopeCode === null
      ? sql`select (select coalesce(json_agg(code), '[]') from units)::text as units,
                   (select coalesce(json_agg(code), '[]') from party_orgs)::text as orgs,
                   (select coalesce(json_agg(code), '[]') from people)::text as people`
      : sql`
    with recursive su (id) as (
      select id from units where code = ${scopeCode}
      union
      -- one recursive reference (PostgreSQL allows no more): children and predecessors in one lateral step
      select n.id from su cross join lateral (
        select uv.unit_id as id from unit_versions uv where uv.parent_id = su.id
        union all
        select l.from_unit_id from unit_lineage l where l.to_unit_id = su.id
      ) n
    ),
    so (id) as (
      select v.org_id from party_org_versions v where v.unit_id in (select id from su)
      union
      select cv.cell_id from cell_villages cv where cv.village_id in (select id from su)
      union
      select v.org_id from party_org_versions v join so on v.parent_org_id = so.id
    ),
    sp (id) as (
      select id from people where residence_village_id in (select id from su)
      union select person_id from placements where village_id in (select id from su) or cell_id in (select id from so)
      union select person_id from head_terms where village_id in (select id from su)
      union select person_id from secretary_terms where cell_id in (select id from so)
    )
    select (select coalesce(json_agg(u.code), '[]') from su join units u on u.id = su.id)::text as units,
           (select coalesce(json_agg(o.code), '[]') from so join party_orgs o on o.id = so.id)::text as orgs,
           (select coalesce(json_agg(p.code), '[]') from sp join people p on p.id = sp.id)::text as people`;
  const [r] = await rows<{ units: string; orgs: string; people: string }>(db, query);
  const set = (j: string) => new Set(JSON.parse(j) as string[]);
  return { units: set(r.units), orgs: set(r.orgs), people: set(r.people) };
}
