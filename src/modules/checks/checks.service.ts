/**
 * The data-quality checks ("Kiểm tra dữ liệu", docs/domain.md): what each
 * check means, its severity and the rule it comes from, and the findings of
 * the register at a date or over all history (checks.repository.ts).
 */
import { ruleSetAt, rulesAt, type Lang } from '../../../common/rules.js';
import { formatDateVi, today } from '../../platform/dates.js';
import type { Db } from '../../platform/db.js';
import { findUnitByCode } from '../units/units.repository.js';
import { AppError } from '../errors.js';
import { findFaults, type FindingRow } from './checks.repository.js';

export type Severity = 'error' | 'warning';

export const checkCodes = [
  'CELL_TOO_FEW_OFFICIAL',
  'OWN_CELL_NO_MEMBER',
  'HEAD_UNDER_AGE',
  'HEAD_NOT_RESIDENT',
  'TRANSIT_TOO_LONG',
  'PROBATION_OVERDUE',
  'SECRETARY_NOT_MEMBER',
  'HEAD_OVERLAP',
  'SECRETARY_OVERLAP',
  'BIRTH_IN_FUTURE',
  'ADMITTED_UNDER_AGE',
  'AGE_IMPLAUSIBLE',
  'TWO_OFFICIAL_PLACEMENTS',
] as const;
export type CheckCode = (typeof checkCodes)[number];

interface CheckDef {
  severity: Severity;
  /** What the check looks for, plainly. */
  title: Record<Lang, string>;
  /** Where the rule comes from: a rule set (by the fault's date) or a fixed source. */
  rule: 'ruleSet' | { vi: string; en: string };
}

const charter = { vi: 'Điều lệ Đảng', en: 'Party Charter' };
const domain = { vi: 'docs/domain.md (Thời gian)', en: 'docs/domain.md (Time)' };

export const checks: Record<CheckCode, CheckDef> = {
  CELL_TOO_FEW_OFFICIAL: {
    severity: 'warning',
    rule: 'ruleSet',
    title: { vi: 'Chi bộ có dưới 3 đảng viên chính thức', en: 'A cell with fewer than 3 official members' },
  },
  OWN_CELL_NO_MEMBER: {
    severity: 'warning',
    rule: { vi: 'docs/domain.md (Chi bộ riêng)', en: 'docs/domain.md (Own cell)' },
    title: {
      vi: 'Thôn có chi bộ riêng nhưng không có đảng viên sinh hoạt',
      en: 'A village with its own cell but no member placed there',
    },
  },
  HEAD_UNDER_AGE: {
    severity: 'error',
    rule: 'ruleSet',
    title: {
      vi: 'Trưởng thôn chưa đủ 21 tuổi ngày bắt đầu nhiệm kỳ',
      en: 'A village head under 21 on the first day of the term',
    },
  },
  HEAD_NOT_RESIDENT: {
    severity: 'warning',
    rule: 'ruleSet',
    title: { vi: 'Trưởng thôn không cư trú ở thôn', en: 'A village head who does not live in the village' },
  },
  TRANSIT_TOO_LONG: {
    severity: 'warning',
    rule: 'ruleSet',
    title: { vi: 'Đảng viên chờ chuyển sinh hoạt quá thời hạn', en: 'A member in transit longer than the rules allow' },
  },
  PROBATION_OVERDUE: {
    severity: 'warning',
    rule: 'ruleSet',
    title: {
      vi: 'Hết 12 tháng dự bị mà chưa có quyết định công nhận chính thức hoặc xóa tên',
      en: 'Probation over 12 months with no recognition or removal',
    },
  },
  SECRETARY_NOT_MEMBER: {
    severity: 'error',
    rule: charter,
    title: {
      vi: 'Bí thư chi bộ không sinh hoạt ở chi bộ trong nhiệm kỳ',
      en: 'A cell secretary who is not a member of the cell during the term',
    },
  },
  HEAD_OVERLAP: {
    severity: 'error',
    rule: domain,
    title: { vi: 'Hai trưởng thôn cùng một lúc', en: 'Two heads of one village at once' },
  },
  SECRETARY_OVERLAP: {
    severity: 'error',
    rule: domain,
    title: { vi: 'Hai bí thư của một chi bộ cùng một lúc', en: 'Two secretaries of one cell at once' },
  },
  BIRTH_IN_FUTURE: {
    severity: 'error',
    rule: domain,
    title: { vi: 'Ngày sinh sau hôm nay', en: 'A birth date in the future' },
  },
  ADMITTED_UNDER_AGE: {
    severity: 'error',
    rule: 'ruleSet',
    title: { vi: 'Kết nạp khi chưa đủ 18 tuổi', en: 'Admitted under 18' },
  },
  AGE_IMPLAUSIBLE: {
    severity: 'warning',
    rule: domain,
    title: {
      vi: 'Đảng viên trên 110 tuổi (kiểm tra ngày sinh hoặc ngày ra khỏi Đảng)',
      en: 'A member over 110 (check the birth date or the end of membership)',
    },
  },
  TWO_OFFICIAL_PLACEMENTS: {
    severity: 'error',
    rule: { vi: 'docs/domain.md (Nơi sinh hoạt chính thức)', en: 'docs/domain.md (Official placement)' },
    title: { vi: 'Hai nơi sinh hoạt chính thức cùng một lúc', en: 'Two official placements at once' },
  },
};

