import { TeamOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../app/appRoute';
import { lazyPage } from '../../app/lazyPage';
import './i18n';

const AccountsPage = lazyPage(() => import('./AccountsPage'));

/** /accounts: administrators manage who signs in. */
export const accountsRoute: AppRoute = {
  key: 'accounts',
  path: 'accounts',
  labelKey: 'menu.accounts',
  icon: <TeamOutlined />,
  permission: 'accounts.manage',
  pages: [AccountsPage],
  element: <AccountsPage />,
};
