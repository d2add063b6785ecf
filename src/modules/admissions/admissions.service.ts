/**
 * The admission pipeline over the register: prospects per village, each step
 * recorded with its date and checked by the rules in force on that date; the
 * ceremony creates the membership and its placement, the outcome records
 * official status (dated from the end of probation) or the removal. A step the
 * rules refuse changes nothing; warnings (lateness, consent) are kept with it.
 * Besides the steps, a case keeps the date its next step is planned for
 * (`plannedOn`, the future allowed), spent when the case moves to another stage.
 */
import type { SQL } from 'drizzle-orm';
import { withActor } from '../../platform/audit.js';
import { today } from '../../platform/dates.js';
import type { Db } from '../../platform/db.js';
import { AppError } from '../errors.js';
import type { Lang } from '../../platform/errors.js';
import * as people from '../people/people.repository.js';
import { findUnitByCode } from '../units/units.repository.js';
import { admit, endMember, recordOfficial, type Writer } from '../records/records.service.js';
import { requireWritable } from '../register/writable.js';
import * as records from '../records/records.repository.js';
import type { Stage } from '../../../common/admissions.js';
import { ruleSetLabel } from '../../../common/rules.js';
import {
  checkPlan,
  checkSteps,
  deadlineOf,
  decidersOf,
  decidingBody,
  issueMessage,
  probationEnds,
  stageOf,
  urgency,
  type Decider,
  type Introducer,
  type ProspectSteps,
  type StepIssue,
  type StepLabel,
} from './admission.rules.js';
import * as repo from './admissions.repository.js';
import type { ProspectView, StepBody } from './admissions.schema.js';

function view(p: repo.ProspectRow, lang: Lang, on: string): ProspectView {
  const d = deadlineOf(p);
  const {
    id,
    personCode,
    fullName,
    villageCode,
    villageName,
    cellCode,
    plannedOn,
    personId: _p,
    villageId: _v,
    note: _n,
    ...steps
  } = p;
  const named = (x: Decider | null) =>
    x && { ...x, body: decidingBody(x.level, lang), ruleSetLabel: ruleSetLabel(x.ruleSet, lang) };
  const deciders = decidersOf(p, on);
  return {
    id,
    personCode,
    fullName,
    villageCode,
    villageName,
    cellCode,
    stage: stageOf(p),
    steps,
    plannedOn,
    deadline: d && { ...d, ruleSetLabel: ruleSetLabel(d.ruleSet, lang), urgency: urgency(d, on) },
    decidedBy: { admission: named(deciders.admission), recognition: named(deciders.recognition) },
    issues: [...checkSteps(p, on), ...checkPlan(p, plannedOn)].map((i) => ({
      field: i.field,
      code: i.code,
      severity: i.severity,
      message: issueMessage(i, lang),
    })),
  };
}

/** Refuses, changing nothing, when the rules find errors: CHANGE_REJECTED with each issue at its field. */
function refuse(issues: StepIssue[], lang: Lang): void {
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length === 0) return;
  const list = errors.map((i) => ({ field: i.field, code: i.code, message: issueMessage(i, lang) }));
  throw new AppError('CHANGE_REJECTED', { detail: list[0].message }, { issues: list });
}

async function load(db: Db, id: number, w: Writer): Promise<repo.ProspectRow> {
  const [p] = await repo.loadProspects(db, { id });
  // out of scope reads as unknown
  if (!p || !(await w.unitInScope(p.villageId, today()))) throw new AppError('PROSPECT_NOT_FOUND', { id });
  return p;
}

