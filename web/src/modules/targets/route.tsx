import { AimOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { AppRoute } from '../../app/appRoute';
import '../workflow/i18n';

const TargetsPage = lazy(() => import('./TargetsPage'));

/** /targets: a unit's targets for a year with their progress, and the task forces. */
export const targetsRoute: AppRoute = {
  key: 'targets',
  path: 'targets',
  labelKey: 'menu.targets',
  icon: <AimOutlined />,
  permission: 'register.read',
  element: <TargetsPage />,
};
