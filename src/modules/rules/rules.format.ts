import type { Lang } from '../../platform/errors.js';
import { decidingBodies, type ProvinceChoice, type RuleSet } from '../../../common/rules.js';

const dmy = (iso: string) => iso.split('-').reverse().join('/');

/** The rule sets, and the province's own choices, as a readable list for the command line. */
export function formatRuleSets(sets: readonly RuleSet[], province: readonly ProvinceChoice[], lang: Lang): string {
  const vi = lang === 'vi';
  const blocks = sets.map((s) => {
    const a = s.admission;
    const m = s.membership;
    const t = s.transfers;
    const lines = vi
      ? [
          `${s.id} — ${s.title}, hiệu lực từ ${dmy(s.effectiveFrom)}`,
          `  Kết nạp: từ ${a.minAgeMonths / 12} tuổi; trên ${a.consentAboveAgeMonths / 12} tuổi (từ ${a.consentAboveAgeMonths + 1} tháng tuổi) cần tỉnh ủy đồng ý; ${a.introducers} người giới thiệu quen ${a.introducerKnownMonths} tháng; giấy chứng nhận học lớp nhận thức ${a.certificateValidYears} năm`,
          `  Nghị quyết chi bộ ≥ ${a.resolutionQuorum.numerator}/${a.resolutionQuorum.denominator} đảng viên chính thức; ${decidingBodies[a.decidedBy].vi} quyết định trong ${a.decisionWorkingDays} ngày làm việc (gia hạn ${a.decisionExtensionWorkingDays}); lễ kết nạp trong ${a.ceremonyWorkingDays} ngày làm việc`,
          `  Dự bị ${s.probation.months} tháng; xét trong ${s.probation.reviewWorkingDays} + ${s.probation.reviewDecisionWorkingDays} ngày làm việc`,
          `  Kết nạp lại tối đa ${m.readmissionsAllowed} lần, sau ít nhất ${m.readmissionAfterMonths} tháng; ${m.expelOfficialOnly ? 'chỉ khai trừ đảng viên chính thức' : 'khai trừ cả đảng viên dự bị'}`,
          `  Chi bộ: ít nhất ${s.cells.minOfficialMembers} đảng viên chính thức; từ ${s.cells.committeeFromOfficialMembers} bầu chi ủy. Trưởng thôn: từ ${s.heads.minAge} tuổi${s.heads.residentOnly ? ', cư trú ở thôn' : ''}, tạm thời tối đa ${s.heads.interimMaxMonths} tháng`,
          `  Chuyển sinh hoạt: giấy giới thiệu trong ${t.letterDays} ngày; tạm thời ${t.temporaryMinMonths} đến ${t.temporaryMaxMonths} tháng, đi học đến ${t.studyMaxMonths} tháng`,
        ]
      : [
          `${s.id} — ${s.title}, in force from ${s.effectiveFrom}`,
          `  Admission: from age ${a.minAgeMonths / 12}; over ${a.consentAboveAgeMonths / 12} (from ${a.consentAboveAgeMonths + 1} months of age) the province's consent; ${a.introducers} introducers who have known the prospect ${a.introducerKnownMonths} months; class certificate valid ${a.certificateValidYears} years`,
          `  Cell resolution ≥ ${a.resolutionQuorum.numerator}/${a.resolutionQuorum.denominator} of official members; the ${decidingBodies[a.decidedBy].en.toLowerCase()} decides within ${a.decisionWorkingDays} working days (+${a.decisionExtensionWorkingDays}); ceremony within ${a.ceremonyWorkingDays} working days`,
          `  Probation ${s.probation.months} months; review within ${s.probation.reviewWorkingDays} + ${s.probation.reviewDecisionWorkingDays} working days`,
          `  Readmission at most ${m.readmissionsAllowed} time(s), at least ${m.readmissionAfterMonths} months after leaving; ${m.expelOfficialOnly ? 'only official members are expelled' : 'probationary members may be expelled'}`,
          `  Cells: at least ${s.cells.minOfficialMembers} official members; a committee from ${s.cells.committeeFromOfficialMembers}. Village heads: from age ${s.heads.minAge}${s.heads.residentOnly ? ', living in the village' : ''}, interim at most ${s.heads.interimMaxMonths} months`,
          `  Transfers: letter within ${t.letterDays} days; temporary ${t.temporaryMinMonths} to ${t.temporaryMaxMonths} months, study up to ${t.studyMaxMonths} months`,
        ];
    return lines.join('\n');
  });
  const first = sets[0];
  const before = first
    ? [
        vi
          ? `Trước ${dmy(first.effectiveFrom)}: kiểm tra theo các giá trị của ${first.id}, ghi là "trước ${first.id}"`
          : `Before ${first.effectiveFrom}: checked with the values of ${first.id}, labelled "before ${first.id}"`,
      ]
    : [];
  const choices = province.map((p) =>
    vi
      ? `Tỉnh quyết định, từ ${dmy(p.effectiveFrom)}: nhiệm kỳ trưởng thôn ${String(p.headTermYears).replace('.', ',')} năm (${p.basis})`
      : `The province's choice from ${p.effectiveFrom}: village head term ${p.headTermYears} years (${p.basis})`,
  );
  return [...before, ...blocks, choices.join('\n')].join('\n\n');
}
