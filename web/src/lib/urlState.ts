import { useSearchParams } from 'react-router';

/**
 * A screen's choices kept in the address (?at=&q=…), so that a reload or a
 * shared link shows the same view. An empty value removes the parameter. A
 * change replaces the history entry, unless `push` makes it a step that Back
 * undoes (a search, a page of its results).
 */
export function useUrlState({ push = false } = {}) {
  const [params, setParams] = useSearchParams();
  const update = (changes: Record<string, string | null | undefined>) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        for (const [k, v] of Object.entries(changes))
          if (v) next.set(k, v);
          else next.delete(k);
        return next;
      },
      { replace: !push },
    );
  return [params, update] as const;
}

/** The page of a list that the server sends a page at a time (?page=), 1 when the address has none. */
export const pageParam = (params: URLSearchParams) => Math.max(1, Number(params.get('page')) || 1);
