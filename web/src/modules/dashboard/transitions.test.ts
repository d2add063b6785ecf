import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memberCategories, type Change, type MemberCategory } from './model';
import { deriveTransitions } from './transitions';

type State = MemberCategory | null; // null: the village does not exist at that date

/** What the API reports for villages whose group at D1 and D2 is given, by docs/domain.md's definitions. */
function report(villages: [State, State][]) {
  const changes = {} as Record<MemberCategory, Change>;
  const leftTo = {} as Record<MemberCategory, (MemberCategory | undefined)[]>;
  for (const c of memberCategories) {
    const from = villages.filter(([a]) => a === c).length;
    const to = villages.filter(([, b]) => b === c).length;
    const left = villages.filter(([a, b]) => a === c && b !== null && b !== c);
    const entered = villages.filter(([a, b]) => a !== null && a !== c && b === c).length;
    const ceased = villages.filter(([a, b]) => a === c && b === null).length;
    const added = villages.filter(([a, b]) => a === null && b === c).length;
    changes[c] = { from, to, left: left.length, entered, ceased, new: added, net: to - from };
    leftTo[c] = left.map(([, b]) => b ?? undefined);
  }
  return { changes, leftTo };
}

const state = fc.constantFrom<State>('white', 'weak', 'strong', null);

describe('moves between member groups for the sankey', () => {
  it('adds up to each group at D1 (outgoing) and at D2 (incoming), and to each flow', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(state, state), { maxLength: 60 }), (villages) => {
        const { changes, leftTo } = report(villages);
        const moves = deriveTransitions(changes, leftTo);
        for (const c of memberCategories) {
          const out = moves.filter((m) => m.from === c).reduce((s, m) => s + m.count, 0);
          const into = moves.filter((m) => m.to === c).reduce((s, m) => s + m.count, 0);
          expect(out).toBe(changes[c].from);
          expect(into).toBe(changes[c].to);
          const enteredFromOthers = moves
            .filter((m) => m.to === c && m.from !== c && m.from !== 'new')
            .reduce((s, m) => s + m.count, 0);
          expect(enteredFromOthers).toBe(changes[c].entered);
        }
        // each pair counted exactly
        for (const m of moves) {
          const a = m.from === 'new' ? null : m.from;
          const b = m.to === 'ceased' ? null : m.to;
          expect(m.count).toBe(villages.filter(([x, y]) => x === a && y === b).length);
        }
      }),
    );
  });

  it('reports a village merged away as ceased and a new one as new', () => {
    const { changes, leftTo } = report([
      ['white', null],
      [null, 'strong'],
      ['weak', 'strong'],
    ]);
    expect(deriveTransitions(changes, leftTo)).toEqual([
      { from: 'white', to: 'ceased', count: 1 },
      { from: 'weak', to: 'strong', count: 1 },
      { from: 'new', to: 'strong', count: 1 },
    ]);
  });
});
