import { CheckSquareOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../app/appRoute';
import { lazyPage } from '../../app/lazyPage';
import '../workflow/i18n';

const ElectionsPage = lazyPage(() => import('./ElectionsPage'));

/** /elections: head elections due, planned and held. */
export const electionsRoute: AppRoute = {
  key: 'elections',
  path: 'elections',
  labelKey: 'menu.elections',
  icon: <CheckSquareOutlined />,
  permission: 'register.read',
  pages: [ElectionsPage],
  element: <ElectionsPage />,
};
