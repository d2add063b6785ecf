import { describe, expect, it } from 'vitest';
import type { OrgNode } from '../common/data';
import { buildTree, filterTree, parentCodes } from './tree';

const org = (
  code: string,
  parentCode: string | null,
  kind: OrgNode['kind'],
  members = 0,
  villages: string[] = [],
): OrgNode => ({
  code,
  name: `Tổ chức ${code}`,
  kind,
  parentCode,
  unitCode: null,
  villages: villages.map((v) => ({ code: v, name: v === 'V1' ? 'Thôn Đông' : `Thôn ${v}` })),
  members: { total: members, official: Math.max(0, members - 1) },
  secretary: null,
  committeeDue: false,
});

describe('the organisation tree', () => {
  const flat = [
    org('C1', 'D2', 'cell', 5, ['V1']),
    org('D1', null, 'committee'),
    org('D2', 'D1', 'committee'),
    org('C2', 'D2', 'cell', 3, ['V1', 'V2']),
    org('C3', 'D1', 'cell', 2, ['V3']),
  ];

  it('nests each organisation under its parent, committees first, and sums members and villages up the tree', () => {
    const [root, ...others] = buildTree(flat);
    expect(others).toEqual([]);
    expect(root.code).toBe('D1');
    expect(root.children!.map((c) => c.code)).toEqual(['D2', 'C3']);
    expect(root.total).toEqual({ total: 10, official: 7 });
    // V1 is covered by two cells and counted once
    expect(root.villageCount).toBe(3);
    expect(root.children![0].villageCount).toBe(2);
    expect(parentCodes([root])).toEqual(['D1', 'D2']);
  });

  it('makes a root of an organisation whose parent is outside the list, and survives a cycle', () => {
    const roots = buildTree([org('A', 'B', 'committee'), org('B', 'A', 'committee'), org('X', 'gone', 'cell', 1)]);
    expect(roots.map((r) => r.code)).toEqual(['X']);
    expect(buildTree([org('S', 'S', 'cell', 1)]).map((r) => r.code)).toEqual(['S']);
  });

  it('keeps what matches with the way down to it', () => {
    const tree = buildTree(flat);
    const found = filterTree(tree, (r) => r.villages.some((v) => v.code === 'V1'));
    expect(found[0].children!.map((c) => c.code)).toEqual(['D2']);
    expect(found[0].children![0].children!.map((c) => c.code)).toEqual(['C1', 'C2']);
    // a committee that matches keeps all under it
    expect(filterTree(tree, (r) => r.code === 'D2')[0].children![0].children!.map((c) => c.code)).toEqual(['C1', 'C2']);
    expect(filterTree(tree, () => false)).toEqual([]);
  });
});
