import { BookOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../app/appRoute';
import { lazyPage } from '../../app/lazyPage';
import '../workflow/i18n';

const RulesPage = lazyPage(() => import('./RulesPage'));

/** /rules: the dated rule sets the workflows apply (every signed-in role: no personal data). */
export const rulesRoute: AppRoute = {
  key: 'rules',
  path: 'rules',
  labelKey: 'menu.rules',
  icon: <BookOutlined />,
  permission: 'rules.read',
  pages: [RulesPage],
  element: <RulesPage />,
};
