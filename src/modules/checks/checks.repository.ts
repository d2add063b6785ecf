/**
 * Data-quality checks over the register (issue #16, "Kiểm tra dữ liệu"), as
 * one set-based query: each check is a SELECT yielding its faults, each with
 * the interval [valid_from, valid_to) while it holds (null: since always /
 * still), the records it names and the date its place is judged at. The
 * union is then placed (village, commune at that date), named and filtered
 * by scope and date in SQL; no row is looked at one by one in JS.
 *
 * At a date D a fault is reported when its interval holds at D; over all
 * history every fault that started by today is.
 */
import { sql, type SQL } from 'drizzle-orm';
import { rows, type Db } from '../../platform/db.js';
import { activeAt } from '../../platform/intervals.js';
import { everInScopeIds } from '../auth/scope.repository.js';

/** The values of the rules the checks need (from rulesAt). */
export interface CheckLimits {
  minOfficialMembers: number;
  minHeadAge: number;
  letterDays: number;
  probationMonths: number;
  minAdmissionAgeMonths: number;
  maxAge: number;
}

export interface FindingsParams {
  /** The date the checks are judged at; null for all history. */
  at: string | null;
  today: string;
  /** Only findings whose commune (or village) is, or was, under this unit; null for all. */
  scopeCode: string | null;
  limits: CheckLimits;
}

export interface FindingRow {
  code: string;
  valid_from: string | null;
  valid_to: string | null;
  /** The date the record is placed at (the date asked, or when the fault started). */
  placed_on: string;
  person_code: string | null;
  person_name: string | null;
  other_code: string | null;
  other_name: string | null;
  village_code: string | null;
  village_name: string | null;
  cell_code: string | null;
  cell_name: string | null;
  commune_code: string | null;
  commune_name: string | null;
  detail: Record<string, unknown>;
}

const ninf = sql`'-infinity'::date`;
/** Two intervals [a1, a2) and [b1, b2) share a day (null: open). */
const overlaps = (a1: SQL, a2: SQL, b1: SQL, b2: SQL) =>
  sql`(${a1} is null or ${b2} is null or ${a1} < ${b2}) and (${b1} is null or ${a2} is null or ${b1} < ${a2})`;

/**
 * The raw faults: code, interval, the person / village / cell named, another
 * person (the other side of an overlap), and a detail object. Columns:
 * code, valid_from, valid_to, person_id, village_id, cell_id, other_id, detail.
 */
