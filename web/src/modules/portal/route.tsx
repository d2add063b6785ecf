import { GlobalOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { AppRoute } from '../../app/appRoute';
import './i18n';

const PortalPage = lazy(() => import('./PortalPage'));

/** /portal: the public portal's articles, polls and visits, for its editors. */
export const portalRoute: AppRoute = {
  key: 'portal',
  path: 'portal',
  labelKey: 'menu.portal',
  icon: <GlobalOutlined />,
  permission: 'portal.edit',
  element: <PortalPage />,
};