/** Puts a person forward in a village: the first step of the pipeline. */
export async function createProspect(
  db: Db,
  f: { personCode: string; villageCode: string; cellCode?: string; recommendedOn: string; note?: string },
  w: Writer,
): Promise<ProspectView> {
  const person = await people.findPerson(db, f.personCode);
  if (!person || !(await w.personInScope(person.id))) throw new AppError('PERSON_NOT_FOUND', { code: f.personCode });
  const village = await findUnitByCode(db, f.villageCode);
  if (village?.level !== 'village' || !(await w.unitInScope(village.id, f.recommendedOn)))
    throw new AppError('VILLAGE_NOT_FOUND', { code: f.villageCode });
  let cellId: number | null = null;
  if (f.cellCode) {
    const cell = await records.orgUnit(db, f.cellCode);
    if (!cell || cell.unitId === null || !(await w.unitInScope(cell.unitId, f.recommendedOn)))
      throw new AppError('ORG_NOT_FOUND', { code: f.cellCode });
    cellId = cell.orgId;
  }
  // the person is put forward in the village on that day: they must be in scope then, as the village and the cell
  await requireWritable(db, w.scopeCode, [
    { kind: 'person', code: person.code, at: f.recommendedOn },
    { kind: 'unit', code: f.villageCode, at: f.recommendedOn },
    ...(f.cellCode ? [{ kind: 'org' as const, code: f.cellCode, at: f.recommendedOn }] : []),
  ]);
  // the recommendation is the first step: it has taken place (nothing after today)
  refuse(
    checkSteps(
      {
        birthDate: null,
        recommendedOn: f.recommendedOn,
        certificateOn: null,
        applicationOn: null,
        introducers: [],
        checkedOn: null,
        resolutionOn: null,
        votesFor: null,
        officialMembers: null,
        decisionOn: null,
        decisionExtended: false,
        ceremonyOn: null,
        reviewOn: null,
        outcome: null,
        outcomeOn: null,
        droppedOn: null,
      },
      today(),
    ),
    w.lang,
  );
  const id = await withActor(db, w.actor, (tx) =>
    repo.insertProspect(tx, {
      personId: person.id,
      villageId: village.id,
      cellId,
      recommendedOn: f.recommendedOn,
      note: f.note ?? null,
    }),
  );
  return view((await repo.loadProspects(db, { id }))[0], w.lang, today());
}

