import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../app/appRoute';
import { lazyPage } from '../../app/lazyPage';
import './i18n';

const ChecksPage = lazyPage(() => import('./ChecksPage'));

/** /checks: the data-quality checks ("Kiểm tra dữ liệu") of the account's scope. */
export const checksRoute: AppRoute = {
  key: 'checks',
  path: 'checks',
  labelKey: 'menu.checks',
  icon: <SafetyCertificateOutlined />,
  permission: 'register.read',
  pages: [ChecksPage],
  element: <ChecksPage />,
};
