import { LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Grid, Layout, Menu, Tag, Tooltip } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { PageLoading } from '../components/States';
import { todayIso } from '../lib/format';
import { findUnit, useUnitTree } from '../lib/units';
import { useLogout, useSignedIn } from './auth';
import { can } from '../../../common/permissions';
import { appRoutes } from './routes';

function AccountBox() {
  const { t } = useTranslation();
  const account = useSignedIn();
  // an account with a one-time password may ask for nothing but its password change: the scope shows as its code
  const tree = useUnitTree(todayIso(), !account.mustChangePassword);
  const scopeName =
    account.scopeCode === null
      ? t('account.allUnits')
      : (findUnit(tree.data?.units, account.scopeCode)?.name ?? account.scopeCode);
  return (
    <div className="account-box" data-testid="account">
      <Link
        className="account-name"
        to="/account"
        title={`${t(`account.roles.${account.role}`)} · ${t('account.password.open')}`}
        data-testid="account-link"
      >
        {account.displayName}
      </Link>
      <span className="account-scope">
        {t('account.scope')}: <span data-testid="account-scope">{scopeName}</span>
      </span>
    </div>
  );
}

/** The frame of every signed-in page: who, where, the menu of what the role may do, language and sign-out. */
export default function AppLayout() {
  const { t } = useTranslation();
  const account = useSignedIn();
  const logout = useLogout();
  const navigate = useNavigate();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const wide = screens.lg ?? true;
  const [menuOpen, setMenuOpen] = useState(false);

  const visible = appRoutes.filter((r) => can(account, r.permission));
  // pages outside the menu (the account page) select no entry
  const selected = location.pathname.startsWith('/account')
    ? ''
    : (visible.find((r) => r.path !== '' && location.pathname.startsWith(`/${r.path}`))?.key ?? 'dashboard');
  const menu = (
    <Menu
      mode="inline"
      selectedKeys={[selected]}
      aria-label={t('menu.open')}
      data-testid="main-menu"
      items={visible.map((r) => ({ key: r.key, icon: r.icon, label: t(r.labelKey) }))}
      onClick={({ key }) => {
        const r = visible.find((x) => x.key === key);
        if (r) navigate(`/${r.path}`);
        setMenuOpen(false);
      }}
    />
  );

  return (
    <Layout className="app-layout">
      {/* the first thing the keyboard reaches: past the header and the menu */}
      {/* biome-ignore lint/a11y/useValidAnchor: a skip link is an in-page link; the handler also moves the focus there */}
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToMain')}
      </a>
      <Layout.Header className="app-header">
        {!wide && (
          <Button
            type="text"
            className="header-button"
            icon={<MenuOutlined />}
            aria-label={t('menu.open')}
            onClick={() => setMenuOpen(true)}
          />
        )}
        <div className="app-title">{wide ? t('app.title') : t('app.short')}</div>
        {account.demo && (
          <Tag color="gold" className="demo-tag" data-testid="demo-tag">
            {t('app.demo')}
          </Tag>
        )}
        <div className="header-spacer" />
        <AccountBox />
        <LanguageSwitch />
        <Tooltip title={t('account.signOut')}>
          <Button
            className="header-button"
            type="text"
            icon={<LogoutOutlined />}
            loading={logout.isPending}
            onClick={() => logout.mutate()}
            data-testid="sign-out"
          >
            {wide ? t('account.signOut') : null}
          </Button>
        </Tooltip>
      </Layout.Header>
      <Layout>
        {wide ? (
          <Layout.Sider width={220} theme="light" className="app-sider">
            {menu}
          </Layout.Sider>
        ) : (
          <Drawer placement="left" open={menuOpen} onClose={() => setMenuOpen(false)} size={260} title={t('app.title')}>
            {menu}
          </Drawer>
        )}
        <Layout.Content className="app-content" id="main" tabIndex={-1}>
          {account.mustChangePassword && !location.pathname.startsWith('/account') && (
            <Alert
              type="warning"
              showIcon
              title={t('account.mustChangePassword')}
              action={
                <Link to="/account" data-testid="change-password-link">
                  <Button size="small">{t('account.password.open')}</Button>
                </Link>
              }
              style={{ marginBottom: 12 }}
            />
          )}
          {/* with a one-time password the server answers nothing but the password change: no page is shown until then */}
          {(!account.mustChangePassword || location.pathname.startsWith('/account')) && (
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          )}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
