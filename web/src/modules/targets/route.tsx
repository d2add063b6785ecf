import { AimOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../app/appRoute';
import { lazyPage } from '../../app/lazyPage';
import '../workflow/i18n';

const TargetsPage = lazyPage(() => import('./TargetsPage'));

/** /targets: a unit's targets for a year with their progress, and the task forces. */
export const targetsRoute: AppRoute = {
  key: 'targets',
  path: 'targets',
  labelKey: 'menu.targets',
  icon: <AimOutlined />,
  permission: 'register.read',
  pages: [TargetsPage],
  element: <TargetsPage />,
};
