import { SolutionOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import type { AppRoute } from '../../app/appRoute';
import '../workflow/i18n';

const AdmissionsPage = lazy(() => import('./AdmissionsPage'));
const ProspectPage = lazy(() => import('./ProspectPage'));

/** /admissions: the board of prospects by stage and what is due; /admissions/:id: one case and its steps. */
export const admissionsRoute: AppRoute = {
  key: 'admissions',
  path: 'admissions',
  labelKey: 'menu.admissions',
  icon: <SolutionOutlined />,
  permission: 'register.read',
  element: (
    <Routes>
      <Route index element={<AdmissionsPage />} />
      <Route path=":id" element={<ProspectPage />} />
    </Routes>
  ),
};
