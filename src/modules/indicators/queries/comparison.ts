import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../../platform/db.js';
import type { VillageCategory } from './common.js';
import { snapshotAggregates, type SnapshotCountsRow } from './snapshot.js';
import { villageFactsSelect } from './village-facts.js';

export interface ComparisonParams {
  scopeId: number;
  from: string;
  to: string;
  categories: readonly VillageCategory[];
}

/** The flows of one category between two dates. */
export interface ComparisonChangesRow {
  category: VillageCategory;
  from: number;
  to: number;
  left: number;
  entered: number;
  ceased: number;
  new: number;
}

/** Both snapshots' counts and the flows per category, from one pass over each date's facts. */
export interface ComparisonRow {
  from_counts: SnapshotCountsRow;
  to_counts: SnapshotCountsRow;
  changes: ComparisonChangesRow[];
}

/**
 * Computes the village facts at D1 and at D2 once each, aggregates both into
 * snapshot counts, and counts per category the villages in it at each date
 * and the four flows between them. "Valid at D" is read as "in the scope's
 * village set at D", so a village that moves into the scope counts as new and
 * one that moves out as ceased, and to - from = entered + new - left - ceased
 * always holds. Categories in which no village ever was are absent from `changes`.
 */
export async function comparison(db: Db, p: ComparisonParams): Promise<ComparisonRow> {
  const [r] = await rows<ComparisonRow>(
    db,
    sql`with f1 as (${villageFactsSelect(p.scopeId, p.from)}),
             f2 as (${villageFactsSelect(p.scopeId, p.to)}),
             flows as (
               select k.category,
                      count(*) filter (where k.a)::int as "from",
                      count(*) filter (where k.b)::int as "to",
                      count(*) filter (where k.a and f2.id is not null and not k.b)::int as "left",
                      count(*) filter (where k.b and f1.id is not null and not k.a)::int as "entered",
                      count(*) filter (where k.a and f2.id is null)::int as "ceased",
                      count(*) filter (where k.b and f1.id is null)::int as "new"
               from f1
               full join f2 on f2.id = f1.id
               cross join unnest(${sql.param([...p.categories])}::text[]) as c(category)
               cross join lateral (
                 select c.category,
                        coalesce(c.category = any(f1.categories), false) as a,
                        coalesce(c.category = any(f2.categories), false) as b
               ) k
               group by k.category
             )
        select (select to_jsonb(s) from (select ${snapshotAggregates} from f1 f) s) as from_counts,
               (select to_jsonb(s) from (select ${snapshotAggregates} from f2 f) s) as to_counts,
               coalesce((select jsonb_agg(to_jsonb(x)) from flows x), '[]'::jsonb) as changes`,
  );
  return r;
}
