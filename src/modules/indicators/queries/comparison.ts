import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../../platform/db.js';
import type { VillageCategory } from './common.js';
import { snapshotAggregates, type SnapshotCountsRow } from './snapshot.js';
import { inCategory, villageFactsSelect } from './village-facts.js';

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
 * always holds.
 */
export async function comparison(db: Db, p: ComparisonParams): Promise<ComparisonRow> {
  const f1 = sql`f1`;
  const f2 = sql`f2`;
  const flowsOf = (category: VillageCategory) => {
    const a = sql`coalesce(${inCategory(category, f1)}, false)`;
    const b = sql`coalesce(${inCategory(category, f2)}, false)`;
    return sql`jsonb_build_object(
      'category', ${category}::text,
      'from', count(*) filter (where ${a}),
      'to', count(*) filter (where ${b}),
      'left', count(*) filter (where ${a} and f2.id is not null and not ${b}),
      'entered', count(*) filter (where ${b} and f1.id is not null and not ${a}),
      'ceased', count(*) filter (where ${a} and f2.id is null),
      'new', count(*) filter (where ${b} and f1.id is null))`;
  };
  const [r] = await rows<ComparisonRow>(
    db,
    sql`with f1 as (${villageFactsSelect(p.scopeId, p.from)}),
             f2 as (${villageFactsSelect(p.scopeId, p.to)})
        select (select to_jsonb(s) from (select ${snapshotAggregates} from f1 f) s) as from_counts,
               (select to_jsonb(s) from (select ${snapshotAggregates} from f2 f) s) as to_counts,
               (select jsonb_build_array(${sql.join(p.categories.map(flowsOf), sql`, `)})
                from f1 full join f2 on f2.id = f1.id) as changes`,
  );
  return r;
}
