import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../../platform/db.js';
import type { VillageCategory } from './common.js';
import { villageFactsSelect } from './village-facts.js';

export interface ComparisonChangesParams {
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

/**
 * Counts, per category, the villages in it at D1 and D2 and the four flows
 * between them. "Valid at D" is read as "in the scope's village set at D", so a
 * village that moves into the scope counts as new and one that moves out as
 * ceased, and to - from = entered + new - left - ceased always holds.
 * Categories in which no village ever was are absent from the result.
 */
export async function comparisonChanges(db: Db, p: ComparisonChangesParams): Promise<ComparisonChangesRow[]> {
  return rows<ComparisonChangesRow>(
    db,
    sql`select k.category,
               count(*) filter (where k.a)::int as "from",
               count(*) filter (where k.b)::int as "to",
               count(*) filter (where k.a and f2.id is not null and not k.b)::int as "left",
               count(*) filter (where k.b and f1.id is not null and not k.a)::int as "entered",
               count(*) filter (where k.a and f2.id is null)::int as "ceased",
               count(*) filter (where k.b and f1.id is null)::int as "new"
        from (${villageFactsSelect(p.scopeId, p.from)}) f1
        full join (${villageFactsSelect(p.scopeId, p.to)}) f2 on f2.id = f1.id
        cross join unnest(${sql.param([...p.categories])}::text[]) as c(category)
        cross join lateral (
          select c.category,
                 coalesce(c.category = any(f1.categories), false) as a,
                 coalesce(c.category = any(f2.categories), false) as b
        ) k
        group by k.category`,
  );
}
