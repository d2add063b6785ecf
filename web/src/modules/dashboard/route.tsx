import { DashboardOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { AppRoute } from '../../app/appRoute';

const DashboardPage = lazy(() => import('./DashboardPage'));

export const dashboardRoute: AppRoute = {
  key: 'dashboard',
  path: '',
  labelKey: 'menu.dashboard',
  icon: <DashboardOutlined />,
  permission: 'figures.read',
  element: <DashboardPage />,
};
