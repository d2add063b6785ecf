/**
 * The rules the workflows enforce (docs/domain.md, "Rules the workflows enforce"),
 * as dated configuration: each set holds from its effective date until the
 * next one, and every check uses the set in force on the date of the step.
 * The sets name the regulation that implements the Party Charter at the time;
 * each set is written out whole, so that a value that changes is changed in
 * its own set only. Where a value is not known to have changed it is the same
 * in every set (the tests run every rule under every set).
 *
 * What did change between these regulations and is encoded here:
 * - the committee that decides an admission (and a readmission): the district
 *   committee (huyện ủy and equivalents) under 29, 24 and 232-QĐ/TW; a commune
 *   level committee under 294-QĐ/TW, when the district level was removed
 *   (1/7/2025).
 * What stayed the same from 29-QĐ/TW on: age 18 to 60 counted in months on the
 * day the cell considers the case (consent of the provincial committee only
 * OVER 60: from 60 years and 1 month, 721 months, not at exactly 720); two
 * official introducers who have known
 * the prospect 12 months; the awareness-class certificate valid 5 years;
 * readmission only once and at least 36 months after leaving; 3 official
 * members to found a cell, 9 to elect a cell committee.
 *
 * Before the first set (a step dated before 25/07/2016): ruleSetAt() answers
 * `beforeRuleSets`, which holds the first set's values (the oldest this system
 * knows; none of the values it checks is known to have been different under
 * the regulations before) under its own id and label, "before 29-QĐ/TW"
 * ("trước 29-QĐ/TW"), so that no step of those years is labelled with a
 * regulation that was not yet in force.
 *
 * A village head's term (2.5 or 5 years) is not a Party rule: the province
 * decides it, so it is the province's own dated choice below.
 */
export type DecidingLevel = 'district' | 'commune';

export type Lang = 'vi' | 'en';

/** The committee that decides an admission (and official recognition), by level, as the users name it. */
export const decidingBodies: Record<DecidingLevel, Record<Lang, string>> = {
  district: { vi: 'Huyện ủy và tương đương', en: 'District party committee or equivalent' },
  commune: { vi: 'Đảng ủy cấp xã', en: 'Commune-level party committee' },
};

export interface RuleSet {
  /** The regulation's number, e.g. "294-QĐ/TW" (before the first set: "before-29-QĐ/TW"). */
  id: string;
  /** How the set is named to users: the number; "trước 29-QĐ/TW" / "before 29-QĐ/TW" before the first set. */
  label: Record<Lang, string>;
  title: string;
  effectiveFrom: string;
  admission: {
    /** Age on the day the cell considers the case, in months: 18 to 60 years. */
    minAgeMonths: number;
    /**
     * Admission of a prospect OLDER than this (in full months on the day the
     * cell considers the case) needs the provincial committee's consent: 720,
     * so consent from 721 months (60 years and 1 month) on, not at exactly 60.
     */
    consentAboveAgeMonths: number;
    introducers: number;
    /** How long each introducer must have known the prospect. */
    introducerKnownMonths: number;
    certificateValidYears: number;
    /** Share of the cell's official members the resolution needs. */
    resolutionQuorum: { numerator: number; denominator: number };
    /** The level of the committee that decides an admission. */
    decidedBy: DecidingLevel;
    decisionWorkingDays: number;
    decisionExtensionWorkingDays: number;
    ceremonyWorkingDays: number;
  };
  probation: { months: number; reviewWorkingDays: number; reviewDecisionWorkingDays: number };
  membership: {
    /** How many times a person may be readmitted. */
    readmissionsAllowed: number;
    /** Months from the end of a membership before a readmission. */
    readmissionAfterMonths: number;
    /** Expulsion (khai trừ) is a discipline of official members; a probationary member who fails is removed instead. */
    expelOfficialOnly: boolean;
  };
  cells: { minOfficialMembers: number; committeeFromOfficialMembers: number };
  heads: {
    /** Age on the first day of the term. */
    minAge: number;
    /** The head must live in the village. */
    residentOnly: boolean;
    interimMaxMonths: number;
  };
  transfers: {
    /** Days from leaving the old placement to presenting the letter to the new one (in transit between). */
    letterDays: number;
    temporaryMinMonths: number;
    temporaryMaxMonths: number;
    /** A temporary placement for study may last this long. */
    studyMaxMonths: number;
  };
}

/** What the province decides for itself, dated like the rule sets. */
export interface ProvinceChoice {
  effectiveFrom: string;
  /** A village head's term: 2.5 or 5 years, as the province's people's committee decides. */
  headTermYears: 2.5 | 5;
  basis: string;
}

/** The rules in force on a day: the Party's set with the province's choices of that day. */
export type Rules = RuleSet & { heads: RuleSet['heads'] & { termYears: number } };

type Values = Omit<RuleSet, 'id' | 'label' | 'title' | 'effectiveFrom'>;

