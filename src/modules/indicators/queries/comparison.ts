import { sql, type SQL } from 'drizzle-orm';
import { rows, type Db } from '../../../platform/db.js';
import { rowJson, type FlowCategory } from './common.js';
import { communeCountsJson, countColumn, snapshotAggregates, type SnapshotCountsRow } from './snapshot.js';
import { unitIdOf } from '../../units/units.repository.js';
import { scopeAtJson, type ScopeAtRow } from './scope-at.js';
import { communesAt, inCategory, villageFactsSelect } from './village-facts.js';

export interface ComparisonParams {
  scopeCode: string;
  from: string;
  to: string;
  /** The categories whose flows to count (changeCategories for the comparison of the API). */
  categories: readonly FlowCategory[];
}

/** The flows of one category between two dates. */
export interface ComparisonChangesRow {
  category: FlowCategory;
  from: number;
  to: number;
  left: number;
  entered: number;
  ceased: number;
  new: number;
  /** Of `new`, the villages that existed at D1 elsewhere: moved into the scope (a merger of units, a move), not founded. */
  joined: number;
  /** Of `ceased`, the villages that still exist at D2 elsewhere: moved out of the scope, not merged away or split. */
  departed: number;
}

/** The scope at each date (null for an unknown code), both snapshots' counts and the flows per category. */
export interface ComparisonRow {
  scope_from: ScopeAtRow | null;
  scope_to: ScopeAtRow | null;
  from_counts: SnapshotCountsRow;
  to_counts: SnapshotCountsRow;
  changes: ComparisonChangesRow[];
}

/**
 * Per category, the four flows between the villages of relation f1 (facts at
 * D1) and f2 (facts at D2), joined on their ids: `id` is null on the side
 * where a village is not in the scope.
 */
function flowsOf(category: FlowCategory): SQL {
  const a = sql`coalesce(${inCategory(category, sql`f1`)}, false)`;
  const b = sql`coalesce(${inCategory(category, sql`f2`)}, false)`;
  return sql`jsonb_build_object(
    'category', ${category}::text,
    'left', count(*) filter (where ${a} and f2.id is not null and not ${b}),
    'entered', count(*) filter (where ${b} and f1.id is not null and not ${a}),
    'ceased', count(*) filter (where ${a} and f2.id is null),
    'new', count(*) filter (where ${b} and f1.id is null),
    'joined', count(*) filter (where ${b} and mv.moved_in),
    'departed', count(*) filter (where ${a} and mv.moved_out))`;
}

/** Whether a village valid at a date exists then (in any unit): tells a village that moved from one that was founded or ended. */
const existsAt = (id: SQL, at: string) => sql`exists (select 1 from unit_versions v where v.unit_id = ${id}
  and (v.valid_from is null or v.valid_from <= ${at}::date) and (v.valid_to is null or ${at}::date < v.valid_to))`;

/** f1 full join f2, with what moved: a village only at D2 that existed at D1, a village only at D1 that still exists at D2. */
const flowRows = (from: string, to: string) => sql`f1 full join f2 on f2.id = f1.id
  cross join lateral (select f1.id is null and ${existsAt(sql`f2.id`, from)} as moved_in,
                             f2.id is null and ${existsAt(sql`f1.id`, to)} as moved_out) mv`;

/**
 * Above a village: the counts at each date are the sums of commune_states,
 * and the flows need only the villages whose category runs change between
 * the dates. A village in a commune of the scope at both dates whose run at D1
 * lasts past D2 is in the same categories at both and in no flow; every other
 * village of the scope at D1 has a run that ends in (D1, D2], or sits in a
 * commune that left the scope, and likewise at D2 a run that starts in
 * (D1, D2] or a commune that joined. Those runs, found per commune through
 * the runs' (commune_id, valid_to) and (commune_id, valid_from) indexes, are
 * f1 and f2: a village on one side only is the scope's no longer (ceased) or
 * not yet (new).
 */
