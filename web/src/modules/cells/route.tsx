import { ApartmentOutlined } from '@ant-design/icons';
import { Route, Routes } from 'react-router';
import type { AppRoute } from '../../app/appRoute';
import { lazyPage } from '../../app/lazyPage';
import '../workflow/i18n';

const CellsPage = lazyPage(() => import('./CellsPage'));

/** /cells: the villages without their own cell; /cells/:villageCode: that village's plan and the founding. */
export const cellsRoute: AppRoute = {
  key: 'cells',
  path: 'cells',
  labelKey: 'menu.cells',
  icon: <ApartmentOutlined />,
  permission: 'register.read',
  pages: [CellsPage],
  element: (
    <Routes>
      <Route index element={<CellsPage />} />
      <Route path=":villageCode" element={<CellsPage />} />
    </Routes>
  ),
};
