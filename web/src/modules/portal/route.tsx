import { GlobalOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../app/appRoute';
import { lazyPage } from '../../app/lazyPage';
import './i18n';

const PortalPage = lazyPage(() => import('./PortalPage'));

/** /portal: the public portal's articles, polls and visits, for its editors. */
export const portalRoute: AppRoute = {
  key: 'portal',
  path: 'portal',
  labelKey: 'menu.portal',
  icon: <GlobalOutlined />,
  permission: 'portal.edit',
  pages: [PortalPage],
  element: <PortalPage />,
};
