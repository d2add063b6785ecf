/**
 * Targets per unit and year, with progress computed by the indicator engine
 * over the year (to today while it runs) on the villages present at both
 * dates, and task forces with the progress of their villages over their period.
 */
import type { SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { withActor } from '../../platform/audit.js';
import { today } from '../../platform/dates.js';
import type { Db } from '../../platform/db.js';
import { AppError, formatMessage } from '../errors.js';
import type { Change } from '../indicators/indicators.schema.js';
import { admissionsInPeriod, compareFlows, snapshot } from '../indicators/indicators.service.js';
import * as people from '../people/people.repository.js';
import { findUnitByCode } from '../units/units.repository.js';
import type { Writer } from '../records/records.service.js';
import { checkPeriod } from '../records/records.rules.js';
import { requireWritable } from '../register/writable.js';
import * as repo from './targets.repository.js';
import type { targetBody, TargetProgress, taskForceBody, TaskForceView, VillageMeasure } from './targets.schema.js';

async function unitIn(db: Db, code: string, at: string, w: Writer) {
  const u = await findUnitByCode(db, code);
  if (!u || !(await w.unitInScope(u.id, at))) throw new AppError('UNIT_NOT_FOUND', { code });
  return u;
}

/** Sets (or replaces) a unit's targets for a year. */
export async function setTarget(db: Db, f: z.infer<typeof targetBody>, w: Writer): Promise<void> {
  const u = await unitIn(db, f.unitCode, `${f.year}-12-31` < today() ? `${f.year}-12-31` : today(), w);
  const values = {
    unitId: u.id,
    year: f.year,
    admissions: f.admissions ?? null,
    whiteCleared: f.whiteCleared ?? null,
    weakReduced: f.weakReduced ?? null,
    cellsFounded: f.cellsFounded ?? null,
    partyHeads: f.partyHeads ?? null,
  };
  await withActor(db, w.actor, (tx) => repo.upsertTarget(tx, values));
}

/** The categories whose flows measure the targets; `all` gives the villages that joined or left the scope. */
const measured = ['white', 'weak', 'ownCell', 'partyHead', 'all'] as const;

/** A category to reduce: villages at both dates that left it are progress, those that entered it a setback. */
function reduced(c: Change): Omit<VillageMeasure, 'target'> {
  return {
    achieved: c.left - c.entered,
    better: c.left,
    worse: c.entered,
    from: c.from,
    to: c.to,
    joined: c.new,
    departed: c.ceased,
  };
}

/** A category to raise: villages at both dates that entered it are progress, those that left it a setback. */
function raised(c: Change): Omit<VillageMeasure, 'target'> {
  return {
    achieved: c.entered - c.left,
    better: c.entered,
    worse: c.left,
    from: c.from,
    to: c.to,
    joined: c.new,
    departed: c.ceased,
  };
}

/**
 * Progress of a unit in a year (docs/domain.md, How target progress is
 * measured): over [1 January, 1 January of the next year), or to today while
 * the year runs, as the report of that period reads it. Admissions are the report's own count;
 * white and weak villages cleared, own cells founded and party heads gained
 * are the comparison's flows over the villages in the scope at both dates,
 * and the villages that joined or left the scope (a reform, a move) are
 * shown apart, never as progress.
 */
export async function progress(db: Db, unitCode: string, year: number): Promise<TargetProgress> {
  const from = `${year}-01-01`;
  const end = `${year + 1}-01-01`;
  const to = end < today() ? end : today();
  if (to <= from) throw new AppError('DATE_RANGE_INVALID', { from, to });
  const c = await compareFlows(db, unitCode, from, to, measured);
  const admissions = await admissionsInPeriod(db, unitCode, from, to);
  const t = await repo.findTarget(db, unitCode, year);
  const all = c.changes.all;
  return {
    unitCode,
    year,
    from,
    to,
    villages: { from: all.from, to: all.to, stayed: all.from - all.ceased, joined: all.new, departed: all.ceased },
    admissions: { target: t?.admissions ?? null, achieved: admissions.total },
    whiteCleared: { target: t?.white_cleared ?? null, ...reduced(c.changes.white) },
    weakReduced: { target: t?.weak_reduced ?? null, ...reduced(c.changes.weak) },
    cellsFounded: { target: t?.cells_founded ?? null, ...raised(c.changes.ownCell) },
    partyHeads: { target: t?.party_heads ?? null, ...raised(c.changes.partyHead) },
  };
}

/**
 * Refuses a period whose end comes before its start, naming both dates
 * dd/mm/yyyy in either language, with the form field it concerns.
 */
function requirePeriod(from: string, to: string | undefined, lang: Writer['lang']): void {
  const [issue] = checkPeriod(from, to);
  if (issue)
    throw new AppError(issue.code, issue.params, {
      issues: [{ field: issue.field, code: issue.code, message: formatMessage(issue.code, lang, issue.params) }],
    });
}

/** Creates a task force with its members and villages (all in the writer's scope), over a period that does not end before it starts. */
export async function createTaskForce(db: Db, f: z.infer<typeof taskForceBody>, w: Writer): Promise<number> {
  requirePeriod(f.validFrom, f.validTo, w.lang);
  const unit = await unitIn(db, f.unitCode, f.validFrom, w);
  const villages: number[] = [];
  for (const c of f.villageCodes) {
    const v = await unitIn(db, c, f.validFrom, w);
    if (v.level !== 'village') throw new AppError('VILLAGE_NOT_FOUND', { code: c });
    villages.push(v.id);
  }
  const members: number[] = [];
  for (const c of f.memberCodes) {
    const p = await people.findPerson(db, c);
    if (!p) throw new AppError('PERSON_NOT_FOUND', { code: c });
    members.push(p.id);
  }
  // the unit, its villages and the members must be in scope when the task force starts: naming a member does not bring them in
  await requireWritable(db, w.scopeCode, [
    { kind: 'unit', code: f.unitCode, at: f.validFrom },
    ...f.villageCodes.map((code) => ({ kind: 'unit' as const, code, at: f.validFrom })),
    ...f.memberCodes.map((code) => ({ kind: 'person' as const, code, at: f.validFrom })),
  ]);
  return withActor(db, w.actor, (tx) =>
    repo.insertTaskForce(
      tx,
      { name: f.name, unitId: unit.id, validFrom: f.validFrom, validTo: f.validTo ?? null, note: f.note ?? null },
      members,
      villages,
    ),
  );
}

/** Task forces of a scope, each village with its facts at the start and at the end (or today). */
export async function listTaskForces(db: Db, inScope: SQL | null): Promise<TaskForceView[]> {
  const list = await repo.loadTaskForces(db, inScope);
  const out: TaskForceView[] = [];
  for (const { villageCodes, ...tf } of list) {
    const end = tf.validTo && tf.validTo < today() ? tf.validTo : today();
    const villages = [];
    for (const code of villageCodes ?? []) {
      const facts = async (at: string) => {
        const s = await snapshot(db, code, at);
        return {
          members: s.members.total,
          official: s.members.official,
          ownCell: s.ownCell > 0,
          partyHead: s.heads.party > 0,
          name: s.scope.name,
        };
      };
      const [a, b] = [await facts(tf.validFrom), await facts(end)];
      villages.push({
        code,
        name: b.name ?? a.name,
        from: { members: a.members, official: a.official, ownCell: a.ownCell, partyHead: a.partyHead },
        to: { members: b.members, official: b.official, ownCell: b.ownCell, partyHead: b.partyHead },
      });
    }
    out.push({ ...tf, villages });
  }
  return out;
}