function communeComparisonSql(p: ComparisonParams): SQL {
  const { from, to } = p;
  const runs = (communes: SQL, where: SQL) => sql`
    select r.village_id as id, r.total, r.cell, r.head_status from ${communes} c
    cross join lateral (select r.* from village_category_runs r where r.commune_id = c.unit_id and ${where}) r`;
  const both = sql`r.valid_from <= ${from}::date and (r.valid_to is null or ${to}::date < r.valid_to)`;
  return sql`
    with recursive ${communesAt('upper1', unitIdOf(p.scopeCode), from)}, ${communesAt('upper2', unitIdOf(p.scopeCode), to)},
    -- the communes of the scope at D1 (in_a) and at D2 (in_b)
    ab as (
      select coalesce(a.unit_id, b.unit_id) as unit_id, a.unit_id is not null as in_a, b.unit_id is not null as in_b
      from (select unit_id from upper1 where level = 'commune') a
      full join (select unit_id from upper2 where level = 'commune') b on b.unit_id = a.unit_id
    ),
    f1 as (
      ${runs(sql`(select unit_id from ab where in_a)`, sql`r.valid_to > ${from}::date and r.valid_to <= ${to}::date and r.valid_from <= ${from}::date`)}
      union all
      ${runs(sql`(select unit_id from ab where in_a and not in_b)`, both)}
    ),
    f2 as (
      ${runs(sql`(select unit_id from ab where in_b)`, sql`r.valid_from > ${from}::date and r.valid_from <= ${to}::date and (r.valid_to is null or ${to}::date < r.valid_to)`)}
      union all
      ${runs(sql`(select unit_id from ab where in_b and not in_a)`, both)}
    )
    select ${scopeAtJson({ code: p.scopeCode, at: from })} as scope_from, ${scopeAtJson({ code: p.scopeCode, at: to })} as scope_to,
           ${communeCountsJson(sql`upper1`, from)} as from_counts, ${communeCountsJson(sql`upper2`, to)} as to_counts,
           (select jsonb_build_array(${sql.join(p.categories.map(flowsOf), sql`, `)})
            from ${flowRows(from, to)}) as changes`;
}

/** A village: its facts at each date, counted and compared directly. */
function villageComparison(villageId: number, p: ComparisonParams): SQL {
  return sql`
    with f1 as (${villageFactsSelect(villageId, p.from)}),
         f2 as (${villageFactsSelect(villageId, p.to)})
    select ${rowJson(sql`select ${snapshotAggregates} from f1 f`)} as from_counts,
           ${rowJson(sql`select ${snapshotAggregates} from f2 f`)} as to_counts,
           (select jsonb_build_array(${sql.join(p.categories.map(flowsOf), sql`, `)})
            from ${flowRows(p.from, p.to)}) as changes`;
}

/**
 * The snapshot counts at D1 and at D2 and, per category, the villages in it
 * at each date and the four flows between them. "Valid at D" is read as "in
 * the scope's village set at D", so a village that moves into the scope counts
 * as new and one that moves out as ceased, and to - from = entered + new -
 * left - ceased always holds.
 */
export async function comparison(db: Db, p: ComparisonParams): Promise<ComparisonRow> {
  type Row = Omit<ComparisonRow, 'changes'> & { changes: Omit<ComparisonChangesRow, 'from' | 'to'>[] };
  let [r] = await rows<Row>(db, communeComparisonSql(p), { prepared: true });
  const village = r.scope_from ?? r.scope_to;
  if (village?.level === 'village') {
    // a village has no commune_states of its own
    const [v] = await rows<Omit<Row, 'scope_from' | 'scope_to'>>(db, villageComparison(village.id, p));
    r = { ...r, ...v };
  }
  return {
    ...r,
    changes: r.changes.map((c) => ({
      ...c,
      from: r.from_counts[countColumn(c.category)],
      to: r.to_counts[countColumn(c.category)],
    })),
  };
}
