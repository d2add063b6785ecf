import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, Button, ConfigProvider, Result } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Link, Route, Routes } from 'react-router';
import { PageLoading } from '../components/States';
import { ApiError } from '../lib/api';
import { accountQuery, RequireAuth, useAccount, useSessionWatch } from './auth';
import { lazyPage } from './lazyPage';
import { can } from '../../../common/permissions';
import { appRoutes } from './routes';

const LoginPage = lazyPage(() => import('../modules/auth/LoginPage'));
const AppLayout = lazyPage(() => import('./AppLayout'));
const AccountPage = lazyPage(() => import('../modules/auth/AccountPage'));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // a refusal (4xx) will not change by asking again; a network or server failure may
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

/**
 * What the first screen needs, asked for at once and side by side rather than
 * one after the other as rendering would discover it: who is signed in, the
 * layout and the pages of the address opened (or the sign-in page).
 */
function preloadFirstScreen(path: string) {
  if (path === 'login') return void LoginPage.preload();
  void AppLayout.preload();
  const first = path.split('/')[0];
  const route = appRoutes.find((r) => r.path === first);
  for (const page of route?.pages ?? (first === 'account' ? [AccountPage] : [])) void page.preload();
  void queryClient.fetchQuery(accountQuery).then(
    (account) =>
      account &&
      can(account, route?.permission ?? 'figures.read') &&
      route?.prefetch?.(queryClient, account, new URLSearchParams(window.location.search)),
    () => undefined,
  );
}
preloadFirstScreen(window.location.pathname.replace(/^\/admin\/?/, ''));

/**
 * antd's tokens with text at least 4.5:1 on white and on the page's grey
 * (WCAG 1.4.3): links, secondary and placeholder text, descriptions, errors,
 * and a button or link under the pointer.
 */
const theme = {
  token: {
    colorPrimary: '#1f5fbf',
    // under the pointer a control darkens rather than lightens, so its text keeps its contrast
    colorPrimaryHover: '#174a96',
    colorLink: '#1f5fbf',
    colorLinkHover: '#174a96',
    colorError: '#cf1322',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
    borderRadius: 6,
  },
};

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
            .map((r) =>
              r.path === '' ? (
                <Route key={r.key} index element={r.element} />
              ) : (
                <Route key={r.key} path={`${r.path}/*`} element={r.element} />
              ),
            )}
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
      <ConfigProvider locale={lang === 'vi' ? viVN : enUS} theme={theme}>
        <AntApp>
          <BrowserRouter basename="/admin">
            <AppRoutes />
          </BrowserRouter>
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
