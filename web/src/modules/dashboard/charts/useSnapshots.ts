import { useQueries } from '@tanstack/react-query';
import { fetchSnapshot } from '../data';
import type { Snapshot } from '../model';

/** One snapshot per (scope, date) pair, as the per-year and per-unit charts need; a failed one is a gap. */
export function useSnapshots(pairs: { scope: string; at: string }[]) {
  return useQueries({
    queries: pairs.map(({ scope, at }) => ({
      queryKey: ['indicators', scope, at],
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchSnapshot(scope, at, signal),
      staleTime: 60_000,
      retry: false,
    })),
    combine: (results) => ({
      data: results.map((r) => (r.data as Snapshot | undefined) ?? null),
      done: results.filter((r) => !r.isPending).length,
      failed: results.filter((r) => r.isError).length,
      firstError: results.find((r) => r.isError)?.error,
    }),
  });
}
