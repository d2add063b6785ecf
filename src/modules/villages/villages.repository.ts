import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../platform/db.js';

export async function versions(db: Db, id: number) {
  return rows<{
    name: string;
    subtype: string;
    parentCode: string | null;
    parentName: string | null;
    validFrom: string | null;
    validTo: string | null;
  }>(
    db,
    sql`select v.name, v.subtype, p.code as "parentCode",
               (select pv.name from unit_versions pv where pv.unit_id = p.id
                  and (pv.valid_from is null or pv.valid_from <= coalesce(v.valid_from, pv.valid_from, '-infinity'::date))
                  order by pv.valid_from desc nulls last limit 1) as "parentName",
               v.valid_from as "validFrom", v.valid_to as "validTo"
        from unit_versions v left join units p on p.id = v.parent_id
        where v.unit_id = ${id} order by v.valid_from nulls first`,
  );
}

export async function lineage(db: Db, id: number) {
  return rows<{
    direction: 'from' | 'to';
    code: string;
    name: string | null;
    on: string;
    kind: string;
    decision: string | null;
  }>(
    db,
    sql`select case when l.to_unit_id = ${id} then 'from' else 'to' end as direction,
               o.code, (select name from unit_versions where unit_id = o.id order by valid_from desc nulls last limit 1) as name,
               l.on, l.kind, l.decision
        from unit_lineage l
        join units o on o.id = case when l.to_unit_id = ${id} then l.from_unit_id else l.to_unit_id end
        where l.from_unit_id = ${id} or l.to_unit_id = ${id}
        order by l.on, o.code`,
  );
}

export async function coveringCells(db: Db, id: number) {
  return rows<{
    code: string;
    name: string | null;
    validFrom: string | null;
    validTo: string | null;
    otherVillages: string[];
  }>(
    db,
    sql`select o.code,
               (select name from party_org_versions where org_id = o.id order by valid_from desc nulls last limit 1) as name,
               cv.valid_from as "validFrom", cv.valid_to as "validTo",
               coalesce((select array_agg(distinct u.code order by u.code) from cell_villages x join units u on u.id = x.village_id
                  where x.cell_id = cv.cell_id and x.village_id <> cv.village_id
                    and coalesce(x.valid_from, '-infinity'::date) < coalesce(cv.valid_to, 'infinity'::date)
                    and coalesce(cv.valid_from, '-infinity'::date) < coalesce(x.valid_to, 'infinity'::date)), '{}') as "otherVillages"
        from cell_villages cv join party_orgs o on o.id = cv.cell_id
        where cv.village_id = ${id} order by cv.valid_from nulls first, o.code`,
  );
}

export async function memberCounts(db: Db, id: number) {
  return rows<{ validFrom: string; validTo: string | null; total: number; official: number }>(
    db,
    sql`select valid_from as "validFrom", valid_to as "validTo", total, official
        from village_member_counts where village_id = ${id} order by valid_from`,
  );
}

export async function headTerms(db: Db, id: number) {
  return rows<{
    personCode: string;
    fullName: string;
    role: string;
    how: string | null;
    validFrom: string | null;
    validTo: string | null;
    memberAtStart: boolean;
  }>(
    db,
    sql`select p.code as "personCode", p.full_name as "fullName", h.role, h.how, h.valid_from as "validFrom", h.valid_to as "validTo",
               exists (select 1 from memberships m where m.person_id = h.person_id
                 and m.admitted_on <= coalesce(h.valid_from, m.admitted_on)
                 and (m.ended_on is null or coalesce(h.valid_from, m.admitted_on) < m.ended_on)) as "memberAtStart"
        from head_terms h join people p on p.id = h.person_id
        where h.village_id = ${id} order by h.valid_from nulls first, h.role`,
  );
}

export async function secretaryTerms(db: Db, id: number) {
  return rows<{
    cellCode: string;
    personCode: string;
    fullName: string;
    validFrom: string | null;
    validTo: string | null;
  }>(
    db,
    sql`select o.code as "cellCode", p.code as "personCode", p.full_name as "fullName", s.valid_from as "validFrom", s.valid_to as "validTo"
        from secretary_terms s join party_orgs o on o.id = s.cell_id join people p on p.id = s.person_id
        where exists (select 1 from cell_villages cv where cv.cell_id = s.cell_id and cv.village_id = ${id}
                        and coalesce(cv.valid_from, '-infinity'::date) < coalesce(s.valid_to, 'infinity'::date)
                        and coalesce(s.valid_from, '-infinity'::date) < coalesce(cv.valid_to, 'infinity'::date))
        order by s.valid_from nulls first, o.code`,
  );
}
