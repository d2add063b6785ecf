/**
 * Reinforcement and cell founding. For a village without its own cell the
 * planner shows how many official members it lacks to reach the minimum (3)
 * and proposes whom to transfer in: commune officials first, then members who
 * live in the village but take part elsewhere, then members of nearby
 * villages of the same commune, never one whose own cell would fall below the
 * minimum. Founding the cell creates it, its coverage (ending the combined
 * cell's) and the members' new placements in one audited transaction, through
 * the importer's rules, and the figures follow.
 */
import type { z } from 'zod';
import type { Db } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import { importRegister } from '../imports/imports.service.js';
import { emptyRegister, type PlacementRow } from '../imports/imports.schema.js';
import * as people from '../people/people.repository.js';
import { writeGuard, type Writer } from '../records/records.service.js';
import { rulesAt } from '../../../common/rules.js';
import * as repo from './cells.repository.js';
import type { foundCell } from './cells.schema.js';

async function villageOf(db: Db, code: string, at: string, w: Writer) {
  const u = await people.findUnitByCode(db, code);
  if (!u || u.level !== 'village' || !(await w.unitInScope(u.id, at))) throw new AppError('VILLAGE_NOT_FOUND', { code });
  const v = await repo.villageAt(db, u.id, at);
  if (!v || v.commune_id === null) throw new AppError('UNIT_NOT_VALID_AT', { code, at });
  return { id: u.id, ...v };
}

/** What a village lacks for its own cell at a date, and whom to bring in. */
export async function planReinforcement(db: Db, villageCode: string, at: string, w: Writer) {
  const v = await villageOf(db, villageCode, at, w);
  const min = rulesAt(at).cells.minOfficialMembers;
  const list = v.own_cell ? [] : await repo.candidates(db, v.id, v.commune_id!, at, min);
  return {
    village: villageCode, at, ownCell: v.own_cell, coveredBy: v.covering, official: v.official, minimum: min,
    shortfall: v.own_cell ? 0 : Math.max(0, min - v.official), candidates: list,
  };
}

/** Founds the village's own cell with the members placed there and those transferred in. */
export async function foundVillageCell(db: Db, villageCode: string, f: z.infer<typeof foundCell>, w: Writer) {
  const v = await villageOf(db, villageCode, f.on, w);
  if (v.own_cell) throw new AppError('CELL_EXISTS', { code: villageCode, cell: v.own_cell });
  const min = rulesAt(f.on).cells.minOfficialMembers;
  const proposed = new Map((await repo.candidates(db, v.id, v.commune_id!, f.on, min)).map((c) => [c.code, c]));
  for (const code of f.memberCodes) if (!proposed.has(code)) throw new AppError('CELL_MEMBER_NOT_ELIGIBLE', { code });
  const official = v.official + f.memberCodes.length;
  if (official < min) throw new AppError('CELL_TOO_FEW', { count: official, min });

  const r = emptyRegister();
  r.party_orgs.push({ row: 2, code: f.cellCode, name: f.cellName, kind: 'cell', parentCode: f.parentOrgCode, unitCode: v.commune_code, validFrom: f.on, validTo: null });
  r.cell_villages.push({ row: 2, cellCode: f.cellCode, villageCode, validFrom: f.on, validTo: null });
  for (const c of await repo.openCoverings(db, v.id, f.on)) r.cell_villages.push({ row: 2, cellCode: c.cellCode, villageCode, validFrom: c.validFrom, validTo: f.on });
  const move = async (code: string, reason: PlacementRow['reason']) => {
    const person = (await people.findPerson(db, code))!;
    for (const p of await people.placements(db, person.id)) {
      const open = p.kind === 'official' && (p.validFrom === null || p.validFrom < f.on) && (p.validTo === null || p.validTo > f.on);
      if (open) r.placements.push({ row: 2, personCode: code, ...p, kind: 'official', reason: p.reason as PlacementRow['reason'], validTo: f.on });
    }
    r.placements.push({ row: 2, personCode: code, cellCode: f.cellCode, villageCode, validFrom: f.on, validTo: null, kind: 'official', reason });
  };
  for (const code of await repo.placedIn(db, v.id, f.on)) await move(code, 'transfer');
  for (const code of f.memberCodes) await move(code, 'reinforcement');

  const summary = await importRegister(db, r, { actor: { ...w.actor, reason: f.reason ?? null }, lang: w.lang, authorize: writeGuard(w) });
  if (summary.errors.length > 0) {
    throw new AppError('CHANGE_REJECTED', { detail: summary.errors[0].message }, { issues: summary.errors.map((i) => ({ field: i.column, code: i.code, message: i.message })) });
  }
  return { cell: f.cellCode, village: villageCode, on: f.on, official, changes: summary.changes };
}