export interface Named {
  code: string;
  name: string | null;
}

export interface Finding {
  code: CheckCode;
  severity: Severity;
  title: string;
  /** The finding in one sentence, naming the record and its dates. */
  message: string;
  rule: { id: string; label: string };
  person: Named | null;
  /** The other person of an overlap. */
  other: Named | null;
  village: Named | null;
  cell: Named | null;
  commune: Named | null;
  validFrom: string | null;
  validTo: string | null;
  /** The record whose page the link opens: the person, the village or the cell. */
  record: Named | null;
  /** The web app's page of the record: /people/CODE, /villages/CODE or /orgs/CODE. */
  link: string | null;
  detail: Record<string, unknown>;
}

export interface CheckResult {
  at: string | null;
  scope: string | null;
  count: { error: number; warning: number };
  findings: Finding[];
}

/** The rule values the checks use, from the rules in force on a date. */
export function limitsAt(date: string) {
  const r = rulesAt(date);
  return {
    minOfficialMembers: r.cells.minOfficialMembers,
    minHeadAge: r.heads.minAge,
    letterDays: r.transfers.letterDays,
    probationMonths: r.probation.months,
    minAdmissionAgeMonths: r.admission.minAgeMonths,
    maxAge: 110,
  };
}

const named = (code: string | null, name: string | null): Named | null => (code === null ? null : { code, name });
const d = (iso: string | null) => (iso === null ? '…' : formatDateVi(iso));

