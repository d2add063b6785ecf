import { CheckSquareOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { AppRoute } from '../../app/appRoute';
import '../workflow/i18n';

const ElectionsPage = lazy(() => import('./ElectionsPage'));

/** /elections: head elections due, planned and held. */
export const electionsRoute: AppRoute = {
  key: 'elections',
  path: 'elections',
  labelKey: 'menu.elections',
  icon: <CheckSquareOutlined />,
  permission: 'register.read',
  element: <ElectionsPage />,
};
