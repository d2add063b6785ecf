import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../platform/db.js';
import { activeAt } from '../../platform/intervals.js';

/** The unit a party org belongs to (a cell's commune or village), or null for an unknown code. */
export async function orgUnit(db: Db, orgCode: string): Promise<{ orgId: number; unitId: number | null } | null> {
  const [r] = await rows<{ org_id: number; unit_id: number | null }>(
    db,
    sql`select o.id as org_id, (select v.unit_id from party_org_versions v where v.org_id = o.id order by v.valid_from desc nulls last limit 1) as unit_id
        from party_orgs o where o.code = ${orgCode}`,
  );
  return r ? { orgId: r.org_id, unitId: r.unit_id } : null;
}

/** The villages a cell covers at a date. */
export async function cellVillagesAt(db: Db, orgId: number, at: string): Promise<string[]> {
  const r = await rows<{ code: string }>(
    db,
    sql`select u.code from cell_villages cv join units u on u.id = cv.village_id
        where cv.cell_id = ${orgId} and ${activeAt(sql`cv.valid_from`, sql`cv.valid_to`, at)}
        order by u.code`,
  );
  return r.map((x) => x.code);
}

/** Terms of a village's heads of a role that run past a day (open, or ending after it), with their people. */
export async function headTermsRunningPast(db: Db, villageId: number, role: string, day: string) {
  return rows<{ personCode: string; validFrom: string | null; how: 'elected' | 'interim' | null }>(
    db,
    sql`select p.code as "personCode", h.valid_from as "validFrom", h.how from head_terms h join people p on p.id = h.person_id
        where h.village_id = ${villageId} and h.role = ${role} and (h.valid_to is null or h.valid_to > ${day}::date)`,
  );
}

/** Terms of a cell's secretaries that run past a day (open, or ending after it), with their people. */
export async function secretaryTermsRunningPast(db: Db, orgId: number, day: string) {
  return rows<{ personCode: string; validFrom: string | null }>(
    db,
    sql`select p.code as "personCode", s.valid_from as "validFrom" from secretary_terms s join people p on p.id = s.person_id
        where s.cell_id = ${orgId} and (s.valid_to is null or s.valid_to > ${day}::date)`,
  );
}
