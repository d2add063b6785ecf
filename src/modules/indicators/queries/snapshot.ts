import { sql, type SQL } from 'drizzle-orm';
import { rows, type Db } from '../../../platform/db.js';
import { rowJson, type VillageCategory } from './common.js';
import { unitIdOf } from '../../units/units.repository.js';
import { scopeAtJson, type ScopeAtRow } from './scope-at.js';
import { communesAt, inCategory, villageFactsSelect } from './village-facts.js';

export interface SnapshotCountsParams {
  scopeCode: string;
  at: string;
}

/** The scope as it stands at the date (null for an unknown code) and its counts there. */
export interface ScopedSnapshotCounts {
  scope: ScopeAtRow | null;
  counts: SnapshotCountsRow;
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

/** One count of a snapshot: what a village adds to it, given a row of village facts. */
export interface SnapshotMeasure {
  column: keyof SnapshotCountsRow;
  /** The category it counts, if it counts villages. */
  category?: VillageCategory;
  /** An integer, or a boolean counted as 1, for the facts row named by `row`. */
  of(row: SQL): SQL;
}

const counted = (column: keyof SnapshotCountsRow, category: VillageCategory): SnapshotMeasure => ({
  column,
  category,
  of: (row) => inCategory(category, row),
});

/**
 * The snapshot's counts in one list: the per-village aggregates and the
 * per-commune step functions (commune_states) are both built from it.
 */
export const snapshotMeasures: SnapshotMeasure[] = [
  counted('villages', 'all'),
  counted('white', 'white'),
  counted('weak', 'weak'),
  counted('strong', 'strong'),
  counted('own_cell', 'ownCell'),
  counted('combined_only', 'combinedOnly'),
  counted('no_cell', 'noCell'),
  counted('ready_for_cell', 'readyForCell'),
  counted('party_head', 'partyHead'),
  counted('non_party_head', 'nonPartyHead'),
  counted('vacant_head', 'vacantHead'),
  counted('secretary_is_head', 'secretaryIsHead'),
  { column: 'members_total', of: (row) => sql`${row}.total` },
  { column: 'members_official', of: (row) => sql`${row}.official` },
];

/** The snapshot column that counts a category. */
export function countColumn(category: VillageCategory): keyof SnapshotCountsRow {
  const m = snapshotMeasures.find((x) => x.category === category);
  if (!m) throw new Error(`the snapshot does not count ${category}`);
  return m.column;
}

/**
 * The aggregates of a snapshot over village facts aliased `f`; the comparison
 * query applies the same list to both dates.
 */
export const snapshotAggregates = sql.join(
  snapshotMeasures.map((m) => sql`coalesce(sum((${m.of(sql`f`)})::int), 0)::int as ${sql.identifier(m.column)}`),
  sql`, `,
);

/** The sums of the commune_states rows aliased `cs`, as a snapshot's counts. */
const communeSums = sql.join(
  snapshotMeasures.map(
    (m) => sql`coalesce(sum(cs.${sql.identifier(m.column)}), 0)::int as ${sql.identifier(m.column)}`,
  ),
  sql`, `,
);

/**
 * The commune_states row of each commune of `communes` (a relation with
 * `unit_id` and `level`, from communesAt) at a date: one probe of the primary
 * key per commune, kept only if its interval has not ended by the date.
 */
function communeStatesAt(communes: SQL, at: string): SQL {
  return sql`
    select cs.* from ${communes} t
    cross join lateral (
      select x.* from commune_states x
      where x.commune_id = t.unit_id and x.valid_from <= ${at}::date
      order by x.valid_from desc
      limit 1
    ) cs
    where t.level = 'commune' and (cs.valid_to is null or ${at}::date < cs.valid_to)`;
}

/** The counts of the communes of `communes` (see communeStatesAt) at a date, as a JSON object. */
export function communeCountsJson(communes: SQL, at: string): SQL {
  return rowJson(sql`select ${communeSums} from (${communeStatesAt(communes, at)}) cs`);
}

/** The counts of a village at a date, from its facts: a village has no commune_states of its own. */
async function villageCounts(db: Db, villageId: number, at: string): Promise<SnapshotCountsRow> {
  const [r] = await rows<SnapshotCountsRow>(
    db,
    sql`select ${snapshotAggregates} from (${villageFactsSelect(villageId, at)}) f`,
  );
  return r;
}

/**
 * The scope named by a code at a date and its counts there, in one round
 * trip: above a village, the sums of the commune_states of the communes under
 * the scope at the date; for a village, its own facts (a second query).
 */
export async function snapshotCounts(db: Db, p: SnapshotCountsParams): Promise<ScopedSnapshotCounts> {
  const [r] = await rows<ScopedSnapshotCounts>(
    db,
    sql`with recursive ${communesAt('upper', unitIdOf(p.scopeCode), p.at)}
        select ${scopeAtJson({ code: p.scopeCode, at: p.at })} as scope,
               ${communeCountsJson(sql`upper`, p.at)} as counts`,
    { prepared: true },
  );
  if (r.scope?.level !== 'village' || r.scope.name === null) return r;
  return { scope: r.scope, counts: await villageCounts(db, r.scope.id, p.at) };
}
