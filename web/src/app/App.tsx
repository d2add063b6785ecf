import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, Button, ConfigProvider, Result } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Link, Route, Routes } from 'react-router';
import { PageLoading } from '../components/States';
import { ApiError } from '../lib/api';
import { RequireAuth, useAccount, useSessionWatch } from './auth';
import { can } from '../../../common/permissions';
import { appRoutes } from './routes';

const LoginPage = lazy(() => import('../modules/auth/LoginPage'));
const AppLayout = lazy(() => import('./AppLayout'));
const AccountPage = lazy(() => import('../modules/auth/AccountPage'));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // a refusal (4xx) will not change by asking again; a network or server failure may
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

function NotFound() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('common.notFound')}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.back')}</Button>
        </Link>
      }
    />
  );
}

function AppRoutes() {
  useSessionWatch();
  const account = useAccount().data;
  return (
    <Suspense fallback={<PageLoading />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route
          element={
            <RequireAuth>
              <AppLayout />
            </RequireAuth>
          }
        >
          {appRoutes
            .filter((r) => can(account, r.permission))
            .map((r) => (r.path === '' ? <Route key={r.key} index element={r.element} /> : <Route key={r.key} path={`${r.path}/*`} element={r.element} />))}
          <Route path="account" element={<AccountPage />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </Suspense>
  );
}

/** Providers (data, antd in the UI language, router under /admin) around the routes. */
export function App() {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  // before the children render, so that date pickers name months in the UI language
  dayjs.locale(lang);
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={lang === 'vi' ? viVN : enUS} theme={{ token: { colorPrimary: '#1f5fbf', borderRadius: 6 } }}>
        <AntApp>
          <BrowserRouter basename="/admin">
            <AppRoutes />
          </BrowserRouter>
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
