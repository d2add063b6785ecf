import { SolutionOutlined } from '@ant-design/icons';
import { Route, Routes } from 'react-router';
import type { AppRoute } from '../../app/appRoute';
import { lazyPage } from '../../app/lazyPage';
import '../workflow/i18n';

const AdmissionsPage = lazyPage(() => import('./AdmissionsPage'));
const ProspectPage = lazyPage(() => import('./ProspectPage'));

/** /admissions: the board of prospects by stage and what is due; /admissions/:id: one case and its steps. */
export const admissionsRoute: AppRoute = {
  key: 'admissions',
  path: 'admissions',
  labelKey: 'menu.admissions',
  icon: <SolutionOutlined />,
  permission: 'register.read',
  pages: [AdmissionsPage, ProspectPage],
  element: (
    <Routes>
      <Route index element={<AdmissionsPage />} />
      <Route path=":id" element={<ProspectPage />} />
    </Routes>
  ),
};
