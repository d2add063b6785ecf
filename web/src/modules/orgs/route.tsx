import { ApartmentOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { AppRoute } from '../../app/appRoute';
import { RecordRoutes } from '../common/RecordRoutes';

const OrgsPage = lazy(() => import('./OrgsPage'));
const OrgPage = lazy(() => import('./OrgPage'));

/** /orgs: the tree at a date; /orgs/:code: one committee or cell. */
export const orgsRoute: AppRoute = {
  key: 'orgs',
  path: 'orgs',
  labelKey: 'menu.orgs',
  icon: <ApartmentOutlined />,
  permission: 'register.read',
  element: <RecordRoutes list={<OrgsPage />} record={<OrgPage />} back="/orgs" />,
};
