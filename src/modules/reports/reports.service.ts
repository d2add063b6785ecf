/**
 * The report of a scope over a period [D1, D2): the figures by child unit at
 * D2 with the scope's total, the comparison of D1 and D2 with its flows, the
 * admissions of the period by child unit, the appendices of villages and the
 * narrative. Built from the indicator engine; its files (xlsx, PDF) and the
 * portal draft are made from this one model.
 */
import { type AuditActor, recordEvent } from '../../platform/audit.js';
import { formatDateVi, parseUserDate, today } from '../../platform/dates.js';
import { slugify } from '../../platform/slug.js';
import type { Db } from '../../platform/db.js';
import { AppError } from '../errors.js';
import { admissionsInPeriod, compareFlows, snapshotFromCounts, villageList } from '../indicators/indicators.service.js';
import { changeCategories, type Comparison, type VillageItem } from '../indicators/indicators.schema.js';
import type { SnapshotCountsRow } from '../indicators/queries/snapshot.js';
import { scopeAt } from '../indicators/queries/scope-at.js';
import { reportHeading } from './reports.heading.js';
import { narrativeFigures, writeNarrative } from './reports.narrative.js';
import { districtsOf } from '../indicators/queries/districts.js';
import { ancestorsAt, childCountsAt, childUnitsAt } from './reports.repository.js';
import { reportPdf } from './reports.pdf.js';
import { documentNumber, type AppendixVillage, type Report } from './reports.schema.js';
import { reportWorkbook } from './reports.xlsx.js';

const zeroCounts: SnapshotCountsRow = {
  villages: 0,
  white: 0,
  weak: 0,
  strong: 0,
  own_cell: 0,
  combined_only: 0,
  no_cell: 0,
  ready_for_cell: 0,
  party_head: 0,
  non_party_head: 0,
  vacant_head: 0,
  secretary_is_head: 0,
  members_total: 0,
  members_official: 0,
};

export interface ReportRequest {
  scope: string;
  from: string;
  to: string;
  /** The document's date; today when omitted. */
  issuedOn?: string;
  /** The name in the signer block. */
  signer?: string;
  /** The document's number ("12": "Số 12-BC/BTCTU"); blank to fill in by hand when omitted. */
  number?: string;
  /**
   * Whether the appendix of villages whose head is not a party member names
   * the heads (personal data): for those who may read the register
   * (register.read) and the command line. False when omitted.
   */
  headNames?: boolean;
}

/** The document's number as given, checked; null when none is given. */
function checkedNumber(n: string | undefined): string | null {
  if (n === undefined || n.trim() === '') return null;
  const parsed = documentNumber.safeParse(n);
  if (!parsed.success)
    throw new AppError('VALIDATION_FAILED', {
      detail: `số văn bản "${n}" phải là 1 đến 6 chữ số / the document number must be 1 to 6 digits`,
    });
  return parsed.data;
}