/** Records one step; refused (and nothing written) when the rules in force say no. */
export async function recordStep(db: Db, id: number, body: StepBody, w: Writer): Promise<ProspectView> {
  const p = await load(db, id, w);
  if (p.droppedOn || p.outcome)
    throw new AppError('CHANGE_REJECTED', { detail: w.lang === 'vi' ? 'hồ sơ đã kết thúc' : 'the case is closed' });
  const next: ProspectSteps = { ...p };
  const update: repo.ProspectUpdate = {};
  let introducers: { kind: Introducer['kind']; personId: number | null; knownSince: string | null }[] | null = null;
  switch (body.step) {
    case 'certificate':
      next.certificateOn = update.certificateOn = body.date;
      break;
    case 'application':
      next.applicationOn = update.applicationOn = body.date;
      break;
    case 'check':
      next.checkedOn = update.checkedOn = body.date;
      break;
    case 'introducers': {
      introducers = [];
      next.introducers = [];
      for (const i of body.introducers) {
        const person = i.personCode ? await people.findPerson(db, i.personCode) : null;
        if (i.kind === 'member' && !person) throw new AppError('PERSON_NOT_FOUND', { code: i.personCode ?? '' });
        // an introducer is named today: naming them does not bring them into scope
        if (person) await requireWritable(db, w.scopeCode, [{ kind: 'person', code: person.code, at: today() }]);
        const since = person ? await repo.officialSince(db, person.id) : null;
        introducers.push({ kind: i.kind, personId: person?.id ?? null, knownSince: i.knownSince ?? null });
        next.introducers.push({ kind: i.kind, officialSince: since, knownSince: i.knownSince ?? null });
      }
      break;
    }
    case 'resolution':
      next.resolutionOn = update.resolutionOn = body.date;
      next.votesFor = update.votesFor = body.votesFor;
      next.officialMembers = update.officialMembers = body.officialMembers;
      break;
    case 'extend':
      next.decisionExtended = update.decisionExtended = body.extended;
      break;
    case 'decision':
      next.decisionOn = update.decisionOn = body.date;
      break;
    case 'ceremony':
      next.ceremonyOn = update.ceremonyOn = body.date;
      break;
    case 'review':
      next.reviewOn = update.reviewOn = body.date;
      break;
    case 'outcome':
      next.outcome = update.outcome = body.outcome;
      next.outcomeOn = update.outcomeOn = body.date;
      break;
    case 'drop':
      next.droppedOn = update.droppedOn = body.date;
      break;
    case 'plan':
      update.plannedOn = body.plannedOn;
      break;
  }
  requireReached(body, p, w.lang);
  const on = today();
  refuse(checkSteps(next, on), w.lang);
  // a date planned for the next step may lie ahead, not before the last step; a step that moves the case to another stage spends it
  const plannedOn = body.step === 'plan' ? body.plannedOn : stageOf(next) !== stageOf(p) ? null : p.plannedOn;
  if (body.step === 'plan') refuse(checkPlan(next, plannedOn), w.lang);
  else if (plannedOn !== p.plannedOn) update.plannedOn = plannedOn;
  await withActor(db, w.actor, async (tx) => {
    if (Object.keys(update).length > 0) await repo.updateProspect(tx, id, update);
    if (introducers) await repo.replaceIntroducers(tx, id, introducers);
    // scope was checked before the transaction (the prospect's village, its cell at creation); checking again here
    // would query outside the transaction, which the embedded engine cannot serve while it is open; the rows of
    // the membership still pass the importer's scope guard, on the transaction
    const tw: Writer = { ...w, unitInScope: async () => true, personInScope: async () => true };
    if (body.step === 'ceremony') {
      if (!p.cellCode)
        throw new AppError('VALIDATION_FAILED', {
          detail: 'cellCode: chưa chọn chi bộ kết nạp / no admitting cell was chosen',
        });
      await admit(tx, p.personCode, { admittedOn: body.date, cellCode: p.cellCode, villageCode: p.villageCode }, tw);
    }
    if (body.step === 'outcome' && body.outcome === 'official') {
      await recordOfficial(
        tx,
        p.personCode,
        { admittedOn: p.ceremonyOn!, officialOn: probationEnds(p.ceremonyOn!) },
        tw,
      );
    }
    if (body.step === 'outcome' && body.outcome === 'removed')
      await endMember(tx, p.personCode, { endedOn: body.date, endReason: 'removed' }, tw);
  });
  return view((await repo.loadProspects(db, { id }))[0], w.lang, today());
}

/** Steps that need an earlier one: a decision needs the resolution, and so on (ADMISSION_STEP_MISSING, nothing written). */
function requireReached(body: StepBody, p: repo.ProspectRow, lang: Lang): void {
  const needs: Partial<Record<StepBody['step'], [keyof repo.ProspectRow, StepLabel, string]>> = {
    extend: ['resolutionOn', 'resolution', 'extended'],
    decision: ['resolutionOn', 'resolution', 'decisionOn'],
    ceremony: ['decisionOn', 'decision', 'ceremonyOn'],
    review: ['ceremonyOn', 'ceremony', 'reviewOn'],
    outcome: ['reviewOn', 'review', 'outcomeOn'],
  };
  const need = needs[body.step];
  if (!need || p[need[0]]) return;
  const step: StepLabel = body.step === 'outcome' ? body.outcome : (body.step as StepLabel);
  refuse(
    [{ severity: 'error', code: 'ADMISSION_STEP_MISSING', field: need[2], params: { need: need[1], step } }],
    lang,
  );
}

/** The prospects of a scope, optionally of one stage. */
export async function listProspects(db: Db, inScope: SQL | null, lang: Lang, stage?: Stage): Promise<ProspectView[]> {
  const list = await repo.loadProspects(db, { villageIn: inScope });
  const on = today();
  return list.map((p) => view(p, lang, on)).filter((v) => !stage || v.stage === stage);
}

/** What is overdue or due within 30 days, most urgent first. */
export async function dueList(db: Db, inScope: SQL | null, lang: Lang): Promise<ProspectView[]> {
  return (await listProspects(db, inScope, lang))
    .filter((v) => v.deadline?.urgency)
    .sort((a, b) => a.deadline!.due.localeCompare(b.deadline!.due));
}
