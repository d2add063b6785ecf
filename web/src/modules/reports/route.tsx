import { FileTextOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../app/appRoute';
import { lazyPage } from '../../app/lazyPage';
import './i18n';

const ReportsPage = lazyPage(() => import('./ReportsPage'));

/** /reports: the report of a unit over a period, its files, and its draft on the portal. */
export const reportsRoute: AppRoute = {
  key: 'reports',
  path: 'reports',
  labelKey: 'menu.reports',
  icon: <FileTextOutlined />,
  permission: 'figures.read',
  pages: [ReportsPage],
  element: <ReportsPage />,
};
