/**
 * The generator's working model: units, cells, people and members with their
 * histories, all dated in day numbers. The simulation mutates it month by
 * month; the writer turns it into Register rows at the end.
 */
import { dayOf, type Day } from './demo.dates.js';

/** The demo province as it is today: Hưng Yên, which Thái Bình (province 34) joined on 1/7/2025. */
export const PROVINCE = '33';
export const START = dayOf(2005, 1, 1);
/** The commune reform (19/2025/QĐ-TTg and the UBTVQH resolutions): districts end, communes merge. */
export const REFORM = dayOf(2025, 7, 1);
/** Directive 14-CT/TU of 15/3/2013: from here on, weak villages get reinforcements. */
export const DIRECTIVE = dayOf(2013, 3, 15);
/**
 * The oldest a person starts a village head's or a cell secretary's term in
 * the demo, elected or interim. The rule sets give only a least age (a head
 * is 21 or older on the term's first day: heads.minAge in common/rules.ts)
 * and no upper one; commune officials retire at 60-62, and villages do elect
 * older heads and secretaries, but the demo starts no one's term past 70.
 */
export const MAX_AGE_STARTING_TERM = 70;
/** The last day the demo's history reaches. */
export const TODAY = dayOf(2026, 11, 27);
export const REFORM_DECISION = 'Nghị quyết của UBTVQH về sắp xếp ĐVHC cấp xã năm 2025';
/** The merger of the provinces (Nghị quyết 202/2025/QH15): Thái Bình and Hưng Yên become the new Hưng Yên. */
export const MERGER_DECISION = 'Nghị quyết 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh';
/** The decision behind a village split or merge, by the province the village was in then. */
export const villageDecision = (provinceName: string): string =>
  `Nghị quyết của HĐND ${provinceName.replace(/^Tỉnh/, 'tỉnh')} về sắp xếp thôn, tổ dân phố (dữ liệu minh họa)`;

/** A province before 1/7/2025: Hưng Yên itself, and Thái Bình, merged into it. */
export interface OldProvince {
  code: string;
  name: string;
  type: string;
}

export interface District {
  code: string;
  name: string;
  type: string;
  provinceCode: string;
}

export interface Commune {
  code: string;
  name: string;
  type: string;
  districtCode: string;
  /** The province before 1/7/2025. */
  provinceCode: string;
  /** The new communes it went into on 1/7/2025 (several when the lineage says partial). */
  successors: string[];
  partial: boolean;
}

export interface NewCommune {
  code: string;
  name: string;
  type: string;
}

/** S: strong (3+ members) in 2013; K: weak (1-2) in 2013; W: white (0) in 2013. */
export type VillageClass = 'S' | 'K' | 'W';

export interface Village {
  code: string;
  name: string;
  subtype: string;
  /** The province of its commune before 1/7/2025. */
  oldProvince: string;
  oldCommune: string;
  newCommune: string;
  from: Day | null;
  to: Day | null;
  cls: VillageClass;
  /** The member count the village's party life is heading for at a day (the plan the simulation follows). */
  desired: (d: Day) => number;
  /** Position among the commune's villages: neighbours are close in this order. */
  order: number;
  /** Hosts the members of cell-less villages nearby; never split or merged. */
  anchor: boolean;
  /** Planned to be split or merged. */
  event: boolean;
  ownCell: Cell | null;
  combined: Cell | null;
  members: Set<Member>;
}

export type CellKind = 'own' | 'combined' | 'agency';

export interface Cell {
  code: string;
  kind: CellKind;
  from: Day | null;
  to: Day | null;
  /** Old commune (before the reform) and new commune (after): the committees it reports to. */
  oldCommune: string;
  newCommune: string;
  /** The village of an own cell (or of a combined cell once only one village is left in it). */
  village: Village | null;
  convertedAt: Day | null;
  name: string;
  coverage: { village: Village; from: Day | null; to: Day | null }[];
}

export interface Person {
  code: string;
  name: string;
  birth: Day;
  gender: 'male' | 'female';
  ethnicity: string;
  residence: string | null;
  official: boolean;
  member: Member | null;
}

export type PlacementReason = 'admission' | 'transfer' | 'reinforcement' | 'return' | 'other';

export interface Segment {
  cell: string;
  village: string | null;
  from: Day;
  to: Day | null;
  kind: 'official' | 'temporary';
  reason: PlacementReason;
}

export interface Member {
  person: Person;
  admitted: Day;
  official: Day | null;
  ended: Day | null;
  endReason: 'death' | 'removed' | 'expelled' | 'resigned' | null;
  cardNo: string | null;
  /** The village the member counts for now (null: a commune agency cell). */
  village: Village | null;
  /** Commune officials: the commune whose agency cell they belong to. */
  agency: string | null;
  /** Local residents admitted in their village, never moved: the people a village elects. */
  local: boolean;
  returnOn: Day | null;
  segs: Segment[];
  done: boolean;
}
