import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ApiError, apiGet, apiPost, onUnauthorized, setCsrfToken } from '../lib/api';
import type { Schema } from '../api/types';
import { can, type Permission } from '../../../common/permissions';
import { PageLoading, ErrorState } from '../components/States';

/** The signed-in account, as /api/auth/login and /api/auth/me answer. */
export type Account = Schema<'SignedInAccount'>;

const ME = ['auth', 'me'] as const;

/** The query of who is signed in: the account, null when nobody is. */
export const accountQuery = {
  queryKey: ME,
  queryFn: async (): Promise<Account | null> => {
    try {
      const a = await apiGet<Account>('/api/auth/me');
      setCsrfToken(a.csrfToken);
      return a;
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return null;
      throw e;
    }
  },
  staleTime: Infinity,
  retry: false,
} as const;

/** Who is signed in: the account, null when nobody is, undefined while asking. */
export function useAccount() {
  return useQuery(accountQuery);
}

/** The account inside the signed-in layout, where it is known to exist. */
export function useSignedIn(): Account {
  const { data } = useAccount();
  if (!data) throw new Error('useSignedIn outside RequireAuth');
  return data;
}

export function useCan(p: Permission): boolean {
  return can(useAccount().data, p);
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { username: string; password: string }) => apiPost<Account>('/api/auth/login', body),
    onSuccess: (a) => {
      setCsrfToken(a.csrfToken);
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
      qc.setQueryData(ME, a);
    },
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => apiPost<null>('/api/auth/logout'),
    onSettled: () => {
      setCsrfToken(null);
      qc.setQueryData(ME, null);
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
    },
  });
}

let sessionEndedByServer = false;
/** Whether the last session ended by a 401 (expired, signed out elsewhere) rather than by signing out; reading it clears it. */
export function takeSessionEnded(): boolean {
  const r = sessionEndedByServer;
  sessionEndedByServer = false;
  return r;
}

/** Any 401 means the session is gone: forget the account, so the routes send the user to sign-in. */
export function useSessionWatch(): void {
  const qc = useQueryClient();
  useEffect(
    () =>
      onUnauthorized(() => {
        if (!qc.getQueryData(ME)) return;
        sessionEndedByServer = true;
        qc.setQueryData(ME, null);
      }),
    [qc],
  );
}

/** Renders its children for a signed-in account; otherwise sends to /login, remembering where the user was. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useAccount();
  const location = useLocation();
  if (me.isPending) return <PageLoading />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}