const admission: Omit<RuleSet['admission'], 'decidedBy'> = {
  minAgeMonths: 18 * 12,
  consentAboveAgeMonths: 60 * 12,
  introducers: 2,
  introducerKnownMonths: 12,
  certificateValidYears: 5,
  resolutionQuorum: { numerator: 2, denominator: 3 },
  decisionWorkingDays: 60,
  decisionExtensionWorkingDays: 30,
  ceremonyWorkingDays: 30,
};
const unchanged: Omit<Values, 'admission'> = {
  probation: { months: 12, reviewWorkingDays: 30, reviewDecisionWorkingDays: 30 },
  membership: { readmissionsAllowed: 1, readmissionAfterMonths: 36, expelOfficialOnly: true },
  cells: { minOfficialMembers: 3, committeeFromOfficialMembers: 9 },
  heads: { minAge: 21, residentOnly: true, interimMaxMonths: 6 },
  transfers: { letterDays: 30, temporaryMinMonths: 3, temporaryMaxMonths: 12, studyMaxMonths: 24 },
};

const named = (id: string) => ({ id, label: { vi: id, en: id } });

export const ruleSets: readonly RuleSet[] = [
  {
    ...named('29-QĐ/TW'),
    title: 'Quy định 29-QĐ/TW thi hành Điều lệ Đảng',
    effectiveFrom: '2016-07-25',
    ...unchanged,
    admission: { ...admission, decidedBy: 'district' },
  },
  {
    ...named('24-QĐ/TW'),
    title: 'Quy định 24-QĐ/TW thi hành Điều lệ Đảng',
    effectiveFrom: '2021-07-30',
    ...unchanged,
    admission: { ...admission, decidedBy: 'district' },
  },
  {
    ...named('232-QĐ/TW'),
    title: 'Quy định 232-QĐ/TW thi hành Điều lệ Đảng',
    effectiveFrom: '2025-01-20',
    ...unchanged,
    admission: { ...admission, decidedBy: 'district' },
  },
  {
    ...named('294-QĐ/TW'),
    title: 'Quy định 294-QĐ/TW thi hành Điều lệ Đảng',
    effectiveFrom: '2025-07-01',
    ...unchanged,
    admission: { ...admission, decidedBy: 'commune' },
  },
];

/**
 * What ruleSetAt() answers before the first set's effective date: the first
 * set's values, named as what they are, the rules before it ("trước
 * 29-QĐ/TW"). Its effectiveFrom is the earliest date there is; it is not one
 * of `ruleSets` (GET /api/rules lists the regulations themselves).
 */
export const beforeRuleSets: RuleSet = {
  ...ruleSets[0],
  id: `before-${ruleSets[0].id}`,
  label: { vi: `trước ${ruleSets[0].id}`, en: `before ${ruleSets[0].id}` },
  title: `Trước ${ruleSets[0].title} (áp dụng các giá trị của ${ruleSets[0].id})`,
  effectiveFrom: '0001-01-01',
};

/** A rule set's name for users, from its id (the id itself when it is not known). */
export function ruleSetLabel(id: string, lang: Lang): string {
  return [beforeRuleSets, ...ruleSets].find((s) => s.id === id)?.label[lang] ?? id;
}

/** This province elects its village heads every 2.5 years; a new entry from its date changes that. */
export const provinceChoices: readonly ProvinceChoice[] = [
  {
    effectiveFrom: '2012-01-01',
    headTermYears: 2.5,
    basis: 'Thông tư 04/2012/TT-BNV: nhiệm kỳ 2,5 hoặc 5 năm do Ủy ban nhân dân tỉnh quyết định',
  },
];

function inForce<T extends { effectiveFrom: string }>(list: readonly T[], date: string): T {
  let found = list[0];
  for (const s of list) if (s.effectiveFrom <= date) found = s;
  return found;
}

/** The Party rule set in force on a date; before the first set, `beforeRuleSets` (the first set's values, labelled "before" it). */
export function ruleSetAt(date: string): RuleSet {
  return date < ruleSets[0].effectiveFrom ? beforeRuleSets : inForce(ruleSets, date);
}

/** The province's choices in force on a date; before the first, the first. */
export function provinceAt(date: string): ProvinceChoice {
  return inForce(provinceChoices, date);
}

/** The rules in force on a date: the Party's set and the province's choices of that day. */
export function rulesAt(date: string): Rules {
  const s = ruleSetAt(date);
  return { ...s, heads: { ...s.heads, termYears: provinceAt(date).headTermYears } };
}

/**
 * Whether an admission needs the provincial committee's consent: the prospect
 * is OVER the set's age (60) in full months on the day `on` the cell
 * considers the case (or, in an import, the day of admission): 721 months
 * and more, not 720.
 */
export function needsConsent(ageMonths: number, on: string): boolean {
  return ageMonths > ruleSetAt(on).admission.consentAboveAgeMonths;
}
