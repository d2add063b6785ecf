/**
 * The province's settings for the documents it issues, dated like the
 * province's other choices (common/rules.ts, provinceChoices): each entry
 * holds from its date until the next, and a document takes the entry in
 * force on the day it is issued (`issuedOn`).
 *
 * A province's report is issued by the organisation board of its committee
 * (Hướng dẫn 36-HD/VPTW): the committee at the top left ("TỈNH ỦY HƯNG YÊN"),
 * the board under it ("BAN TỔ CHỨC"), and the board's abbreviation after the
 * kind of document in its number ("Số 12-BC/BTCTU"). The committee is named
 * from the province in the register as it stood at D2 ("Tỉnh Hưng Yên" ->
 * "TỈNH ỦY HƯNG YÊN") unless an entry names it. The defaults are those of
 * the demo province, Hưng Yên; another province changes the entries here
 * (a change from a date is a new entry from that date).
 *
 * Reports of lower units are issued by their own committees, whose
 * abbreviations are the guide's and need no setting (reports.heading.ts).
 */

/** What the province's documents say of their issuer, from a date. */
export interface DocumentSettings {
  effectiveFrom: string;
  /**
   * The committee above the issuing body, when it is not named from the
   * province in the register: the heading's line ("TỈNH ỦY HƯNG YÊN") and
   * the name in a sentence ("Tỉnh ủy Hưng Yên"). Null: named from the register.
   */
  committee: { heading: string; name: string } | null;
  /** The issuing body in the heading, upper case: "BAN TỔ CHỨC". */
  body: string;
  /** The issuing body in a sentence, before the committee's name: "Ban Tổ chức" (Tỉnh ủy Hưng Yên). */
  bodyName: string;
  /** The issuing body's abbreviation in a document's number: "BTCTU" in "Số 12-BC/BTCTU". */
  abbreviation: string;
  /** Where it comes from. */
  basis: string;
}

export const provinceDocumentSettings: readonly DocumentSettings[] = [
  {
    effectiveFrom: '1990-01-01',
    committee: null,
    body: 'BAN TỔ CHỨC',
    bodyName: 'Ban Tổ chức',
    abbreviation: 'BTCTU',
    basis: 'Hướng dẫn 36-HD/VPTW: tên viết tắt của Ban Tổ chức Tỉnh ủy',
  },
];

/** The settings in force on a day; before the first entry, the first. */
export function documentSettingsAt(
  day: string,
  list: readonly DocumentSettings[] = provinceDocumentSettings,
): DocumentSettings {
  let found = list[0];
  for (const s of list) if (s.effectiveFrom <= day) found = s;
  return found;
}
