/**
 * Roles and what they may do: the one table, read by the server's access
 * checks and by the web app (which only hides what a role cannot use).
 */
export const roles = ['admin', 'province', 'commune', 'viewer', 'editor'] as const;
export type Role = (typeof roles)[number];

export const permissions = {
  /** Figures and the unit tree: no personal data. */
  'figures.read': ['admin', 'province', 'commune', 'viewer', 'editor'],
  /** Villages, people, members: personal data. */
  'register.read': ['admin', 'province', 'commune', 'viewer'],
  'register.write': ['admin', 'province', 'commune'],
  /** National ID numbers and other sensitive fields, unmasked. */
  'sensitive.read': ['admin', 'province'],
  'accounts.manage': ['admin'],
  /** The dated rule sets the workflows apply (GET /api/rules, the rules screen): no personal data. */
  'rules.read': ['admin', 'province', 'commune', 'viewer', 'editor'],
  /** Settings every deadline depends on: the years' notices of days off. */
  'settings.manage': ['admin'],
  'portal.edit': ['admin', 'editor'],
  /** GET /metrics from another machine (from this one it needs no session). */
  'metrics.read': ['admin'],
} as const;
export type Permission = keyof typeof permissions;

export function can(account: { role: string } | null | undefined, p: Permission): boolean {
  return !!account && (permissions[p] as readonly string[]).includes(account.role);
}
