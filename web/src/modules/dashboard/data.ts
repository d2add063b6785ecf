/** The dashboard's requests: figures at a date, two dates compared, and the villages behind a number. */
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api';
import {
  listQuery,
  type Comparison,
  type Flow,
  type ListRequest,
  type Snapshot,
  type VillageCategory,
  type VillageListAt,
  type VillageListFlow,
} from './model';

export const fetchSnapshot = (scope: string, at: string, signal?: AbortSignal) =>
  apiGet<Snapshot>('/api/indicators', { scope, at }, signal);

/** The request of a unit's figures at a date. */
export const snapshotQuery = (scope: string | undefined, at: string) => ({
  queryKey: ['indicators', scope, at],
  queryFn: ({ signal }: { signal?: AbortSignal }) => fetchSnapshot(scope!, at, signal),
  staleTime: 60_000,
});

export function useSnapshot(scope: string | undefined, at: string, enabled = true) {
  return useQuery({ ...snapshotQuery(scope, at), enabled: enabled && !!scope });
}

export function useComparison(scope: string | undefined, dates: { from: string; to: string } | null) {
  return useQuery({
    queryKey: ['indicators', scope, dates?.from, dates?.to],
    queryFn: ({ signal }) => apiGet<Comparison>('/api/indicators', { scope, from: dates!.from, to: dates!.to }, signal),
    enabled: !!scope && !!dates,
    staleTime: 60_000,
  });
}

export const fetchListFlow = (
  scope: string,
  from: string,
  to: string,
  category: VillageCategory,
  flow: Flow,
  signal?: AbortSignal,
) => apiGet<VillageListFlow>('/api/indicators/villages', { scope, from, to, category, flow }, signal);

/** The list behind a number, however it was asked for (at a date, a flow, the villages that stayed in a group). */
export const fetchList = (req: ListRequest, signal?: AbortSignal) =>
  apiGet<VillageListAt | VillageListFlow>('/api/indicators/villages', listQuery(req), signal);