function faultsSql(p: FindingsParams): SQL {
  const l = p.limits;
  return sql`
    -- (1) a cell valid at D with fewer official members than the rules ask
    official_in_cell as (
      select pl.cell_id, greatest(pl.valid_from, m.official_on) as f, least(pl.valid_to, m.ended_on) as t
      from placements pl join memberships m on m.person_id = pl.person_id
      where pl.kind = 'official' and m.official_on is not null
        and ${overlaps(sql`pl.valid_from`, sql`pl.valid_to`, sql`m.official_on`, sql`m.ended_on`)}
    ),
    -- each cell's official members and validity as running sums over the days they change
    cell_events (cell_id, d, members, versions) as (
      select cell_id, coalesce(f, ${ninf}), 1, 0 from official_in_cell
      union all select cell_id, t, -1, 0 from official_in_cell where t is not null
      union all select pov.org_id, coalesce(pov.valid_from, ${ninf}), 0, 1
        from party_org_versions pov join party_orgs po on po.id = pov.org_id and po.kind = 'cell'
      union all select pov.org_id, pov.valid_to, 0, -1
        from party_org_versions pov join party_orgs po on po.id = pov.org_id and po.kind = 'cell' where pov.valid_to is not null
    ),
    cell_counts as (
      select cell_id, d, (sum(sum(members)) over w)::int as n, sum(sum(versions)) over w > 0 as valid
      from cell_events group by cell_id, d
      window w as (partition by cell_id order by d)
    ),
    cell_short as (
      select c.*, (c.valid and c.n < ${l.minOfficialMembers}) as short,
             lag(c.valid and c.n < ${l.minOfficialMembers}) over (partition by c.cell_id order by c.d) as was_short
      from cell_counts c
    ),
    -- the days a cell becomes short or stops being short; a run lasts until the next of them
    cell_runs as (
      select s.cell_id, s.d, s.n, s.short, lead(s.d) over (partition by s.cell_id order by s.d) as until
      from cell_short s where s.short is distinct from s.was_short
    ),
    -- (2) an own cell over a village where no member is placed: village_states runs merged
    own_empty as (
      select vs.village_id, vs.valid_from, vs.valid_to,
             lag(vs.valid_to) over (partition by vs.village_id order by vs.valid_from) as prev_to
      from village_states vs where vs.cell = 'own' and vs.total = 0
    ),
    own_empty_runs as (
      select o.*, count(*) filter (where o.prev_to is distinct from o.valid_from) over (partition by o.village_id order by o.valid_from) as run
      from own_empty o
    ),
    -- (6) the dates a secretary's term may stop being covered by a membership in the cell
    secretary_cover as (
      select st.id as term_id, greatest(pl.valid_from, m.admitted_on) as f, least(pl.valid_to, m.ended_on) as t
      from secretary_terms st
      join placements pl on pl.person_id = st.person_id and pl.cell_id = st.cell_id and pl.kind = 'official'
      join memberships m on m.person_id = st.person_id
      where ${overlaps(sql`pl.valid_from`, sql`pl.valid_to`, sql`m.admitted_on`, sql`m.ended_on`)}
    ),
    secretary_points as (
      select st.id as term_id, st.valid_from as d from secretary_terms st
      union select st.id, c.t from secretary_terms st join secretary_cover c on c.term_id = st.id
      where c.t is not null and ${activeAt(sql`st.valid_from`, sql`st.valid_to`, sql`c.t`)}
    ),
    secretary_gaps as (
      select sp.term_id, sp.d,
             (select min(c.f) from secretary_cover c where c.term_id = sp.term_id and c.f > coalesce(sp.d, ${ninf})) as next_cover
      from secretary_points sp
      where not exists (select 1 from secretary_cover c where c.term_id = sp.term_id and ${activeAt(sql`c.f`, sql`c.t`, sql`coalesce(sp.d, ${ninf})`)})
    ),
    -- (3) a village's successors (merged, split, moved): a head living in one still lives in the village
    successors (from_id, to_id) as (
      select from_unit_id, to_unit_id from unit_lineage
      union select s.from_id, l.to_unit_id from successors s join unit_lineage l on l.from_unit_id = s.to_id
    ),
    faults (code, valid_from, valid_to, person_id, village_id, cell_id, other_id, detail) as (
      select 'CELL_TOO_FEW_OFFICIAL', nullif(s.d, ${ninf}), s.until, null::int, null::int, s.cell_id, null::int,
             jsonb_build_object('officialMembers', s.n, 'min', ${l.minOfficialMembers}::int)
      -- a run since always that ends is the time before the register's first member: not judged
      from cell_runs s where s.short and not (s.d = ${ninf} and s.until is not null)

      union all
      select 'OWN_CELL_NO_MEMBER', nullif(min(r.valid_from), ${ninf}), (array_agg(r.valid_to order by r.valid_from desc))[1],
             null, r.village_id, (
               select cv.cell_id from cell_villages cv
               where cv.village_id = r.village_id and ${activeAt(sql`cv.valid_from`, sql`cv.valid_to`, sql`min(r.valid_from)`)}
               order by cv.cell_id limit 1),
             null, '{}'::jsonb
      from own_empty_runs r group by r.village_id, r.run
      having not (coalesce(min(r.valid_from), ${ninf}) = ${ninf} and bool_and(r.valid_to is not null))

      union all
      select 'HEAD_UNDER_AGE', ht.valid_from, ht.valid_to, ht.person_id, ht.village_id, null, null,
             jsonb_build_object('birthDate', pe.birth_date, 'minAge', ${l.minHeadAge}::int)
      from head_terms ht join people pe on pe.id = ht.person_id
      where ht.role = 'head' and ht.valid_from is not null and pe.birth_date is not null
        and (pe.birth_date + make_interval(years => ${l.minHeadAge}::int))::date > ht.valid_from

      union all
      select 'HEAD_NOT_RESIDENT', ht.valid_from, ht.valid_to, ht.person_id, ht.village_id, null, null,
             jsonb_build_object('residenceCode', ru.code)
      from head_terms ht join people pe on pe.id = ht.person_id join units ru on ru.id = pe.residence_village_id
      where ht.role = 'head' and pe.residence_village_id <> ht.village_id
        and not exists (select 1 from successors s where s.from_id = ht.village_id and s.to_id = pe.residence_village_id)

      union all
      select 'TRANSIT_TOO_LONG', tr.left_on, tr.back_on, tr.person_id, tr.village_id, tr.cell_id, null,
             jsonb_build_object('days', tr.back_on - tr.left_on, 'maxDays', ${l.letterDays}::int)
      from (
        select pl.person_id, pl.village_id, pl.cell_id, pl.valid_to as left_on,
               least(m.ended_on, (select min(n.valid_from) from placements n
                                  where n.person_id = pl.person_id and n.kind = 'official' and n.valid_from > pl.valid_to)) as back_on
        from placements pl join memberships m on m.person_id = pl.person_id
        where pl.kind = 'official' and pl.valid_to is not null
          and ${activeAt(sql`m.admitted_on`, sql`m.ended_on`, sql`pl.valid_to`)}
          and not exists (select 1 from placements o where o.person_id = pl.person_id and o.kind = 'official'
                          and ${activeAt(sql`o.valid_from`, sql`o.valid_to`, sql`pl.valid_to`)})
      ) tr
      where tr.back_on is not null and tr.back_on - tr.left_on > ${l.letterDays}::int

      union all
      select 'PROBATION_OVERDUE', pr.ends, pr.ended_on, pr.person_id, null, null, null,
             jsonb_build_object('admittedOn', pr.admitted_on, 'probationEnds', pr.ends)
      from (
        select m.person_id, m.admitted_on, m.ended_on, (m.admitted_on + make_interval(months => ${l.probationMonths}::int))::date as ends
        from memberships m where m.official_on is null
      ) pr
      where pr.ended_on is null or pr.ended_on > pr.ends

      union all
      select 'SECRETARY_NOT_MEMBER', min(g.d), least(g.next_cover, min(st.valid_to)), st.person_id, null, st.cell_id, null, '{}'::jsonb
      from secretary_gaps g join secretary_terms st on st.id = g.term_id
      group by g.term_id, st.person_id, st.cell_id, g.next_cover

      union all
      select 'HEAD_OVERLAP', greatest(a.valid_from, b.valid_from), least(a.valid_to, b.valid_to), a.person_id, a.village_id, null, b.person_id, '{}'::jsonb
      from head_terms a join head_terms b on b.village_id = a.village_id and b.role = 'head' and a.id < b.id
      where a.role = 'head' and ${overlaps(sql`a.valid_from`, sql`a.valid_to`, sql`b.valid_from`, sql`b.valid_to`)}

      union all
      select 'SECRETARY_OVERLAP', greatest(a.valid_from, b.valid_from), least(a.valid_to, b.valid_to), a.person_id, null, a.cell_id, b.person_id, '{}'::jsonb
      from secretary_terms a join secretary_terms b on b.cell_id = a.cell_id and a.id < b.id
      where ${overlaps(sql`a.valid_from`, sql`a.valid_to`, sql`b.valid_from`, sql`b.valid_to`)}

      union all
      select 'BIRTH_IN_FUTURE', null, null, pe.id, null, null, null, jsonb_build_object('birthDate', pe.birth_date)
      from people pe where pe.birth_date > ${p.today}::date

      union all
      select 'ADMITTED_UNDER_AGE', m.admitted_on, m.ended_on, m.person_id, null, null, null,
             jsonb_build_object('birthDate', pe.birth_date, 'admittedOn', m.admitted_on, 'minAgeMonths', ${l.minAdmissionAgeMonths}::int)
      from memberships m join people pe on pe.id = m.person_id
      where pe.birth_date <= ${p.today}::date and (pe.birth_date + make_interval(months => ${l.minAdmissionAgeMonths}::int))::date > m.admitted_on

      union all
      select 'AGE_IMPLAUSIBLE', greatest(m.admitted_on, (pe.birth_date + make_interval(years => ${l.maxAge}::int))::date), m.ended_on,
             m.person_id, null, null, null, jsonb_build_object('birthDate', pe.birth_date, 'maxAge', ${l.maxAge}::int)
      from memberships m join people pe on pe.id = m.person_id
      where (m.ended_on is null or (pe.birth_date + make_interval(years => ${l.maxAge}::int))::date < m.ended_on)

      union all
      select 'TWO_OFFICIAL_PLACEMENTS', greatest(a.valid_from, b.valid_from), least(a.valid_to, b.valid_to), a.person_id, a.village_id, a.cell_id, null,
             jsonb_build_object('otherCellCode', (select code from party_orgs where id = b.cell_id), 'otherVillageCode', (select code from units where id = b.village_id))
      from placements a join placements b on b.person_id = a.person_id and b.kind = 'official' and a.id < b.id
      where a.kind = 'official' and ${overlaps(sql`a.valid_from`, sql`a.valid_to`, sql`b.valid_from`, sql`b.valid_to`)}
    )`;
}