function describe(r: FindingRow, lang: Lang): string {
  const vi = lang === 'vi';
  const who = r.person_code ? `${r.person_name} (${r.person_code})` : '';
  const village = r.village_code ? `${r.village_name ?? ''} (${r.village_code})` : '';
  const cell = r.cell_code ? `${r.cell_name ?? ''} (${r.cell_code})` : '';
  const span = `${d(r.valid_from)} – ${r.valid_to === null ? (vi ? 'nay' : 'now') : d(r.valid_to)}`;
  const x = r.detail as Record<string, string | number>;
  switch (r.code as CheckCode) {
    case 'CELL_TOO_FEW_OFFICIAL':
      return vi
        ? `${cell} có ${x.officialMembers} đảng viên chính thức, cần ít nhất ${x.min} (${span})`
        : `${cell} has ${x.officialMembers} official members, at least ${x.min} are needed (${span})`;
    case 'OWN_CELL_NO_MEMBER':
      return vi
        ? `${village} có chi bộ riêng ${cell} nhưng không có đảng viên nào sinh hoạt tại thôn (${span})`
        : `${village} has its own cell ${cell} but no member placed there (${span})`;
    case 'HEAD_UNDER_AGE':
      return vi
        ? `${who}, trưởng ${village} từ ${d(r.valid_from)}, sinh ngày ${d(x.birthDate as string)}: chưa đủ ${x.minAge} tuổi`
        : `${who}, head of ${village} from ${d(r.valid_from)}, born ${d(x.birthDate as string)}: under ${x.minAge}`;
    case 'HEAD_NOT_RESIDENT':
      return vi
        ? `${who}, trưởng ${village} (${span}), cư trú ở ${x.residenceCode}`
        : `${who}, head of ${village} (${span}), lives in ${x.residenceCode}`;
    case 'TRANSIT_TOO_LONG':
      return vi
        ? `${who} rời ${cell} ngày ${d(r.valid_from)}, đến ${d(r.valid_to)} mới sinh hoạt ở nơi mới: ${x.days} ngày, quá ${x.maxDays} ngày`
        : `${who} left ${cell} on ${d(r.valid_from)} and was placed again on ${d(r.valid_to)}: ${x.days} days, over ${x.maxDays}`;
    case 'PROBATION_OVERDUE':
      return vi
        ? `${who} kết nạp ngày ${d(x.admittedOn as string)}, hết dự bị ngày ${d(x.probationEnds as string)} mà chưa được công nhận chính thức hoặc xóa tên`
        : `${who}, admitted on ${d(x.admittedOn as string)}, probation over on ${d(x.probationEnds as string)}, neither recognised nor removed`;
    case 'SECRETARY_NOT_MEMBER':
      return vi
        ? `${who}, bí thư ${cell}, không sinh hoạt chính thức ở chi bộ (${span})`
        : `${who}, secretary of ${cell}, is not an official member placed in the cell (${span})`;
    case 'HEAD_OVERLAP':
      return vi
        ? `${village} có hai trưởng thôn cùng lúc: ${who} và ${r.other_name} (${r.other_code}) (${span})`
        : `${village} has two heads at once: ${who} and ${r.other_name} (${r.other_code}) (${span})`;
    case 'SECRETARY_OVERLAP':
      return vi
        ? `${cell} có hai bí thư cùng lúc: ${who} và ${r.other_name} (${r.other_code}) (${span})`
        : `${cell} has two secretaries at once: ${who} and ${r.other_name} (${r.other_code}) (${span})`;
    case 'BIRTH_IN_FUTURE':
      return vi
        ? `${who} có ngày sinh ${d(x.birthDate as string)}, sau hôm nay`
        : `${who} has the birth date ${d(x.birthDate as string)}, after today`;
    case 'ADMITTED_UNDER_AGE':
      return vi
        ? `${who} sinh ngày ${d(x.birthDate as string)}, kết nạp ngày ${d(x.admittedOn as string)}: chưa đủ 18 tuổi`
        : `${who}, born ${d(x.birthDate as string)}, admitted on ${d(x.admittedOn as string)}: under 18`;
    case 'AGE_IMPLAUSIBLE':
      return vi
        ? `${who} sinh ngày ${d(x.birthDate as string)}, vẫn là đảng viên khi đã trên ${x.maxAge} tuổi (${span})`
        : `${who}, born ${d(x.birthDate as string)}, is still a member past ${x.maxAge} (${span})`;
    case 'TWO_OFFICIAL_PLACEMENTS':
      return vi
        ? `${who} sinh hoạt chính thức cùng lúc ở ${cell} và ${x.otherCellCode} (${span})`
        : `${who} has official placements in ${cell} and ${x.otherCellCode} at once (${span})`;
  }
}

