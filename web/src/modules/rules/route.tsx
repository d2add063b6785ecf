import { BookOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../app/appRoute';
import { lazyPage } from '../../app/lazyPage';
import '../workflow/i18n';

const RulesPage = lazyPage(() => import('./RulesPage'));

/** /rules: the dated rule sets the workflows apply (administrators). */
export const rulesRoute: AppRoute = {
  key: 'rules',
  path: 'rules',
  labelKey: 'menu.rules',
  icon: <BookOutlined />,
  permission: 'accounts.manage',
  pages: [RulesPage],
  element: <RulesPage />,
};
