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
import { AppError } from '../../platform/errors.js';
import { admissionsInPeriod, compare, snapshotFromCounts, villageList } from '../indicators/indicators.service.js';
import type { VillageItem } from '../indicators/indicators.schema.js';
import type { SnapshotCountsRow } from '../indicators/queries/snapshot.js';
import { scopeAt } from '../indicators/queries/scope-at.js';
import { reportHeading } from './reports.heading.js';
import { narrativeFigures, writeNarrative } from './reports.narrative.js';
import { ancestorsAt, childCountsAt, childUnitsAt } from './reports.repository.js';
import { reportPdf } from './reports.pdf.js';
import type { AppendixVillage, Report } from './reports.schema.js';
import { reportWorkbook } from './reports.xlsx.js';

const zeroCounts: SnapshotCountsRow = {
  villages: 0, white: 0, weak: 0, strong: 0, own_cell: 0, combined_only: 0, no_cell: 0, ready_for_cell: 0,
  party_head: 0, non_party_head: 0, vacant_head: 0, secretary_is_head: 0, members_total: 0, members_official: 0,
};

export interface ReportRequest {
  scope: string;
  from: string;
  to: string;
  /** The document's date; today when omitted. */
  issuedOn?: string;
  /** The name in the signer block. */
  signer?: string;
}

/** A village of an appendix: its place and members, without its head (a person). */
function appendixOf(v: VillageItem): AppendixVillage {
  return { code: v.code, name: v.name, subtype: v.subtype, commune: v.commune, members: v.members, cell: v.cell };
}

/** Builds the report of a scope over [from, to): the one model behind the API, the files and the portal draft. */
export async function buildReport(db: Db, req: ReportRequest): Promise<Report> {
  // compare() checks the dates and that the scope exists at both
  const comparison = await compare(db, req.scope, req.from, req.to);
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
  const list = async (category: 'white' | 'weak' | 'nonPartyHead') =>
    ((await villageList(db, { scope: req.scope, at: to }, category)).villages as VillageItem[]).map(appendixOf);
  const figures = narrativeFigures(comparison, admissions.total);
  const childLevel = children[0]?.level;
  return {
    scope: { code: unit.code, name: unit.name, level: unit.level },
    from,
    to,
    heading: reportHeading(chain, { from, to }, { issuedOn: req.issuedOn ? parseUserDate(req.issuedOn) : today(), signer: req.signer }),
    rowLevel: childLevel === undefined || childLevel === 'province' ? null : childLevel,
    rows,
    total: { figures: comparison.to, admissions: admissions.total },
    comparison,
    appendices: { white: await list('white'), weak: await list('weak'), nonPartyHead: await list('nonPartyHead') },
    narrative: { vi: writeNarrative(figures, 'vi'), en: writeNarrative(figures, 'en') },
  };
}

/** Records that a report left the system, and in which form: who took which figures. */
export async function recordReportExport(db: Db, actor: AuditActor, r: Report, format: string): Promise<void> {
  await recordEvent(db, actor, { action: 'export', entity: 'report', entityId: r.scope.code, detail: { scope: r.scope.code, from: r.from, to: r.to, format } });
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
export async function reportFile(db: Db, actor: AuditActor, req: ReportRequest | Report, format: ReportFormat): Promise<ReportFile> {
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
