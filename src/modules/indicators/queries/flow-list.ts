import { sql, type SQL } from 'drizzle-orm';
import { rows, type Db } from '../../../platform/db.js';
import type { ListFlow, MemberGroup, VillageCategory } from './common.js';
import { villageDetailsSelect, type VillageFactsRow } from './village-facts.js';

export interface VillagesInFlowParams {
  scopeId: number;
  from: string;
  to: string;
  category: VillageCategory;
  flow: ListFlow;
  /** Only the villages in this member group at D2 (a move from the category to it). */
  toCategory?: MemberGroup;
}

/** A village behind a flow, with its facts at D1 and at D2 (null where it is not in the scope's set). */
export interface VillagesInFlowRow {
  code: string;
  from_facts: VillageFactsRow | null;
  to_facts: VillageFactsRow | null;
}

/** Same definitions as comparison.ts: a = in the category at D1, b = at D2. */
function flowPredicate(flow: ListFlow): SQL {
  switch (flow) {
    case 'left':
      return sql`k.a and f2.id is not null and not k.b`;
    case 'entered':
      return sql`k.b and f1.id is not null and not k.a`;
    case 'ceased':
      return sql`k.a and f2.id is null`;
    case 'new':
      return sql`k.b and f1.id is null`;
    case 'stayed':
      return sql`k.a and k.b`;
  }
}

/** The villages of a scope behind one flow of one category between two dates, ordered by code. */
export async function villagesInFlow(db: Db, p: VillagesInFlowParams): Promise<VillagesInFlowRow[]> {
  return rows<VillagesInFlowRow>(
    db,
    sql`select coalesce(f2.code, f1.code) as code,
               case when f1.id is null then null else to_jsonb(f1) end as from_facts,
               case when f2.id is null then null else to_jsonb(f2) end as to_facts
        from (${villageDetailsSelect(p.scopeId, p.from)}) f1
        full join (${villageDetailsSelect(p.scopeId, p.to)}) f2 on f2.id = f1.id
        cross join lateral (
          select coalesce(${p.category} = any(f1.categories), false) as a,
                 coalesce(${p.category} = any(f2.categories), false) as b
        ) k
        where ${flowPredicate(p.flow)}${p.toCategory ? sql` and ${p.toCategory} = any(f2.categories)` : sql``}
        order by coalesce(f2.code, f1.code) collate "C"`,
  );
}
