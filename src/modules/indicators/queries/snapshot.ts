import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../../platform/db.js';
import { villageFactsSelect } from './village-facts.js';

export interface SnapshotCountsParams {
  scopeId: number;
  at: string;
}

/** The counts of a scope at a date, one aggregate row. */
export interface SnapshotCountsRow {
  villages: number;
  white: number;
  weak: number;
  strong: number;
  own_cell: number;
  combined_only: number;
  no_cell: number;
  ready_for_cell: number;
  party_head: number;
  non_party_head: number;
  vacant_head: number;
  secretary_is_head: number;
  members_total: number;
  members_official: number;
}

/**
 * The aggregates of a snapshot over village facts aliased `f`; the comparison
 * query applies the same list to both dates.
 */
export const snapshotAggregates = sql`
  count(*)::int as villages,
  count(*) filter (where f.total = 0)::int as white,
  count(*) filter (where f.total between 1 and 2)::int as weak,
  count(*) filter (where f.total >= 3)::int as strong,
  count(*) filter (where f.cell = 'own')::int as own_cell,
  count(*) filter (where f.cell = 'combined')::int as combined_only,
  count(*) filter (where f.cell = 'none')::int as no_cell,
  count(*) filter (where f.official >= 3 and f.cell <> 'own')::int as ready_for_cell,
  count(*) filter (where f.head_status = 'party')::int as party_head,
  count(*) filter (where f.head_status = 'nonParty')::int as non_party_head,
  count(*) filter (where f.head_status = 'vacant')::int as vacant_head,
  count(*) filter (where f.secretary_is_head)::int as secretary_is_head,
  coalesce(sum(f.total), 0)::int as members_total,
  coalesce(sum(f.official), 0)::int as members_official`;

/** Aggregates the village facts of a scope at a date into the snapshot's counts. */
export async function snapshotCounts(db: Db, p: SnapshotCountsParams): Promise<SnapshotCountsRow> {
  const [r] = await rows<SnapshotCountsRow>(
    db,
    sql`select ${snapshotAggregates} from (${villageFactsSelect(p.scopeId, p.at)}) f`,
  );
  return r;
}
