/**
 * Moves between the member groups (white, weak, strong) from D1 to D2, for
 * the sankey chart. The comparison gives per group how many left, ceased and
 * were new; where the villages that left a group went comes from the list
 * behind its `left` flow, each of which names the village's group at D2.
 */
import { memberCategories, type Change, type MemberCategory } from './model';

export interface Transition {
  from: MemberCategory | 'new';
  to: MemberCategory | 'ceased';
  count: number;
}

export function deriveTransitions(
  changes: Record<MemberCategory, Change>,
  leftTo: Record<MemberCategory, (MemberCategory | undefined)[]>,
): Transition[] {
  const out: Transition[] = [];
  for (const c of memberCategories) {
    const ch = changes[c];
    const stayed = ch.from - ch.left - ch.ceased;
    if (stayed > 0) out.push({ from: c, to: c, count: stayed });
    for (const target of memberCategories) {
      const n = leftTo[c].filter((t) => t === target).length;
      if (target !== c && n > 0) out.push({ from: c, to: target, count: n });
    }
    if (ch.ceased > 0) out.push({ from: c, to: 'ceased', count: ch.ceased });
  }
  for (const c of memberCategories) if (changes[c].new > 0) out.push({ from: 'new', to: c, count: changes[c].new });
  return out;
}
