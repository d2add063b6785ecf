import { today } from '../../platform/dates.js';
import type { Disclosure } from '../../platform/sensitive.js';
import { auditHistory } from '../../platform/audit.js';
import type { Db } from '../../platform/db.js';
import { AppError } from '../errors.js';
import * as repo from './villages.repository.js';
import { findUnitByCode } from '../units/units.repository.js';
import type { VillageTimeline } from './villages.schema.js';

type Step = { validFrom: string; validTo: string | null; total: number; official: number };

/** The count at `at` from a step function whose missing intervals mean zero. */
function countAt(steps: Step[], at: string) {
  const s = steps.find((x) => x.validFrom <= at && (x.validTo === null || at < x.validTo));
  return { total: s?.total ?? 0, official: s?.official ?? 0 };
}

/** Members at the end of each year (today for the current one), from the first year with members. */
export function membersByYear(steps: Step[], until = today()) {
  if (steps.length === 0) return [];
  const out = [];
  const last = Number(until.slice(0, 4));
  for (let year = Number(steps[0].validFrom.slice(0, 4)); year <= last; year++) {
    const at = year === last ? until : `${year}-12-31`;
    const c = countAt(steps, at);
    out.push({ year, at, ...c, probationary: c.total - c.official });
  }
  return out;
}

/** A village's whole history: versions and lineage, cells, member counts, heads and secretaries. */
export async function villageTimeline(
  db: Db,
  code: string,
  inScope: (villageId: number) => Promise<boolean>,
  disclosure: Disclosure,
): Promise<VillageTimeline> {
  const unit = await findUnitByCode(db, code);
  const village = unit?.level === 'village' ? unit : null;
  // Out of scope reads as unknown: nothing tells whether the code exists.
  if (!village || !(await inScope(village.id))) throw new AppError('VILLAGE_NOT_FOUND', { code });
  const [versions, lineage, cells, counts, heads, secretaries, history] = await Promise.all([
    repo.versions(db, village.id),
    repo.lineage(db, village.id),
    repo.coveringCells(db, village.id),
    repo.memberCounts(db, village.id),
    repo.headTerms(db, village.id),
    repo.secretaryTerms(db, village.id),
    auditHistory(db, { unitId: village.id }, disclosure),
  ]);
  return {
    code: village.code,
    versions,
    lineage,
    cells,
    memberCounts: counts.map((c) => ({ ...c, probationary: c.total - c.official })),
    membersByYear: membersByYear(counts),
    heads,
    secretaries,
    history,
  };
}
