import { useQuery } from '@tanstack/react-query';
import i18n from '../../i18n';
import { apiGet } from '../../lib/api';
import type { ApiAnswer } from '../../api/types';

export type CheckResult = ApiAnswer<'/api/checks'>;
export type Finding = CheckResult['findings'][number];

/** GET /api/checks at a date, or over all history; the account's scope unless one is given. */
export function useChecks(p: { at?: string; all?: boolean; scope?: string }) {
  const lang = i18n.language === 'en' ? 'en' : undefined;
  return useQuery({
    queryKey: ['checks', p.at ?? null, !!p.all, p.scope ?? null, lang ?? 'vi'],
    queryFn: ({ signal }) =>
      apiGet<CheckResult>(
        '/api/checks',
        { at: p.all ? undefined : p.at, all: p.all ? 'true' : undefined, scope: p.scope, lang },
        signal,
      ),
  });
}
