/**
 * Reinforcement and cell founding. For a village without its own cell the
 * planner shows how many official members it lacks to reach the minimum (3)
 * and proposes whom to transfer in: commune officials of the village's own
 * commune first, then members who live in the village but take part
 * elsewhere, then members of the commune's other villages, never one whose
 * own cell would fall below the minimum, and only people the account may
 * write about at the date (register/writable.ts). Founding the cell creates
 * it, its coverage (ending the combined cell's) and the members' new
 * placements in one audited transaction, through the importer's rules, and
 * the figures follow.
 *
 * A combined cell the village leaves must stay combined: the engine counts a
 * cell covering one village as that village's own cell. When it would be left
 * with one village, the request carries the clerk's choice: close it (on the
 * founding day, refused while members would be left without a placement) or
 * attach another village of the commune to it.
 */
import type { z } from 'zod';
import { formatDateVi } from '../../platform/dates.js';
import type { Db } from '../../platform/db.js';
import { AppError } from '../errors.js';
import { importRegister } from '../register/register.service.js';
import { emptyRegister, type PlacementRow, type Register } from '../register/register.schema.js';
import * as people from '../people/people.repository.js';
import { findUnitByCode } from '../units/units.repository.js';
import * as records from '../records/records.repository.js';
import { writeGuard, type Writer } from '../records/records.service.js';
import { outOfScopeRefs, requireWritable, type WriteRef } from '../register/writable.js';
import { rulesAt } from '../../../common/rules.js';
import * as repo from './cells.repository.js';
import type { foundCell } from './cells.schema.js';

type FoundCell = z.infer<typeof foundCell>;

async function villageOf(db: Db, code: string, at: string, w: Writer) {
  const u = await findUnitByCode(db, code);
  if (u?.level !== 'village' || !(await w.unitInScope(u.id, at))) throw new AppError('VILLAGE_NOT_FOUND', { code });
  const v = await repo.villageAt(db, u.id, at);
  if (!v || v.commune_id === null) throw new AppError('UNIT_NOT_VALID_AT', { code, at });
  return { id: u.id, ...v };
}

/**
 * The planner's candidates that lie in the writer's scope at the date. A
 * candidate placed in the village's commune is in scope with the commune
 * (one check); anyone else (a resident placed elsewhere) is judged with the
 * cell they would leave, as the founding's write check will judge them.
 */
async function candidatesInScope(
  db: Db,
  v: { id: number; commune_id: number | null },
  at: string,
  min: number,
  w: Writer,
) {
  const all = await repo.candidates(db, v.id, v.commune_id!, at, min);
  if (w.scopeCode === null) return all;
  const communeIn = await w.unitInScope(v.commune_id!, at);
  const out: repo.Candidate[] = [];
  for (const c of all) {
    if (c.inCommune && communeIn) out.push(c);
    else if (
      (
        await outOfScopeRefs(db, w.scopeCode, [
          { kind: 'person', code: c.code, at },
          { kind: 'org', code: c.fromCell, at },
        ])
      ).length === 0
    )
      out.push(c);
  }
  return out;
}

const publicCandidate = ({ inCommune: _, ...c }: repo.Candidate) => c;

/** The combined cells covering the village at a date, and the villages each would still cover without it. */
async function combinedLeft(db: Db, villageId: number, at: string) {
  return (await repo.combinedCovers(db, villageId, at)).map((c) => ({ ...c, choiceNeeded: c.others.length < 2 }));
}

/** What a village lacks for its own cell at a date, whom to bring in, and what founding it leaves of its combined cells. */
export async function planReinforcement(db: Db, villageCode: string, at: string, w: Writer) {
  const v = await villageOf(db, villageCode, at, w);
  const min = rulesAt(at).cells.minOfficialMembers;
  const list = v.own_cell ? [] : await candidatesInScope(db, v, at, min, w);
  const combined = v.own_cell ? [] : await combinedLeft(db, v.id, at);
  return {
    village: villageCode,
    at,
    ownCell: v.own_cell,
    coveredBy: v.covering,
    official: v.official,
    minimum: min,
    shortfall: v.own_cell ? 0 : Math.max(0, min - v.official),
    candidates: list.map(publicCandidate),
    combined: combined.map((c) => ({
      cell: c.cellCode,
      name: c.cellName,
      villages: c.others,
      choiceNeeded: c.choiceNeeded,
    })),
  };
}

const validation = (detail: string) => new AppError('VALIDATION_FAILED', { detail });

