/**
 * What each role may do: the same table as the server's (src/modules/auth/scope.ts;
 * a test checks they are equal). The server enforces it; the app only hides
 * what a role cannot use.
 */
export const permissions = {
  'figures.read': ['admin', 'province', 'commune', 'viewer', 'editor'],
  'register.read': ['admin', 'province', 'commune', 'viewer'],
  'register.write': ['admin', 'province', 'commune'],
  'sensitive.read': ['admin', 'province'],
  'accounts.manage': ['admin'],
  'portal.edit': ['admin', 'editor'],
} as const;
export type Permission = keyof typeof permissions;

export function can(role: string | undefined, p: Permission): boolean {
  return !!role && (permissions[p] as readonly string[]).includes(role);
}
