/** Requests shared by the register screens, and the one way a change refreshes what is shown. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Schema } from '../../api/types';
import { apiGet } from '../../lib/api';

export type OrgsList = Schema<'OrgsList'>;
export type OrgNode = Schema<'OrgNode'>;
export type PeopleList = Schema<'PeopleList'>;
export type PersonItem = PeopleList['items'][number];

/** The party organisations within the account's scope at a date (flat, with parents). */
export function useOrgs(at: string) {
  return useQuery({
    queryKey: ['orgs', at],
    queryFn: ({ signal }) => apiGet<OrgsList>('/api/orgs', { at }, signal),
    staleTime: 60_000,
  });
}

export interface PeopleSearch {
  q?: string;
  card?: string;
  village?: string;
  limit?: number;
  offset?: number;
}

export function usePeopleSearch(s: PeopleSearch, enabled = true) {
  return useQuery({
    queryKey: ['people', s],
    queryFn: ({ signal }) => apiGet<PeopleList>('/api/people', { ...s }, signal),
    enabled,
    staleTime: 30_000,
    placeholderData: (prev) => prev,
  });
}

/**
 * After a change every figure, list and record may differ: drop what is
 * cached (but the session) so that what is on screen is asked for again.
 */
export function useRefreshRegister(): () => Promise<void> {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
}