/**
 * Adds to the register the rows that close a combined cell on a day: its
 * version, its coverings and its secretary's term end then, and so do the
 * temporary placements in it. Refused when an official placement in it would
 * be left running: a member the founding does not move (`moved`) keeps no
 * placement once the cell has closed.
 */
async function closeCell(
  db: Db,
  r: Register,
  cell: repo.CombinedCover,
  on: string,
  moved: ReadonlySet<string>,
): Promise<void> {
  const version = await repo.orgVersionAt(db, cell.cellId, on);
  if (version) r.party_orgs.push({ row: 2, ...version, validTo: on });
  for (const c of await repo.coveringsPast(db, cell.cellId, on)) {
    // the founded village's covering is ended by the founding itself
    if (
      !r.cell_villages.some(
        (x) => x.cellCode === cell.cellCode && x.villageCode === c.villageCode && x.validFrom === c.validFrom,
      )
    ) {
      r.cell_villages.push({ row: 2, cellCode: cell.cellCode, ...c, validTo: on });
    }
  }
  for (const s of await records.secretaryTermsRunningPast(db, cell.cellId, on)) {
    if (s.validFrom === null || s.validFrom < on)
      r.secretary_terms.push({
        row: 2,
        cellCode: cell.cellCode,
        personCode: s.personCode,
        validFrom: s.validFrom,
        validTo: on,
      });
  }
  const left = new Set<string>();
  for (const p of await repo.placementsPast(db, cell.cellId, on)) {
    const started = p.validFrom === null || p.validFrom < on;
    if (p.kind === 'official' && moved.has(p.personCode) && started) continue;
    if (p.kind === 'temporary' && started) {
      r.placements.push({
        row: 2,
        cellCode: cell.cellCode,
        ...p,
        kind: 'temporary',
        reason: p.reason as PlacementRow['reason'],
        validTo: on,
      });
      continue;
    }
    left.add(p.personCode);
  }
  if (left.size > 0) {
    throw new AppError('COMBINED_CELL_MEMBERS_LEFT', {
      cell: cell.cellCode,
      on: formatDateVi(on),
      count: left.size,
      people: [...left].join(', '),
    });
  }
}

/**
 * Founds the village's own cell with the members placed there and those
 * transferred in; a combined cell it leaves with one village is closed or
 * given another village, as the request chooses.
 */
