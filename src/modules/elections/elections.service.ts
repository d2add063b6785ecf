/**
 * Village-head elections: when each village's next election is due (the end
 * of the last term: its recorded end, or its start plus the province's term
 * length; an interim head's six months; now, for a village without a head),
 * the planned elections and whether a member stands, and the record of an
 * election, which opens the winner's head term. Candidates are checked as a
 * head is (of age on the election day, living in the village) when they are
 * named, in the plan as in the record.
 */
import type { SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { withActor } from '../../platform/audit.js';
import { addMonths, today } from '../../platform/dates.js';
import type { Db } from '../../platform/db.js';
import { AppError } from '../errors.js';
import * as people from '../people/people.repository.js';
import { findUnitByCode } from '../units/units.repository.js';
import { enterHeadTerm, refuse, type Writer } from '../records/records.service.js';
import { checkHead, type RuleIssue } from '../records/records.rules.js';
import { requireWritable } from '../register/writable.js';
import { rulesAt } from '../../../common/rules.js';
import * as repo from './elections.repository.js';
import type { DueElection, planElection, recordElection } from './elections.schema.js';

/** The day a village's next election is due after its last head term. */
export function dueAfter(
  term: { termFrom: string | null; termTo: string | null; how: string | null } | null,
  on: string,
): string {
  if (!term || (term.termFrom === null && term.termTo === null)) return on;
  if (term.termTo) return term.termTo;
  const from = term.termFrom!;
  const heads = rulesAt(from).heads;
  return term.how === 'interim'
    ? addMonths(from, heads.interimMaxMonths)
    : addMonths(from, Math.round(heads.termYears * 12));
}

/** Elections due within `months` months (overdue ones included), soonest first. */
export async function dueElections(
  db: Db,
  inScope: SQL | null,
  months: number,
  onlyWithoutMember: boolean,
): Promise<DueElection[]> {
  const on = today();
  const until = addMonths(on, months);
  const out: DueElection[] = [];
  for (const v of await repo.villagesWithHeads(db, on, inScope)) {
    const hasTerm = v.termFrom !== null || v.termTo !== null;
    const due = dueAfter(hasTerm ? v : null, on);
    if (due > until) continue;
    const memberAmongCandidates = v.candidates.some((c) => c.isMember);
    if (onlyWithoutMember && memberAmongCandidates) continue;
    out.push({
      village: { code: v.villageCode, name: v.villageName, commune: v.communeCode },
      lastTerm: hasTerm ? { from: v.termFrom, to: v.termTo, how: v.how } : null,
      due,
      planned: v.electionId === null ? null : { id: v.electionId, on: v.plannedOn!, candidates: v.candidates },
      memberAmongCandidates,
    });
  }
  return out.sort((a, b) => a.due.localeCompare(b.due) || a.village.code.localeCompare(b.village.code));
}

async function villageIn(db: Db, code: string, at: string, w: Writer) {
  const v = await findUnitByCode(db, code);
  if (v?.level !== 'village' || !(await w.unitInScope(v.id, at))) throw new AppError('VILLAGE_NOT_FOUND', { code });
  return v;
}

async function personOf(db: Db, code: string) {
  const p = await people.findPerson(db, code);
  if (!p) throw new AppError('PERSON_NOT_FOUND', { code });
  return p;
}

/**
 * Every candidate must be able to take office if elected: of age on the
 * election day (the first day of the winner's term) and living in the
 * village. Each problem is at the candidate's form field, its message
 * starting with the candidate's code; the winner's at `winnerCode`, as the
 * head form has it.
 */
function candidateIssues(
  list: { code: string; birthDate: string | null; residenceVillageCode: string | null }[],
  villageCode: string,
  on: string,
  field: (i: number) => string,
  winner?: string,
): RuleIssue[] {
  return list.flatMap((p, i) =>
    checkHead(p, villageCode, on, p.code === winner ? 'winnerCode' : field(i)).map((issue) =>
      p.code === winner ? issue : { ...issue, subject: p.code },
    ),
  );
}

/** Plans an election with its candidates so far, each of age on the planned day and living in the village. */
export async function plan(
  db: Db,
  villageCode: string,
  f: z.infer<typeof planElection>,
  w: Writer,
): Promise<{ id: number }> {
  const v = await villageIn(db, villageCode, f.plannedOn, w);
  const named = [];
  for (const c of f.candidateCodes) named.push(await personOf(db, c));
  // a candidate must be in scope on the day: naming them does not bring them in (and no rule is told before)
  await requireWritable(
    db,
    w.scopeCode,
    f.candidateCodes.map((code) => ({ kind: 'person', code, at: f.plannedOn })),
  );
  refuse(
    candidateIssues(named, villageCode, f.plannedOn, (i) => `candidateCodes.${i}`),
    w.lang,
  );
  const candidates = named.map((p) => ({ personId: p.id, votes: null }));
  const id = await withActor(db, w.actor, async (tx) => {
    const id = await repo.insertElection(tx, { villageId: v.id, plannedOn: f.plannedOn, note: f.note ?? null });
    await repo.setCandidates(tx, id, candidates);
    return id;
  });
  return { id };
}

/** Records a held election (completing the planned one, if any) and opens the winner's head term from that day. */
export async function record(db: Db, villageCode: string, f: z.infer<typeof recordElection>, w: Writer) {
  const v = await villageIn(db, villageCode, f.on, w);
  if (!f.candidates.some((c) => c.personCode === f.winnerCode)) {
    throw new AppError('VALIDATION_FAILED', {
      detail: 'winnerCode: người trúng cử phải là một ứng cử viên / the winner must be a candidate',
    });
  }
  const named = [];
  for (const c of f.candidates) named.push(await personOf(db, c.personCode));
  const candidates = named.map((p, i) => ({ personId: p.id, votes: f.candidates[i].votes ?? null }));
  const winnerId = named.find((p) => p.code === f.winnerCode)!.id;
  await requireWritable(
    db,
    w.scopeCode,
    f.candidates.map((c) => ({ kind: 'person', code: c.personCode, at: f.on })),
  );
  refuse(
    candidateIssues(named, villageCode, f.on, (i) => `candidates.${i}.personCode`, f.winnerCode),
    w.lang,
  );
  const planned = (await repo.villagesWithHeads(db, f.on, null)).find((x) => x.villageId === v.id)?.electionId ?? null;
  // the village and the candidates were checked above; inside the transaction no query may go around it
  // (the head term's rows still pass the importer's scope guard, on the transaction)
  const tw: Writer = { ...w, unitInScope: async () => true, personInScope: async () => true };
  const id = await withActor(db, w.actor, async (tx) => {
    const id = planned ?? (await repo.insertElection(tx, { villageId: v.id, plannedOn: f.on }));
    await repo.updateElection(tx, id, { heldOn: f.on, winnerId, note: f.note ?? null });
    await repo.setCandidates(tx, id, candidates);
    // the winner must be of age and live in the village: a refusal there undoes the whole record
    await enterHeadTerm(
      tx,
      villageCode,
      { personCode: f.winnerCode, role: 'head', validFrom: f.on, how: 'elected' },
      tw,
      'winnerCode',
    );
    return id;
  });
  return { id, village: villageCode, on: f.on, winner: f.winnerCode };
}
