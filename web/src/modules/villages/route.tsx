import { HomeOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../app/appRoute';
import { lazyPage } from '../../app/lazyPage';
import { RecordRoutes } from '../common/RecordRoutes';

const VillagesPage = lazyPage(() => import('./VillagesPage'));
const VillagePage = lazyPage(() => import('./VillagePage'));

/** /villages: the filterable list; /villages/:code: one village's timeline. */
export const villagesRoute: AppRoute = {
  key: 'villages',
  path: 'villages',
  labelKey: 'menu.villages',
  icon: <HomeOutlined />,
  permission: 'register.read',
  pages: [VillagesPage, VillagePage],
  element: <RecordRoutes list={<VillagesPage />} record={<VillagePage />} back="/villages" />,
};
