import { DashboardOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../app/appRoute';
import { lazyPage } from '../../app/lazyPage';
import { isIsoDate, todayIso } from '../../lib/format';
import { unitTreeQuery } from '../../lib/units';
import { snapshotQuery } from './data';

const DashboardPage = lazyPage(() => import('./DashboardPage'));

export const dashboardRoute: AppRoute = {
  key: 'dashboard',
  path: '',
  labelKey: 'menu.dashboard',
  icon: <DashboardOutlined />,
  permission: 'figures.read',
  pages: [DashboardPage],
  element: <DashboardPage />,
  // the tree and the figures the page opens on (its own reading of the address: today, the account's scope)
  prefetch: (client, account, params) => {
    const at = isIsoDate(params.get('at')) ? params.get('at')! : todayIso();
    void client.prefetchQuery(unitTreeQuery(at));
    const scope = params.get('scope') ?? account.scopeCode;
    if (scope && !params.get('cmp')) void client.prefetchQuery(snapshotQuery(scope, at));
  },
};
