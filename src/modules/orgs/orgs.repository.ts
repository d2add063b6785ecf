import { sql, type SQL } from 'drizzle-orm';
import { rows, type Db } from '../../platform/db.js';
import { activeAt } from '../../platform/intervals.js';
import type { OrgDetail, OrgNode } from './orgs.schema.js';

/**
 * The orgs valid at a date with what a tree shows: the villages each cell
 * covers, its members counted by placement (official placements; a
 * probationary member counts until the membership says official), and its
 * secretary. `inScope` is a SQL set of unit ids, or null for all.
 */
export async function orgsAt(
  db: Db,
  at: string,
  inScope: SQL | null,
  code?: string,
): Promise<(Omit<OrgNode, 'committeeDue'> & { id: number })[]> {
  const at_ = (from: SQL, to: SQL) => activeAt(from, to, at);
  return rows<Omit<OrgNode, 'committeeDue'> & { id: number }>(
    db,
    sql`select o.id, o.code, v.name, o.kind, po.code as "parentCode", u.code as "unitCode",
          coalesce((select json_agg(json_build_object('code', vu.code, 'name', vv.name) order by vu.code)
                    from cell_villages cv join units vu on vu.id = cv.village_id
                    join unit_versions vv on vv.unit_id = vu.id and ${at_(sql`vv.valid_from`, sql`vv.valid_to`)}
                    where cv.cell_id = o.id and ${at_(sql`cv.valid_from`, sql`cv.valid_to`)}), '[]'::json) as villages,
          (select json_build_object('total', count(*)::int,
                    'official', count(*) filter (where m.official_on is not null and m.official_on <= ${at}::date)::int)
             from placements pl join memberships m on m.person_id = pl.person_id and ${at_(sql`m.admitted_on`, sql`m.ended_on`)}
             where pl.cell_id = o.id and pl.kind = 'official' and ${at_(sql`pl.valid_from`, sql`pl.valid_to`)}) as members,
          (select json_build_object('code', p.code, 'name', p.full_name) from secretary_terms st join people p on p.id = st.person_id
             where st.cell_id = o.id and ${at_(sql`st.valid_from`, sql`st.valid_to`)} limit 1) as secretary
        from party_orgs o
        join party_org_versions v on v.org_id = o.id and ${at_(sql`v.valid_from`, sql`v.valid_to`)}
        left join party_orgs po on po.id = v.parent_org_id
        left join units u on u.id = v.unit_id
        where ${code === undefined ? sql`true` : sql`o.code = ${code}`}
          and ${inScope === null ? sql`true` : sql`v.unit_id in ${inScope}`}
        order by o.kind, o.code`,
  );
}

/** The members taking part in a cell at a date, official placements first. */
export async function cellMembers(db: Db, orgId: number, at: string): Promise<OrgDetail['memberList']> {
  const at_ = (from: SQL, to: SQL) => activeAt(from, to, at);
  return rows<OrgDetail['memberList'][number]>(
    db,
    sql`select p.code, p.full_name as name, pl.kind, vu.code as "villageCode",
               (m.official_on is not null and m.official_on <= ${at}::date) as official, pl.valid_from as since
        from placements pl join people p on p.id = pl.person_id
        join memberships m on m.person_id = p.id and ${at_(sql`m.admitted_on`, sql`m.ended_on`)}
        left join units vu on vu.id = pl.village_id
        where pl.cell_id = ${orgId} and ${at_(sql`pl.valid_from`, sql`pl.valid_to`)}
        order by pl.kind, p.search_name`,
  );
}
