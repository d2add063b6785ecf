import { SwapOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { AppRoute } from '../../app/appRoute';

const TransferPage = lazy(() => import('./TransferPage'));

/** Export needs only read access; the page offers the import to roles that may write. */
export const transferRoute: AppRoute = {
  key: 'transfer',
  path: 'transfer',
  labelKey: 'menu.transfer',
  icon: <SwapOutlined />,
  permission: 'register.read',
  element: <TransferPage />,
};
