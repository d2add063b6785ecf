import { lazy, type ReactNode } from 'react';
import type { AppRoute } from '../../app/appRoute';
import type { Permission } from '../../../../common/permissions';

const NotYetPage = lazy(() => import('./NotYetPage'));

/** The route of a screen still to be built: its menu entry and a page that says so. Replace it with the screen. */
export function placeholderRoute(key: string, icon: ReactNode, permission: Permission): AppRoute {
  return { key, path: key, labelKey: `menu.${key}`, icon, permission, element: <NotYetPage titleKey={`menu.${key}`} /> };
}