/** The faults placed, named and filtered: the rows of FindingRow, ordered by commune, code and record. */
export async function findFaults(db: Db, p: FindingsParams): Promise<FindingRow[]> {
  const when =
    p.at === null
      ? sql`(f.valid_from is null or f.valid_from <= ${p.today}::date)`
      : activeAt(sql`f.valid_from`, sql`f.valid_to`, p.at);
  // the day a record is placed (its village, commune and names): the date asked, or the fault's first day
  const placedOn =
    p.at === null
      ? sql`case when f.valid_from is not null then least(f.valid_from, ${p.today}::date)
               when f.valid_to is not null then least(f.valid_to - 1, ${p.today}::date) else ${p.today}::date end`
      : sql`${p.at}::date`;
  /** A column of the version of a unit or org (`v`) holding on f.placed_on, else its latest. */
  const versionAt = (table: SQL, key: SQL, id: SQL, col: SQL) => sql`(
    select ${col} from ${table} v where ${key} = ${id}
    order by (${activeAt(sql`v.valid_from`, sql`v.valid_to`, sql`f.placed_on`)}) desc, v.valid_from desc nulls last limit 1)`;
  const unitName = (id: SQL) => versionAt(sql`unit_versions`, sql`v.unit_id`, id, sql`v.name`);
  /** The commune of a unit on f.placed_on: a village's parent then, a commune itself. */
  const communeOf = (
    id: SQL,
  ) => sql`(select case u.level when 'village' then ${versionAt(sql`unit_versions`, sql`v.unit_id`, sql`u.id`, sql`v.parent_id`)}
                                                       when 'commune' then u.id end from units u where u.id = ${id})`;
  const official = sql`pl.person_id = f.person_id and pl.kind = 'official' and pl.village_id is not null`;
  const scope =
    p.scopeCode === null
      ? sql`true`
      : sql`(f.commune_id in ${everInScopeIds(p.scopeCode)} or f.village_id = (select id from units where code = ${p.scopeCode}))`;
  return rows<FindingRow>(
    db,
    sql`
    with recursive ${faultsSql(p)},
    dated as (
      select f.*, ${placedOn} as placed_on from faults f where ${when}
    ),
    -- a fault on a person is placed where they take part on that day (else last took part, else live)
    placed as (
      select f.*, coalesce(f.village_id, case when f.cell_id is null then coalesce(
               (select pl.village_id from placements pl where ${official} and ${activeAt(sql`pl.valid_from`, sql`pl.valid_to`, sql`f.placed_on`)}
                order by pl.valid_from desc nulls last limit 1),
               (select pl.village_id from placements pl where ${official} and (pl.valid_from is null or pl.valid_from <= f.placed_on)
                order by pl.valid_from desc nulls last limit 1),
               (select residence_village_id from people where id = f.person_id)) end) as place_id,
             ${versionAt(sql`party_org_versions`, sql`v.org_id`, sql`f.cell_id`, sql`v.unit_id`)} as cell_unit_id
      from dated f
    ),
    communed as (
      select f.code, f.valid_from, f.valid_to, f.placed_on, f.person_id, f.other_id, f.cell_id, f.detail, f.place_id as village_id,
             coalesce(${communeOf(sql`f.place_id`)}, ${communeOf(sql`f.cell_unit_id`)}) as commune_id
      from placed f
    )
    select f.code, f.valid_from::text, f.valid_to::text, f.placed_on::text,
           pe.code as person_code, pe.full_name as person_name, ot.code as other_code, ot.full_name as other_name,
           vu.code as village_code, ${unitName(sql`f.village_id`)} as village_name,
           po.code as cell_code, ${versionAt(sql`party_org_versions`, sql`v.org_id`, sql`f.cell_id`, sql`v.name`)} as cell_name,
           cu.code as commune_code, ${unitName(sql`f.commune_id`)} as commune_name, f.detail
    from communed f
    left join people pe on pe.id = f.person_id
    left join people ot on ot.id = f.other_id
    left join units vu on vu.id = f.village_id
    left join units cu on cu.id = f.commune_id
    left join party_orgs po on po.id = f.cell_id
    where ${scope}
    order by cu.code collate "C" nulls last, f.code, vu.code collate "C" nulls last, po.code collate "C" nulls last, pe.code collate "C" nulls last, f.valid_from nulls first`,
  );
}