/** Builds the report of a scope over [from, to): the one model behind the API, the files and the portal draft. */
export async function buildReport(db: Db, req: ReportRequest): Promise<Report> {
  // compareFlows() checks the dates and that the scope exists at both; `all` tells the villages that moved into or out of the scope
  const { moves, ...flows } = await compareFlows(db, req.scope, req.from, req.to, [...changeCategories, 'all']);
  const comparison: Comparison = {
    from: flows.from,
    to: flows.to,
    changes: Object.fromEntries(changeCategories.map((c) => [c, flows.changes[c]])) as Comparison['changes'],
  };
  const { from, to } = { from: comparison.from.at, to: comparison.to.at };
  const unit = await scopeAt(db, { code: req.scope, at: to });
  if (!unit || unit.name === null) throw new AppError('UNIT_NOT_VALID_AT', { code: req.scope, at: to });

  const [children, counts, admissions, chain] = [
    await childUnitsAt(db, unit.id, to),
    await childCountsAt(db, unit.id, to),
    // the one count of admissions, shared with targets
    await admissionsInPeriod(db, unit.code, from, to),
    await ancestorsAt(db, unit.id, to),
  ];
  const rows = children.map((c) => ({
    unit: { code: c.code, name: c.name, level: c.level },
    figures: snapshotFromCounts(c, to, counts.get(c.id) ?? zeroCounts),
    admissions: admissions.byChild.get(c.id) ?? 0,
  }));
  const number = checkedNumber(req.number);
  const headNames = req.headNames ?? false;
  const lists = {
    white: (await villageList(db, { scope: req.scope, at: to }, 'white')).villages as VillageItem[],
    weak: (await villageList(db, { scope: req.scope, at: to }, 'weak')).villages as VillageItem[],
    nonPartyHead: (await villageList(db, { scope: req.scope, at: to }, 'nonPartyHead')).villages as VillageItem[],
  };
  const communes = [
    ...new Set(
      Object.values(lists).flatMap((l) => l.map((v) => v.commune.code).filter((c): c is string => c !== null)),
    ),
  ];
  const districts = await districtsOf(db, communes, to);
  /** A village of an appendix: its place and members; its head's name only where asked (a person). */
  const appendixOf = (v: VillageItem, named: boolean): AppendixVillage => ({
    code: v.code,
    name: v.name,
    subtype: v.subtype,
    commune: v.commune,
    district: (v.commune.code && districts.get(v.commune.code)) || null,
    members: v.members,
    cell: v.cell,
    head: named && headNames ? (v.head?.name ?? null) : null,
  });
  const figures = narrativeFigures(comparison, admissions.total, moves);
  const childLevel = children[0]?.level;
  return {
    scope: { code: unit.code, name: unit.name, level: unit.level },
    from,
    to,
    heading: reportHeading(
      chain,
      { from, to },
      { issuedOn: req.issuedOn ? parseUserDate(req.issuedOn) : today(), signer: req.signer, number },
    ),
    rowLevel: childLevel === undefined || childLevel === 'country' ? null : childLevel,
    rows,
    total: { figures: comparison.to, admissions: admissions.total },
    comparison,
    appendices: {
      white: lists.white.map((v) => appendixOf(v, false)),
      weak: lists.weak.map((v) => appendixOf(v, false)),
      nonPartyHead: lists.nonPartyHead.map((v) => appendixOf(v, true)),
    },
    headNames,
    narrative: { vi: writeNarrative(figures, 'vi'), en: writeNarrative(figures, 'en') },
  };
}

/** Records that a report left the system, and in which form: who took which figures. */
export async function recordReportExport(db: Db, actor: AuditActor, r: Report, format: string): Promise<void> {
  // whether a file named the heads: it then holds personal data (the narrative never does)
  const named = r.headNames && r.appendices.nonPartyHead.length > 0 && (format === 'xlsx' || format === 'pdf');
  const detail = { scope: r.scope.code, from: r.from, to: r.to, format, ...(named ? { headNames: true } : {}) };
  await recordEvent(db, actor, { action: 'export', entity: 'report', entityId: r.scope.code, detail });
}

export type ReportFormat = 'xlsx' | 'pdf';

export interface ReportFile {
  data: Buffer;
  contentType: string;
  /** ASCII, safe in any header or file system: bao-cao-tinh-hung-yen-2013-01-01-2017-01-01.xlsx */
  fileName: string;
  /** The same in Vietnamese, for filename* (RFC 6266). */
  title: string;
}

const contentTypes: Record<ReportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/** The report of a period (or a report already built) as a file, recorded in the audit log once it is made. */
export async function reportFile(
  db: Db,
  actor: AuditActor,
  req: ReportRequest | Report,
  format: ReportFormat,
): Promise<ReportFile> {
  const r = 'heading' in req ? req : await buildReport(db, req);
  const data = format === 'xlsx' ? await reportWorkbook(r) : await reportPdf(r);
  await recordReportExport(db, actor, r, format);
  return {
    data,
    contentType: contentTypes[format],
    fileName: `bao-cao-${slugify(r.scope.name)}-${r.from}-${r.to}.${format}`,
    title: `Báo cáo ${r.scope.name} ${formatDateVi(r.from).replaceAll('/', '-')} đến ${formatDateVi(r.to).replaceAll('/', '-')}.${format}`,
  };
}
