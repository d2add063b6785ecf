import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../../platform/db.js';
import type { VillageCategory } from './common.js';
import { villageDetailsSelect, type VillageFactsRow } from './village-facts.js';

export interface VillagesInCategoryParams {
  scopeId: number;
  at: string;
  category: VillageCategory;
}

export type VillagesInCategoryRow = VillageFactsRow;

/** The villages of a scope in a category at a date, ordered by code: the list behind a number. */
export async function villagesInCategory(db: Db, p: VillagesInCategoryParams): Promise<VillagesInCategoryRow[]> {
  return rows<VillagesInCategoryRow>(
    db,
    sql`select f.* from (${villageDetailsSelect(p.scopeId, p.at)}) f
        where ${p.category} = any(f.categories)
        order by f.code collate "C"`,
  );
}
