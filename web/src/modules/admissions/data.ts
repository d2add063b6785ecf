/** The admission pipeline's requests and the shape of a case (the API's types). */
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api';
import type { Schema } from '../../api/types';
import { stages, type Stage } from '../../../../common/admissions';

export { stages };
export type { Stage };
export type ProspectView = Schema<'ProspectView'>;
export type Decider = NonNullable<ProspectView['decidedBy']['admission']>;

/** The step that usually follows a stage. */
export const nextStep: Partial<Record<Stage, string>> = {
  recommended: 'certificate',
  class: 'application',
  application: 'introducers',
  introduced: 'check',
  checked: 'resolution',
  resolution: 'decision',
  decision: 'ceremony',
  probation: 'review',
  review: 'outcome',
};

/** The steps a clerk records, and `plan`: the date the next step is planned for (the only one that may lie ahead). */
export const stepKinds = [
  'certificate',
  'application',
  'introducers',
  'check',
  'resolution',
  'extend',
  'decision',
  'ceremony',
  'review',
  'outcome',
  'drop',
  'plan',
] as const;
export type StepKind = (typeof stepKinds)[number];

export function useProspects(stage: Stage | undefined) {
  return useQuery({
    queryKey: ['prospects', 'list', stage ?? 'all'],
    queryFn: ({ signal }) => apiGet<ProspectView[]>('/api/prospects', { stage }, signal),
  });
}

export function useDueProspects() {
  return useQuery({
    queryKey: ['prospects', 'due'],
    queryFn: ({ signal }) => apiGet<ProspectView[]>('/api/prospects/due', {}, signal),
  });
}

export function useProspect(id: number) {
  return useQuery({
    queryKey: ['prospects', 'one', id],
    queryFn: ({ signal }) => apiGet<ProspectView>(`/api/prospects/${id}`, {}, signal),
    enabled: Number.isInteger(id) && id > 0,
  });
}
