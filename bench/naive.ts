/**
 * The baseline of the indicator benchmark: docs/domain.md's snapshot and comparison
 * as ONE plain SQL query each, straight over the raw interval tables, never
 * over the derived tables the engine reads (village_member_counts,
 * village_states). Member counts come from placements joined to memberships at
 * the date; cells, heads and secretaries from their own interval tables. Each
 * village's facts are looked up with the indexes the schema has, as anyone
 * would write them.
 *
 * The definitions are the engine's (docs/domain.md as src/modules/indicators reads it:
 * a cell is "own" when it covers exactly one village valid at D; a village is
 * "new"/"ceased" when it enters/leaves the scope's village set), so the numbers
 * must agree exactly; index.ts checks that once per run.
 */
import { sql, type SQL } from 'drizzle-orm';
import { rows, type Db } from '../src/platform/db.js';

/** `from <= D < to` with open (null) bounds, for static column fragments. */
function at(from: SQL, to: SQL, d: string): SQL {
  return sql`(${from} is null or ${from} <= ${d}::date) and (${to} is null or ${d}::date < ${to})`;
}

/**
 * One row per village of the scope at D: id, total, official, cell
 * ('own' | 'combined' | 'none'), head ('party' | 'nonParty' | 'vacant'),
 * secretary_is_head. A self-contained SELECT with its own WITH RECURSIVE,
 * written the way one would write it without a derived table: walk the tree,
 * then look up each village's facts where they are stored.
 */
function naiveVillages(scopeCode: string, d: string): SQL {
  const uv = at(sql`uv.valid_from`, sql`uv.valid_to`, d);
  return sql`
    with recursive tree (unit_id, level) as (
      select uv.unit_id, u.level
      from units u join unit_versions uv on uv.unit_id = u.id
      where u.code = ${scopeCode} and ${uv}
      union
      select uv.unit_id, u.level
      from tree t
      join unit_versions uv on uv.parent_id = t.unit_id
      join units u on u.id = uv.unit_id
      where t.level <> 'village' and ${uv}
    ),
    facts as (
      select t.unit_id as id, mc.total, mc.official, cl.own_cell_id, cl.cells, h.person_id as head_id
      from tree t
      -- the naive part: every official placement at D naming the village, joined to its membership at D
      cross join lateral (
        select count(*)::int as total,
               count(*) filter (where m.official_on is not null and m.official_on <= ${d}::date)::int as official
        from placements p
        join memberships m on m.person_id = p.person_id
          and m.admitted_on <= ${d}::date and (m.ended_on is null or ${d}::date < m.ended_on)
        where p.village_id = t.unit_id and p.kind = 'official' and ${at(sql`p.valid_from`, sql`p.valid_to`, d)}
      ) mc
      -- cells valid at D covering the village, and how many villages valid at D each covers
      cross join lateral (
        select count(*)::int as cells, min(cv.cell_id) filter (where r.n = 1) as own_cell_id
        from cell_villages cv
        join party_orgs po on po.id = cv.cell_id and po.kind = 'cell'
        cross join lateral (
          select count(distinct cv2.village_id) as n
          from cell_villages cv2
          where cv2.cell_id = cv.cell_id and ${at(sql`cv2.valid_from`, sql`cv2.valid_to`, d)}
            and exists (select 1 from unit_versions uv where uv.unit_id = cv2.village_id and ${uv})
        ) r
        where cv.village_id = t.unit_id and ${at(sql`cv.valid_from`, sql`cv.valid_to`, d)}
          and exists (select 1 from party_org_versions pov
                      where pov.org_id = cv.cell_id and ${at(sql`pov.valid_from`, sql`pov.valid_to`, d)})
      ) cl
      left join lateral (
        select ht.person_id
        from head_terms ht join people pe on pe.id = ht.person_id
        where ht.village_id = t.unit_id and ht.role = 'head' and ${at(sql`ht.valid_from`, sql`ht.valid_to`, d)}
        order by pe.code collate "C"
        limit 1
      ) h on true
      where t.level = 'village'
    )
    select f.id, f.total, f.official,
           case when f.own_cell_id is not null then 'own' when f.cells > 0 then 'combined' else 'none' end as cell,
           case when f.head_id is null then 'vacant'
                when exists (select 1 from memberships hm
                             where hm.person_id = f.head_id and hm.admitted_on <= ${d}::date
                               and (hm.ended_on is null or ${d}::date < hm.ended_on)) then 'party'
                else 'nonParty' end as head,
           (f.head_id is not null and f.own_cell_id is not null and exists (
              select 1 from secretary_terms st
              where st.cell_id = f.own_cell_id and st.person_id = f.head_id
                and ${at(sql`st.valid_from`, sql`st.valid_to`, d)})) as secretary_is_head
    from facts f`;
}

/** The figures of a snapshot, in the shape of the engine's Snapshot (numbers only). */
export interface NaiveSnapshot {
  villages: number;
  white: number;
  weak: number;
  strong: number;
  ownCell: number;
  combinedOnly: number;
  noCell: number;
  readyForCell: number;
  heads: { party: number; nonParty: number; vacant: number };
  secretaryIsHead: number;
  members: { total: number; official: number; probationary: number };
}

interface NaiveChange {
  from: number;
  to: number;
  left: number;
  entered: number;
  ceased: number;
  new: number;
  net: number;
}

/** The figures of a comparison, in the shape of the engine's Comparison (numbers only). */
export interface NaiveComparison {
  from: NaiveSnapshot;
  to: NaiveSnapshot;
  changes: Record<'white' | 'weak' | 'strong' | 'noCell' | 'nonPartyHead', NaiveChange>;
}

