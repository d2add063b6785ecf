/** The figures of a snapshot, in the order and groups the dashboard shows them. */
import type { ChangeCategory, Snapshot, VillageCategory } from './model';

export type FigureKey =
  | 'villages'
  | 'white'
  | 'weak'
  | 'strong'
  | 'ownCell'
  | 'combinedOnly'
  | 'noCell'
  | 'readyForCell'
  | 'partyHead'
  | 'nonPartyHead'
  | 'vacantHead'
  | 'secretaryIsHead'
  | 'ratio'
  | 'membersTotal'
  | 'membersOfficial'
  | 'membersProbationary';

export type FigureGroup = 'villages' | 'cells' | 'heads' | 'members';

export interface Figure {
  key: FigureKey;
  group: FigureGroup;
  /** The villages behind the number. */
  category: VillageCategory;
  /** The comparison's flows for this figure, where the API reports them. */
  change?: ChangeCategory;
  value: (s: Snapshot) => number;
  /** Which way is progress under the directive: colours the net change. */
  better?: 'up' | 'down';
  /** Villages are counted; members are summed over the villages listed; the ratio is a percentage. */
  kind: 'villages' | 'members' | 'ratio';
}

const v = (
  key: FigureKey,
  group: FigureGroup,
  category: VillageCategory,
  value: Figure['value'],
  more: Partial<Figure> = {},
): Figure => ({
  key,
  group,
  category,
  value,
  kind: 'villages',
  ...more,
});

export const figures: Figure[] = [
  v('villages', 'villages', 'all', (s) => s.villages),
  v('white', 'villages', 'white', (s) => s.white, { change: 'white', better: 'down' }),
  v('weak', 'villages', 'weak', (s) => s.weak, { change: 'weak', better: 'down' }),
  v('strong', 'villages', 'strong', (s) => s.strong, { change: 'strong', better: 'up' }),
  v('ownCell', 'cells', 'ownCell', (s) => s.ownCell, { better: 'up' }),
  v('combinedOnly', 'cells', 'combinedOnly', (s) => s.combinedOnly),
  v('noCell', 'cells', 'noCell', (s) => s.noCell, { change: 'noCell', better: 'down' }),
  v('readyForCell', 'cells', 'readyForCell', (s) => s.readyForCell),
  v('partyHead', 'heads', 'partyHead', (s) => s.heads.party, { better: 'up' }),
  v('nonPartyHead', 'heads', 'nonPartyHead', (s) => s.heads.nonParty, { change: 'nonPartyHead', better: 'down' }),
  v('vacantHead', 'heads', 'vacantHead', (s) => s.heads.vacant, { better: 'down' }),
  v('secretaryIsHead', 'heads', 'secretaryIsHead', (s) => s.secretaryIsHead),
  v('ratio', 'heads', 'nonPartyHead', (s) => s.nonPartyHeadRatio.percent, { kind: 'ratio', better: 'down' }),
  v('membersTotal', 'members', 'all', (s) => s.members.total, { kind: 'members', better: 'up' }),
  v('membersOfficial', 'members', 'all', (s) => s.members.official, { kind: 'members' }),
  v('membersProbationary', 'members', 'all', (s) => s.members.probationary, { kind: 'members' }),
];

export const figureGroups: FigureGroup[] = ['villages', 'cells', 'heads', 'members'];

export const figureByKey = (key: string | null): Figure | undefined => figures.find((f) => f.key === key);
