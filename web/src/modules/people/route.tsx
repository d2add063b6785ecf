import { TeamOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { AppRoute } from '../../app/appRoute';
import { RecordRoutes } from '../common/RecordRoutes';

const PeoplePage = lazy(() => import('./PeoplePage'));
const PersonPage = lazy(() => import('./PersonPage'));

/** /people: search and add; /people/:code: one person and the changes to make. */
export const peopleRoute: AppRoute = {
  key: 'people',
  path: 'people',
  labelKey: 'menu.people',
  icon: <TeamOutlined />,
  permission: 'register.read',
  element: <RecordRoutes list={<PeoplePage />} record={<PersonPage />} back="/people" />,
};
