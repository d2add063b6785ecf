import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { takeSessionEnded, useAccount, useLogin } from '../../app/auth';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { errorText } from '../../lib/api';

/** Sign-in: user name and password; the server's refusal (wrong password, lockout) is shown as it gives it. */
export default function LoginPage() {
  const { t } = useTranslation();
  const me = useAccount();
  const login = useLogin();
  const navigate = useNavigate();
  const location = useLocation();
  const [sessionEnded] = useState(takeSessionEnded);
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  if (me.data) return <Navigate to={from} replace />;

  return (
    <main className="login-page">
      <LanguageSwitch long className="login-lang" />
      <Card className="login-card">
        <Typography.Title level={1} style={{ marginTop: 0 }}>
          {t('login.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('login.subtitle')}</Typography.Paragraph>
        {sessionEnded && !login.error && (
          <Alert type="info" showIcon title={t('login.sessionEnded')} style={{ marginBottom: 16 }} />
        )}
        {login.error && (
          <Alert
            type="error"
            showIcon
            role="alert"
            data-testid="login-error"
            title={errorText(login.error)}
            style={{ marginBottom: 16 }}
          />
        )}
        <Form
          layout="vertical"
          requiredMark={false}
          onFinish={(v: { username: string; password: string }) =>
            login.mutate(v, { onSuccess: () => navigate(from, { replace: true }) })
          }
        >
          <Form.Item
            label={t('login.username')}
            name="username"
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('login.required', { field: t('login.username').toLowerCase() }),
              },
            ]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item
            label={t('login.password')}
            name="password"
            rules={[{ required: true, message: t('login.required', { field: t('login.password').toLowerCase() }) }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </main>
  );
}
