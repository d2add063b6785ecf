import { BookOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { AppRoute } from '../../app/appRoute';
import '../workflow/i18n';

const RulesPage = lazy(() => import('./RulesPage'));

/** /rules: the dated rule sets the workflows apply (administrators). */
export const rulesRoute: AppRoute = {
  key: 'rules',
  path: 'rules',
  labelKey: 'menu.rules',
  icon: <BookOutlined />,
  permission: 'accounts.manage',
  element: <RulesPage />,
};