/** The aggregate columns of a snapshot over a per-village relation `alias`, prefixed by `p`. */
function snapshotColumns(alias: 'f' | 'a' | 'b'): SQL {
  const f = sql.identifier(alias);
  return sql`
    count(${f}.id)::int,
    count(*) filter (where ${f}.total = 0)::int,
    count(*) filter (where ${f}.total between 1 and 2)::int,
    count(*) filter (where ${f}.total >= 3)::int,
    count(*) filter (where ${f}.cell = 'own')::int,
    count(*) filter (where ${f}.cell = 'combined')::int,
    count(*) filter (where ${f}.cell = 'none')::int,
    count(*) filter (where ${f}.official >= 3 and ${f}.cell <> 'own')::int,
    count(*) filter (where ${f}.head = 'party')::int,
    count(*) filter (where ${f}.head = 'nonParty')::int,
    count(*) filter (where ${f}.head = 'vacant')::int,
    count(*) filter (where ${f}.secretary_is_head)::int,
    coalesce(sum(${f}.total), 0)::int,
    coalesce(sum(${f}.official), 0)::int`;
}

function snapshotFromArray(x: number[]): NaiveSnapshot {
  const [
    villages,
    white,
    weak,
    strong,
    ownCell,
    combinedOnly,
    noCell,
    readyForCell,
    party,
    nonParty,
    vacant,
    secretaryIsHead,
    total,
    official,
  ] = x;
  return {
    villages,
    white,
    weak,
    strong,
    ownCell,
    combinedOnly,
    noCell,
    readyForCell,
    heads: { party, nonParty, vacant },
    secretaryIsHead,
    members: { total, official, probationary: total - official },
  };
}

/** The naive snapshot's SQL, for EXPLAIN. */
export function naiveSnapshotSql(scopeCode: string, d: string): SQL {
  return sql`select array[${snapshotColumns('f')}] as x from (${naiveVillages(scopeCode, d)}) f`;
}

/** The naive snapshot: one query. */
export async function naiveSnapshot(db: Db, scopeCode: string, d: string): Promise<NaiveSnapshot> {
  const [r] = await rows<{ x: number[] }>(db, naiveSnapshotSql(scopeCode, d));
  return snapshotFromArray(r.x.map(Number));
}

const changeTests: Record<keyof NaiveComparison['changes'], (alias: 'a' | 'b') => SQL> = {
  white: (x) => sql`${sql.identifier(x)}.total = 0`,
  weak: (x) => sql`${sql.identifier(x)}.total between 1 and 2`,
  strong: (x) => sql`${sql.identifier(x)}.total >= 3`,
  noCell: (x) => sql`${sql.identifier(x)}.cell = 'none'`,
  nonPartyHead: (x) => sql`${sql.identifier(x)}.head = 'nonParty'`,
};

/** The naive comparison: both snapshots and every flow in one query over the two per-village relations. */
export async function naiveCompare(db: Db, scopeCode: string, d1: string, d2: string): Promise<NaiveComparison> {
  const keys = Object.keys(changeTests) as (keyof NaiveComparison['changes'])[];
  // Per category: from, to, left, entered, ceased, new; all "coalesce(..., false)" so that
  // a village missing on one side is simply "not in the category" there.
  const flowCols = keys.map((k) => {
    const inA = sql`coalesce(${changeTests[k]('a')}, false)`;
    const inB = sql`coalesce(${changeTests[k]('b')}, false)`;
    return sql`
      count(*) filter (where ${inA})::int,
      count(*) filter (where ${inB})::int,
      count(*) filter (where ${inA} and b.id is not null and not ${inB})::int,
      count(*) filter (where ${inB} and a.id is not null and not ${inA})::int,
      count(*) filter (where ${inA} and b.id is null)::int,
      count(*) filter (where ${inB} and a.id is null)::int`;
  });
  const [r] = await rows<{ a: number[]; b: number[]; c: number[] }>(
    db,
    sql`select array[${snapshotColumns('a')}] as a,
               array[${snapshotColumns('b')}] as b,
               array[${sql.join(flowCols, sql`,`)}] as c
        from (${naiveVillages(scopeCode, d1)}) a
        full join (${naiveVillages(scopeCode, d2)}) b on b.id = a.id`,
  );
  const c = r.c.map(Number);
  const changes = Object.fromEntries(
    keys.map((k, i) => {
      const [from, to, left, entered, ceased, added] = c.slice(i * 6, i * 6 + 6);
      return [k, { from, to, left, entered, ceased, new: added, net: to - from }];
    }),
  ) as NaiveComparison['changes'];
  return { from: snapshotFromArray(r.a.map(Number)), to: snapshotFromArray(r.b.map(Number)), changes };
}

/**
 * Lists every numeric leaf of `expected` whose value differs in `actual`
 * (paths like "changes.white.left"); empty when they agree.
 */
export function mismatches(expected: unknown, actual: unknown, path = ''): string[] {
  if (typeof expected === 'number') {
    return expected === actual ? [] : [`${path}: naive ${expected}, engine ${String(actual)}`];
  }
  if (expected && typeof expected === 'object') {
    const act = (actual ?? {}) as Record<string, unknown>;
    return Object.entries(expected as Record<string, unknown>).flatMap(([k, v]) =>
      mismatches(v, act[k], path ? `${path}.${k}` : k),
    );
  }
  return [];
}
