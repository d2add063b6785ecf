/**
 * The stages of the admission pipeline, in order: the server derives a
 * prospect's stage from the dates of its steps (src/modules/admissions/admission.rules.ts),
 * the web app shows one tab per stage in this order.
 */
export const stages = [
  'recommended',
  'class',
  'application',
  'introduced',
  'checked',
  'resolution',
  'decision',
  'probation',
  'review',
  'official',
  'removed',
  'dropped',
] as const;
export type Stage = (typeof stages)[number];
