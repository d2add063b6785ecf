import { useSearchParams } from 'react-router';

/**
 * A screen's choices kept in the address (?at=&q=…), so that a reload or a
 * shared link shows the same view. An empty value removes the parameter.
 */
export function useUrlState() {
  const [params, setParams] = useSearchParams();
  const update = (changes: Record<string, string | null | undefined>) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        for (const [k, v] of Object.entries(changes)) if (v) next.set(k, v);
        else next.delete(k);
        return next;
      },
      { replace: true },
    );
  return [params, update] as const;
}
