import { ApartmentOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../app/appRoute';
import { lazyPage } from '../../app/lazyPage';
import { RecordRoutes } from '../common/RecordRoutes';

const OrgsPage = lazyPage(() => import('./OrgsPage'));
const OrgPage = lazyPage(() => import('./OrgPage'));

/** /orgs: the tree at a date; /orgs/:code: one committee or cell. */
export const orgsRoute: AppRoute = {
  key: 'orgs',
  path: 'orgs',
  labelKey: 'menu.orgs',
  icon: <ApartmentOutlined />,
  permission: 'register.read',
  pages: [OrgsPage, OrgPage],
  element: <RecordRoutes list={<OrgsPage />} record={<OrgPage />} back="/orgs" />,
};
