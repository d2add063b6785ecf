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
