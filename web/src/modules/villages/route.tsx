import { HomeOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { AppRoute } from '../../app/appRoute';
import { RecordRoutes } from '../common/RecordRoutes';

const VillagesPage = lazy(() => import('./VillagesPage'));
const VillagePage = lazy(() => import('./VillagePage'));

/** /villages: the filterable list; /villages/:code: one village's timeline. */
export const villagesRoute: AppRoute = {
  key: 'villages',
  path: 'villages',
  labelKey: 'menu.villages',
  icon: <HomeOutlined />,
  permission: 'register.read',
  element: <RecordRoutes list={<VillagesPage />} record={<VillagePage />} back="/villages" />,
};
