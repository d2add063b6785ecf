import { FileTextOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { AppRoute } from '../../app/appRoute';
import './i18n';

const ReportsPage = lazy(() => import('./ReportsPage'));

/** /reports: the report of a unit over a period, its files, and its draft on the portal. */
export const reportsRoute: AppRoute = {
  key: 'reports',
  path: 'reports',
  labelKey: 'menu.reports',
  icon: <FileTextOutlined />,
  permission: 'figures.read',
  element: <ReportsPage />,
};
