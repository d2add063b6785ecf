/**
 * The rules the workflows enforce (DOMAIN.md, "Rules the workflows enforce"),
 * as dated configuration: each set holds from its effective date until the
 * next one, and every check uses the set in force on the date of the step.
 * The sets name the regulation that implements the Party Charter at the time;
 * the values that these regulations did not change are repeated, so that each
 * set reads whole.
 */
export interface RuleSet {
  /** The regulation's number, e.g. "294-QĐ/TW". */
  id: string;
  title: string;
  effectiveFrom: string;
  admission: {
    /** Age on the day the cell considers the case, in months: 18 to 60 years. */
    minAgeMonths: number;
    /** From this age on, admission needs the provincial committee's consent. */
    consentFromAgeMonths: number;
    introducers: number;
    /** How long each introducer must have known the prospect. */
    introducerKnownMonths: number;
    certificateValidYears: number;
    /** Share of the cell's official members the resolution needs. */
    resolutionQuorum: { numerator: number; denominator: number };
    decisionWorkingDays: number;
    decisionExtensionWorkingDays: number;
    ceremonyWorkingDays: number;
  };
  probation: { months: number; reviewWorkingDays: number; reviewDecisionWorkingDays: number };
  cells: { minOfficialMembers: number; committeeFromOfficialMembers: number };
  heads: { minAge: number; termYears: number; interimMaxMonths: number };
  transfers: { letterDays: number; temporaryMinMonths: number; temporaryMaxMonths: number; studyMaxMonths: number };
}

const common: Omit<RuleSet, 'id' | 'title' | 'effectiveFrom'> = {
  admission: {
    minAgeMonths: 18 * 12,
    consentFromAgeMonths: 60 * 12,
    introducers: 2,
    introducerKnownMonths: 12,
    certificateValidYears: 5,
    resolutionQuorum: { numerator: 2, denominator: 3 },
    decisionWorkingDays: 60,
    decisionExtensionWorkingDays: 30,
    ceremonyWorkingDays: 30,
  },
  probation: { months: 12, reviewWorkingDays: 30, reviewDecisionWorkingDays: 30 },
  cells: { minOfficialMembers: 3, committeeFromOfficialMembers: 9 },
  // the province decides 2.5 or 5 years; this province elects every 2.5 years
  heads: { minAge: 21, termYears: 2.5, interimMaxMonths: 6 },
  transfers: { letterDays: 30, temporaryMinMonths: 3, temporaryMaxMonths: 12, studyMaxMonths: 24 },
};

export const ruleSets: readonly RuleSet[] = [
  { id: '29-QĐ/TW', title: 'Quy định 29-QĐ/TW thi hành Điều lệ Đảng', effectiveFrom: '2016-07-25', ...common },
  { id: '24-QĐ/TW', title: 'Quy định 24-QĐ/TW thi hành Điều lệ Đảng', effectiveFrom: '2021-07-30', ...common },
  { id: '232-QĐ/TW', title: 'Quy định 232-QĐ/TW thi hành Điều lệ Đảng', effectiveFrom: '2025-01-20', ...common },
  { id: '294-QĐ/TW', title: 'Quy định 294-QĐ/TW thi hành Điều lệ Đảng', effectiveFrom: '2025-07-01', ...common },
];

/** The rule set in force on a date; before the first set, the first one. */
export function rulesAt(date: string): RuleSet {
  let found = ruleSets[0];
  for (const s of ruleSets) if (s.effectiveFrom <= date) found = s;
  return found;
}
