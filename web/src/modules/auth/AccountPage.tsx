import { Alert, Button, Card, Descriptions, Form, Input, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../../app/auth';
import { todayIso } from '../../lib/format';
import { findUnit, useUnitTree } from '../../lib/units';
import { ApiError, apiPost, errorText } from '../../lib/api';

interface PasswordForm {
  current: string;
  next: string;
  confirm: string;
}

/** The signed-in account: who, role and scope, and the form to change one's own password. */
export default function AccountPage() {
  const { t } = useTranslation();
  const account = useSignedIn();
  const qc = useQueryClient();
  const tree = useUnitTree(todayIso(), !account.mustChangePassword);
  const scopeName =
    account.scopeCode === null
      ? t('account.allUnits')
      : (findUnit(tree.data?.units, account.scopeCode)?.name ?? account.scopeCode);
  const [form] = Form.useForm<PasswordForm>();
  const change = useMutation({
    mutationFn: (v: PasswordForm) => apiPost<null>('/api/auth/password', { current: v.current, next: v.next }),
    onSuccess: () => {
      form.resetFields();
      // the server cleared the one-time password flag
      void qc.invalidateQueries({ queryKey: ['auth', 'me'] });
    },
  });
  // a wrong current password is the current field's fault; a refused new one (too short, too common) the new field's
  const wrongCurrent = change.error instanceof ApiError && change.error.code === 'AUTH_PASSWORD_WRONG';
  const refusedNext = change.error instanceof ApiError && change.error.code.startsWith('PASSWORD_');

  return (
    <div className="account-page" style={{ maxWidth: 560 }}>
      <Typography.Title level={1}>{t('account.password.title')}</Typography.Title>
      <Descriptions size="small" column={1} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('login.username')}>{account.username}</Descriptions.Item>
        <Descriptions.Item label={t('account.scope')}>{scopeName}</Descriptions.Item>
        <Descriptions.Item label={t('account.role')}>{t(`account.roles.${account.role}`)}</Descriptions.Item>
      </Descriptions>
      <Card>
        {change.isSuccess && (
          <Alert
            type="success"
            showIcon
            data-testid="password-changed"
            title={t('account.password.done')}
            style={{ marginBottom: 16 }}
          />
        )}
        {change.error && !wrongCurrent && !refusedNext && (
          <Alert type="error" showIcon role="alert" title={errorText(change.error)} style={{ marginBottom: 16 }} />
        )}
        <Form<PasswordForm>
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={(v) => change.mutate(v)}
          onValuesChange={() => change.isError && change.reset()}
        >
          <Form.Item
            label={t('account.password.current')}
            name="current"
            rules={[
              { required: true, message: t('login.required', { field: t('account.password.current').toLowerCase() }) },
            ]}
            validateStatus={wrongCurrent ? 'error' : undefined}
            help={wrongCurrent ? errorText(change.error) : undefined}
          >
            <Input.Password autoComplete="current-password" data-testid="password-current" />
          </Form.Item>
          <Form.Item
            label={t('account.password.next')}
            name="next"
            extra={t('account.password.hint')}
            rules={[
              { required: true, message: t('login.required', { field: t('account.password.next').toLowerCase() }) },
              ({ getFieldValue }) => ({
                validator: (_, v: string) =>
                  v && v === getFieldValue('current')
                    ? Promise.reject(new Error(t('account.password.same')))
                    : Promise.resolve(),
              }),
            ]}
            validateStatus={refusedNext ? 'error' : undefined}
            help={refusedNext ? errorText(change.error) : undefined}
          >
            <Input.Password autoComplete="new-password" data-testid="password-next" />
          </Form.Item>
          <Form.Item
            label={t('account.password.confirm')}
            name="confirm"
            dependencies={['next']}
            rules={[
              { required: true, message: t('login.required', { field: t('account.password.confirm').toLowerCase() }) },
              ({ getFieldValue }) => ({
                validator: (_, v: string) =>
                  !v || v === getFieldValue('next')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('account.password.mismatch'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" data-testid="password-confirm" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={change.isPending} data-testid="password-submit">
            {t('account.password.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
