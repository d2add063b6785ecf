import { useQuery } from '@tanstack/react-query';
import type { Schema } from '../api/types';
import { apiGet } from './api';

export type UnitNode = Schema<'UnitNode'>;
type TreeResponse = Schema<'UnitTree'>;

/** The request of the unit tree the account may see, valid at a date (the whole subtree of its scope). */
export const unitTreeQuery = (at: string) => ({
  queryKey: ['units', 'tree', at],
  queryFn: ({ signal }: { signal?: AbortSignal }) => apiGet<TreeResponse>('/api/units/tree', { at }, signal),
  staleTime: 5 * 60_000,
});

/** The unit tree the account may see, valid at a date. */
export function useUnitTree(at: string, enabled = true) {
  return useQuery({ ...unitTreeQuery(at), enabled });
}

/** Depth-first search for a unit by code. */
export function findUnit(units: UnitNode[] | undefined, code: string | null | undefined): UnitNode | undefined {
  if (!units || !code) return undefined;
  for (const u of units) {
    if (u.code === code) return u;
    const found = findUnit(u.children, code);
    if (found) return found;
  }
  return undefined;
}

/**
 * The unit a screen opens on when the account names none: the top of the
 * tree, or, when the country holds one province only (a province's own
 * register), that province.
 */
export function startUnit(units: UnitNode[] | undefined): UnitNode | undefined {
  const top = units?.[0];
  return top?.level === 'country' && top.children.length === 1 ? top.children[0] : top;
}

/**
 * The district of each commune in a unit tree, by the commune's code: the
 * communes under a district node (none from 1/7/2025, when communes sit under
 * the province, nor in a tree whose root is a commune).
 */
export function districtsOf(units: UnitNode[] | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (nodes: UnitNode[]) => {
    for (const u of nodes) {
      if (u.level === 'district') for (const c of u.children) if (c.level === 'commune') out.set(c.code, u.name);
      walk(u.children);
    }
  };
  walk(units ?? []);
  return out;
}
