/** The flat list of organisations as a tree, with each committee's totals over what is under it. */
import type { OrgNode } from '../common/data';

export interface OrgRow extends OrgNode {
  /** Members of the organisation and all under it. */
  total: { total: number; official: number };
  /** Villages covered by the organisation's cells, counted once. */
  villageCount: number;
  children?: OrgRow[];
}

// committees before cells, then by name
const byName = (a: OrgRow, b: OrgRow) => b.kind.localeCompare(a.kind) || a.name.localeCompare(b.name, 'vi');

/** Roots are the organisations whose parent is not in the list (the scope's top). */
export function buildTree(orgs: OrgNode[]): OrgRow[] {
  const rows = new Map<string, OrgRow>(orgs.map((o) => [o.code, { ...o, total: { ...o.members }, villageCount: 0 }]));
  const kids = new Map<string, OrgRow[]>();
  const roots: OrgRow[] = [];
  for (const r of rows.values()) {
    if (r.parentCode !== null && rows.has(r.parentCode) && r.parentCode !== r.code)
      kids.set(r.parentCode, [...(kids.get(r.parentCode) ?? []), r]);
    else roots.push(r);
  }
  const done = new Set<string>();
  const fill = (r: OrgRow): Set<string> => {
    const villages = new Set(r.villages.map((v) => v.code));
    // a cycle in bad data must not loop forever
    if (done.has(r.code)) return villages;
    done.add(r.code);
    const children = (kids.get(r.code) ?? []).sort(byName);
    if (children.length > 0) r.children = children;
    for (const c of children) {
      for (const v of fill(c)) villages.add(v);
      r.total = { total: r.total.total + c.total.total, official: r.total.official + c.total.official };
    }
    r.villageCount = villages.size;
    return villages;
  };
  roots.sort(byName).forEach(fill);
  return roots;
}

/** The rows that match, with the ancestors that lead to them (a match keeps its whole subtree). */
export function filterTree(rows: OrgRow[], matches: (r: OrgRow) => boolean): OrgRow[] {
  const walk = (list: OrgRow[]): OrgRow[] =>
    list.flatMap((r) => {
      if (matches(r)) return [r];
      const children = walk(r.children ?? []);
      return children.length > 0 ? [{ ...r, children }] : [];
    });
  return walk(rows);
}

/** Codes of every row that has children, for "expand all". */
export function parentCodes(rows: OrgRow[], out: string[] = []): string[] {
  for (const r of rows) {
    if (r.children) {
      out.push(r.code);
      parentCodes(r.children, out);
    }
  }
  return out;
}
