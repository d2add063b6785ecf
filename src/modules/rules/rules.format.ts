import type { Lang } from '../../platform/errors.js';
import type { RuleSet } from './rules.config.js';

/** The rule sets as a readable list for the command line. */
export function formatRuleSets(sets: readonly RuleSet[], lang: Lang): string {
  const vi = lang === 'vi';
  return sets
    .map((s) => {
      const a = s.admission;
      const lines = vi
        ? [
            `${s.id} — ${s.title}, hiệu lực từ ${s.effectiveFrom.split('-').reverse().join('/')}`,
            `  Kết nạp: từ ${a.minAgeMonths / 12} tuổi; từ ${a.consentFromAgeMonths / 12} tuổi cần tỉnh ủy đồng ý; ${a.introducers} người giới thiệu quen ${a.introducerKnownMonths} tháng; giấy chứng nhận học lớp nhận thức ${a.certificateValidYears} năm`,
            `  Nghị quyết chi bộ ≥ ${a.resolutionQuorum.numerator}/${a.resolutionQuorum.denominator} đảng viên chính thức; quyết định trong ${a.decisionWorkingDays} ngày làm việc (gia hạn ${a.decisionExtensionWorkingDays}); lễ kết nạp trong ${a.ceremonyWorkingDays} ngày làm việc`,
            `  Dự bị ${s.probation.months} tháng; xét trong ${s.probation.reviewWorkingDays} + ${s.probation.reviewDecisionWorkingDays} ngày làm việc`,
            `  Chi bộ: ít nhất ${s.cells.minOfficialMembers} đảng viên chính thức; từ ${s.cells.committeeFromOfficialMembers} bầu chi ủy. Trưởng thôn: từ ${s.heads.minAge} tuổi, nhiệm kỳ ${String(s.heads.termYears).replace('.', ',')} năm, tạm thời tối đa ${s.heads.interimMaxMonths} tháng`,
          ]
        : [
            `${s.id} — ${s.title}, in force from ${s.effectiveFrom}`,
            `  Admission: from age ${a.minAgeMonths / 12}; from ${a.consentFromAgeMonths / 12} the province's consent; ${a.introducers} introducers who have known the prospect ${a.introducerKnownMonths} months; class certificate valid ${a.certificateValidYears} years`,
            `  Cell resolution ≥ ${a.resolutionQuorum.numerator}/${a.resolutionQuorum.denominator} of official members; decision within ${a.decisionWorkingDays} working days (+${a.decisionExtensionWorkingDays}); ceremony within ${a.ceremonyWorkingDays} working days`,
            `  Probation ${s.probation.months} months; review within ${s.probation.reviewWorkingDays} + ${s.probation.reviewDecisionWorkingDays} working days`,
            `  Cells: at least ${s.cells.minOfficialMembers} official members; a committee from ${s.cells.committeeFromOfficialMembers}. Village heads: from age ${s.heads.minAge}, term ${s.heads.termYears} years, interim at most ${s.heads.interimMaxMonths} months`,
          ];
      return lines.join('\n');
    })
    .join('\n\n');
}
