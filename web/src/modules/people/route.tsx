import { TeamOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../app/appRoute';
import { lazyPage } from '../../app/lazyPage';
import { RecordRoutes } from '../common/RecordRoutes';

const PeoplePage = lazyPage(() => import('./PeoplePage'));
const PersonPage = lazyPage(() => import('./PersonPage'));

/** /people: search and add; /people/:code: one person and the changes to make. */
export const peopleRoute: AppRoute = {
  key: 'people',
  path: 'people',
  labelKey: 'menu.people',
  icon: <TeamOutlined />,
  permission: 'register.read',
  pages: [PeoplePage, PersonPage],
  element: <RecordRoutes list={<PeoplePage />} record={<PersonPage />} back="/people" />,
};