/** The record whose page a finding opens (where the forms that correct it are), and that page. */
function recordOf(r: FindingRow): { record: Named | null; link: string | null } {
  const code = r.code as CheckCode;
  const byPerson =
    code !== 'CELL_TOO_FEW_OFFICIAL' &&
    code !== 'OWN_CELL_NO_MEMBER' &&
    code !== 'HEAD_OVERLAP' &&
    code !== 'SECRETARY_OVERLAP';
  const page = (path: string, c: string, name: string | null) => ({
    record: { code: c, name },
    link: `/${path}/${encodeURIComponent(c)}`,
  });
  if (byPerson && r.person_code) return page('people', r.person_code, r.person_name);
  if (r.village_code) return page('villages', r.village_code, r.village_name);
  if (r.cell_code) return page('orgs', r.cell_code, r.cell_name);
  return r.person_code ? page('people', r.person_code, r.person_name) : { record: null, link: null };
}

export function findingOf(r: FindingRow, lang: Lang): Finding {
  const code = r.code as CheckCode;
  const def = checks[code];
  const set = ruleSetAt(r.valid_from ?? r.placed_on);
  const rule =
    def.rule === 'ruleSet' ? { id: set.id, label: set.label[lang] } : { id: def.rule.en, label: def.rule[lang] };
  return {
    code,
    severity: def.severity,
    title: def.title[lang],
    message: describe(r, lang),
    rule,
    person: named(r.person_code, r.person_name),
    other: named(r.other_code, r.other_name),
    village: named(r.village_code, r.village_name),
    cell: named(r.cell_code, r.cell_name),
    commune: named(r.commune_code, r.commune_name),
    validFrom: r.valid_from,
    validTo: r.valid_to,
    ...recordOf(r),
    detail: r.detail,
  };
}

export interface CheckOptions {
  /** The date; omitted: today. Ignored with `all`. */
  at?: string;
  all?: boolean;
  /** A unit code: only findings whose commune (or village) is or was under it. */
  scope?: string | null;
  lang?: Lang;
}

/** Runs every check and returns the findings, ordered by commune. */
export async function runChecks(db: Db, o: CheckOptions = {}): Promise<CheckResult> {
  const now = today();
  const at = o.all ? null : (o.at ?? now);
  const lang = o.lang ?? 'vi';
  if (o.scope && !(await findUnitByCode(db, o.scope))) throw new AppError('UNIT_NOT_FOUND', { code: o.scope });
  const found = await findFaults(db, { at, today: now, scopeCode: o.scope ?? null, limits: limitsAt(at ?? now) });
  const findings = found.map((r) => findingOf(r, lang));
  return {
    at,
    scope: o.scope ?? null,
    count: {
      error: findings.filter((f) => f.severity === 'error').length,
      warning: findings.filter((f) => f.severity === 'warning').length,
    },
    findings,
  };
}

/** The findings as text, grouped by commune, for the command line. */
export function formatFindings(r: CheckResult, lang: Lang): string {
  const vi = lang === 'vi';
  const lines: string[] = [];
  lines.push(
    vi
      ? `Kiểm tra dữ liệu ${r.at === null ? 'toàn bộ lịch sử' : `ngày ${formatDateVi(r.at)}`}${r.scope ? `, đơn vị ${r.scope}` : ''}`
      : `Data checks ${r.at === null ? 'over all history' : `on ${r.at}`}${r.scope ? `, unit ${r.scope}` : ''}`,
  );
  let commune: string | undefined;
  for (const f of r.findings) {
    const key = f.commune ? `${f.commune.name ?? ''} (${f.commune.code})` : vi ? '(không rõ xã)' : '(no commune)';
    if (key !== commune) {
      lines.push('', key);
      commune = key;
    }
    const sev = f.severity === 'error' ? (vi ? 'LỖI' : 'ERROR') : vi ? 'CẢNH BÁO' : 'WARNING';
    lines.push(`  [${sev}] ${f.code}: ${f.message} — ${f.rule.label}${f.link ? ` — ${f.link}` : ''}`);
  }
  lines.push(
    '',
    vi ? `${r.count.error} lỗi, ${r.count.warning} cảnh báo` : `${r.count.error} errors, ${r.count.warning} warnings`,
  );
  return lines.join('\n');
}
