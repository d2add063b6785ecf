import { SwapOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../app/appRoute';
import { lazyPage } from '../../app/lazyPage';

const TransferPage = lazyPage(() => import('./TransferPage'));

/** Export needs only read access; the page offers the import to roles that may write. */
export const transferRoute: AppRoute = {
  key: 'transfer',
  path: 'transfer',
  labelKey: 'menu.transfer',
  icon: <SwapOutlined />,
  permission: 'register.read',
  pages: [TransferPage],
  element: <TransferPage />,
};
