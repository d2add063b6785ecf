import { DashboardOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../app/appRoute';
import { lazyPage } from '../../app/lazyPage';

const DashboardPage = lazyPage(() => import('./DashboardPage'));

export const dashboardRoute: AppRoute = {
  key: 'dashboard',
  path: '',
  labelKey: 'menu.dashboard',
  icon: <DashboardOutlined />,
  permission: 'figures.read',
  pages: [DashboardPage],
  element: <DashboardPage />,
};