export async function foundVillageCell(db: Db, villageCode: string, f: FoundCell, w: Writer) {
  const v = await villageOf(db, villageCode, f.on, w);
  if (v.own_cell) throw new AppError('CELL_EXISTS', { code: villageCode, cell: v.own_cell });
  // everyone and everything named must be writable on the founding day (naming does not bring anyone in),
  // the cells the members leave included: the founding ends their placements there
  // (the new cell's parent committee is judged by the importer's guard, with the rows)
  const refs: WriteRef[] = [{ kind: 'unit', code: villageCode, at: f.on }];
  for (const code of f.memberCodes) {
    refs.push({ kind: 'person', code, at: f.on });
    for (const cell of await repo.officialCellsAt(db, code, f.on)) refs.push({ kind: 'org', code: cell, at: f.on });
  }
  for (const c of f.combined) {
    refs.push({ kind: 'org', code: c.cellCode, at: f.on });
    if (c.villageCode) refs.push({ kind: 'unit', code: c.villageCode, at: f.on });
  }
  await requireWritable(db, w.scopeCode, refs);

  const min = rulesAt(f.on).cells.minOfficialMembers;
  const proposed = new Map((await candidatesInScope(db, v, f.on, min, w)).map((c) => [c.code, c]));
  for (const code of f.memberCodes) if (!proposed.has(code)) throw new AppError('CELL_MEMBER_NOT_ELIGIBLE', { code });
  const official = v.official + f.memberCodes.length;
  if (official < min) throw new AppError('CELL_TOO_FEW', { count: official, min });

  // what becomes of the combined cells the village leaves: each left with one village needs the clerk's choice
  const combined = await combinedLeft(db, v.id, f.on);
  const choices = new Map<string, FoundCell['combined'][number]>();
  for (const c of f.combined) {
    if (choices.has(c.cellCode))
      throw validation(`combined: chi bộ "${c.cellCode}" được chọn hai lần / the cell "${c.cellCode}" is chosen twice`);
    if (!combined.some((x) => x.cellCode === c.cellCode && x.choiceNeeded)) {
      throw validation(
        `combined: chi bộ "${c.cellCode}" không phải chi bộ ghép chỉ còn một thôn khi thành lập / "${c.cellCode}" is not a combined cell the founding leaves with one village`,
      );
    }
    if (c.action === 'attach' && !c.villageCode)
      throw validation(
        `combined: cần mã thôn ghép thêm vào "${c.cellCode}" / attach needs the village joining "${c.cellCode}"`,
      );
    if (c.action === 'close' && c.villageCode)
      throw validation(`combined: villageCode chỉ dùng khi ghép thêm thôn / villageCode is only for attach`);
    choices.set(c.cellCode, c);
  }
  const missing = combined.find((c) => c.choiceNeeded && !choices.has(c.cellCode));
  if (missing) {
    throw new AppError(
      'COMBINED_CELL_LEFT_ALONE',
      { village: villageCode, cell: missing.cellCode, left: missing.others[0] },
      { cell: missing.cellCode, left: missing.others[0] },
    );
  }

  const r = emptyRegister();
  r.party_orgs.push({
    row: 2,
    code: f.cellCode,
    name: f.cellName,
    kind: 'cell',
    parentCode: f.parentOrgCode,
    unitCode: v.commune_code,
    validFrom: f.on,
    validTo: null,
  });
  r.cell_villages.push({ row: 2, cellCode: f.cellCode, villageCode, validFrom: f.on, validTo: null });
  for (const c of await repo.openCoverings(db, v.id, f.on))
    r.cell_villages.push({ row: 2, cellCode: c.cellCode, villageCode, validFrom: c.validFrom, validTo: f.on });
  const move = async (code: string, reason: PlacementRow['reason']) => {
    const person = (await people.findPerson(db, code))!;
    for (const p of await people.placements(db, person.id)) {
      const open =
        p.kind === 'official' &&
        (p.validFrom === null || p.validFrom < f.on) &&
        (p.validTo === null || p.validTo > f.on);
      if (open)
        r.placements.push({
          row: 2,
          personCode: code,
          ...p,
          kind: 'official',
          reason: p.reason as PlacementRow['reason'],
          validTo: f.on,
        });
    }
    r.placements.push({
      row: 2,
      personCode: code,
      cellCode: f.cellCode,
      villageCode,
      validFrom: f.on,
      validTo: null,
      kind: 'official',
      reason,
    });
  };
  const placedHere = await repo.placedIn(db, v.id, f.on);
  for (const code of placedHere) await move(code, 'transfer');
  for (const code of f.memberCodes) await move(code, 'reinforcement');

  const outcome: { cell: string; outcome: 'stays' | 'closed' | 'attached'; villages: string[] }[] = [];
  for (const c of combined) {
    const choice = choices.get(c.cellCode);
    if (!choice) {
      outcome.push({ cell: c.cellCode, outcome: 'stays', villages: c.others });
    } else if (choice.action === 'close') {
      await closeCell(db, r, c, f.on, new Set([...placedHere, ...f.memberCodes]));
      outcome.push({ cell: c.cellCode, outcome: 'closed', villages: [] });
    } else {
      const code = choice.villageCode!;
      const u = await findUnitByCode(db, code);
      const x = u && u.level === 'village' ? await repo.villageAt(db, u.id, f.on) : null;
      if (
        !x ||
        code === villageCode ||
        x.commune_id !== v.commune_id ||
        x.own_cell !== null ||
        x.covering.includes(c.cellCode)
      ) {
        throw new AppError('COMBINED_CELL_ATTACH_INVALID', {
          code,
          cell: c.cellCode,
          on: formatDateVi(f.on),
          commune: v.commune_code ?? '',
        });
      }
      r.cell_villages.push({ row: 2, cellCode: c.cellCode, villageCode: code, validFrom: f.on, validTo: null });
      outcome.push({ cell: c.cellCode, outcome: 'attached', villages: [...c.others, code].sort() });
    }
  }

  const summary = await importRegister(db, r, {
    actor: { ...w.actor, reason: f.reason ?? null },
    lang: w.lang,
    authorize: writeGuard(w),
  });
  if (summary.errors.length > 0) {
    throw new AppError(
      'CHANGE_REJECTED',
      { detail: summary.errors[0].message },
      { issues: summary.errors.map((i) => ({ field: i.column, code: i.code, message: i.message })) },
    );
  }
  return { cell: f.cellCode, village: villageCode, on: f.on, official, combined: outcome, changes: summary.changes };
}
