import { eq, sql, type SQL } from 'drizzle-orm';
import { prospectIntroducers, prospects } from '../../db/schema/index.js';
import { rows, type Db } from '../../platform/db.js';
import type { Introducer, ProspectSteps } from './admission.rules.js';

export interface ProspectRow extends ProspectSteps {
  id: number;
  personId: number;
  personCode: string;
  fullName: string;
  villageId: number;
  villageCode: string;
  villageName: string | null;
  cellCode: string | null;
  /** The date the next step is planned for (the future allowed); null: none planned. */
  plannedOn: string | null;
  note: string | null;
}

/**
 * Prospects with their person, village and introducers; an introducer's
 * official date comes from their memberships. One prospect by id, or those
 * of the villages of `villageIn` (a subquery of ids; null: every village).
 */
export async function loadProspects(
  db: Db,
  filter: { id: number } | { villageIn: SQL | null },
): Promise<ProspectRow[]> {
  const where =
    'id' in filter
      ? sql`pr.id = ${filter.id}`
      : filter.villageIn === null
        ? sql`true`
        : sql`pr.village_id in ${filter.villageIn}`;
  return rows<ProspectRow>(
    db,
    sql`select pr.id, pr.person_id as "personId", p.code as "personCode", p.full_name as "fullName", p.birth_date as "birthDate",
               pr.village_id as "villageId", u.code as "villageCode",
               (select v.name from unit_versions v where v.unit_id = u.id order by v.valid_from desc nulls last limit 1) as "villageName",
               o.code as "cellCode", pr.recommended_on as "recommendedOn", pr.certificate_on as "certificateOn",
               pr.application_on as "applicationOn", pr.checked_on as "checkedOn", pr.resolution_on as "resolutionOn",
               pr.votes_for as "votesFor", pr.official_members as "officialMembers", pr.decision_on as "decisionOn",
               pr.decision_extended as "decisionExtended", pr.ceremony_on as "ceremonyOn", pr.review_on as "reviewOn",
               pr.outcome, pr.outcome_on as "outcomeOn", pr.dropped_on as "droppedOn", pr.planned_on as "plannedOn", pr.note,
               coalesce((select json_agg(json_build_object(
                   'kind', i.kind, 'knownSince', i.known_since,
                   'officialSince', (select min(m.official_on) from memberships m where m.person_id = i.person_id and m.ended_on is null))
                 order by i.id) from prospect_introducers i where i.prospect_id = pr.id), '[]'::json) as introducers
        from prospects pr join people p on p.id = pr.person_id join units u on u.id = pr.village_id
        left join party_orgs o on o.id = pr.cell_id
        where ${where} order by pr.id`,
  );
}

/** The earliest official date among a person's open memberships (an introducer's party age), or null. */
export async function officialSince(db: Db, personId: number): Promise<string | null> {
  const [r] = await rows<{ since: string | null }>(
    db,
    sql`select min(official_on)::text as since from memberships where person_id = ${personId} and ended_on is null`,
  );
  return r.since;
}

export type ProspectUpdate = Partial<typeof prospects.$inferInsert>;

export async function insertProspect(db: Db, v: typeof prospects.$inferInsert): Promise<number> {
  const [r] = await db.insert(prospects).values(v).returning({ id: prospects.id });
  return r.id;
}

export async function updateProspect(db: Db, id: number, v: ProspectUpdate): Promise<void> {
  await db.update(prospects).set(v).where(eq(prospects.id, id));
}

export async function replaceIntroducers(
  db: Db,
  prospectId: number,
  list: { kind: Introducer['kind']; personId: number | null; knownSince: string | null }[],
) {
  await db.delete(prospectIntroducers).where(eq(prospectIntroducers.prospectId, prospectId));
  if (list.length > 0) await db.insert(prospectIntroducers).values(list.map((i) => ({ ...i, prospectId })));
}
