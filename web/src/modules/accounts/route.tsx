import { TeamOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { AppRoute } from '../../app/appRoute';
import './i18n';

const AccountsPage = lazy(() => import('./AccountsPage'));

/** /accounts: administrators manage who signs in. */
export const accountsRoute: AppRoute = {
  key: 'accounts',
  path: 'accounts',
  labelKey: 'menu.accounts',
  icon: <TeamOutlined />,
  permission: 'accounts.manage',
  element: <AccountsPage />,
};
