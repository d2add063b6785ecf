import { CopyOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../../app/auth';
import { ErrorState } from '../../components/States';
import { apiGet, apiPost, errorText } from '../../lib/api';
import { formatDate, todayIso } from '../../lib/format';
import { findUnit, useUnitTree } from '../../lib/units';
import { roles } from '../../../../common/permissions';
import type { ApiBody, Schema } from '../../api/types';

type AccountView = Schema<'AccountView'>;
type NewAccountBody = ApiBody<'/api/accounts'>;
type OneTimePassword = Schema<'OneTimePassword'>;
import { ScopePicker } from '../../components/ScopePicker';

const KEY = ['accounts'] as const;

function OneTimePassword({
  shown,
  onClose,
}: {
  shown: { username: string; password: string } | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <Modal
      open={!!shown}
      title={shown ? t('accounts.oneTimeTitle', { username: shown.username }) : ''}
      onCancel={onClose}
      footer={
        <Button onClick={onClose} data-testid="one-time-close">
          {t('accounts.close')}
        </Button>
      }
    >
      <Typography.Paragraph>{t('accounts.oneTimeText')}</Typography.Paragraph>
      <Space.Compact style={{ width: '100%' }}>
        <Input
          readOnly
          value={shown?.password}
          data-testid="one-time-password"
          style={{ fontFamily: 'monospace', fontSize: 16 }}
        />
        <Button
          icon={<CopyOutlined />}
          onClick={() =>
            void navigator.clipboard?.writeText(shown?.password ?? '').then(() => message.success(t('accounts.copied')))
          }
        >
          {t('accounts.copy')}
        </Button>
      </Space.Compact>
    </Modal>
  );
}

/** Administrators: who may sign in, with which role and over which unit; add, reset, disable. */
export default function AccountsPage() {
  const { t } = useTranslation();
  const me = useSignedIn();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const tree = useUnitTree(todayIso());
  const [adding, setAdding] = useState(false);
  const [shown, setShown] = useState<{ username: string; password: string } | null>(null);
  const [form] = Form.useForm<NewAccountBody>();
  const list = useQuery({ queryKey: KEY, queryFn: ({ signal }) => apiGet<AccountView[]>('/api/accounts', {}, signal) });
  const done = () => void qc.invalidateQueries({ queryKey: KEY });

  const add = useMutation({
    mutationFn: (b: NewAccountBody) => apiPost<OneTimePassword>('/api/accounts', b),
    onSuccess: (r) => {
      setAdding(false);
      form.resetFields();
      setShown(r);
      done();
    },
  });
  const reset = useMutation({
    mutationFn: (username: string) => apiPost<OneTimePassword>(`/api/accounts/${encodeURIComponent(username)}/reset`),
    onSuccess: (r) => {
      setShown(r);
      done();
    },
    onError: (e) => void message.error(errorText(e)),
  });
  const disable = useMutation({
    mutationFn: (username: string) =>
      apiPost<{ endedSessions: number }>(`/api/accounts/${encodeURIComponent(username)}/disable`),
    onSuccess: (r, username) => {
      void message.success(t('accounts.disabledDone', { username, count: r.endedSessions }));
      done();
    },
    onError: (e) => void message.error(errorText(e)),
  });

  const scopeName = (code: string | null) =>
    code === null ? t('accounts.all') : (findUnit(tree.data?.units, code)?.name ?? code);
  const status = (a: AccountView) => {
    if (a.disabledAt) return <Tag color="default">{t('accounts.disabled')}</Tag>;
    if (a.lockedUntil && Date.parse(a.lockedUntil) > Date.now())
      return (
        <Tag color="red">{t('accounts.locked', { time: new Date(a.lockedUntil).toLocaleTimeString('vi-VN') })}</Tag>
      );
    if (a.mustChangePassword) return <Tag color="gold">{t('accounts.mustChange')}</Tag>;
    return <Tag color="green">{t('accounts.active')}</Tag>;
  };
  const role = Form.useWatch('role', form);

  return (
    <div data-testid="accounts">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={1} style={{ marginTop: 0 }}>
          {t('accounts.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="account-add">
          {t('accounts.add')}
        </Button>
      </Space>
      <Typography.Paragraph className="muted">{t('accounts.intro')}</Typography.Paragraph>
      <Card size="small">
        {list.error ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Table<AccountView>
            data-testid="accounts-table"
            size="small"
            rowKey="username"
            loading={list.isLoading}
            dataSource={list.data ?? []}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            scroll={{ x: true }}
            columns={[
              { key: 'username', title: t('accounts.username'), dataIndex: 'username' },
              { key: 'displayName', title: t('accounts.displayName'), dataIndex: 'displayName' },
              { key: 'role', title: t('accounts.role'), render: (_, a) => t(`account.roles.${a.role}`) },
              { key: 'scope', title: t('accounts.scope'), render: (_, a) => scopeName(a.scopeCode) },
              { key: 'status', title: t('accounts.status'), render: (_, a) => status(a) },
              { key: 'created', title: t('accounts.created'), render: (_, a) => formatDate(a.createdAt.slice(0, 10)) },
              {
                key: 'actions',
                title: '',
                render: (_, a) => (
                  <Space size="small" wrap>
                    <Popconfirm
                      title={t('accounts.resetConfirm', { username: a.username })}
                      onConfirm={() => reset.mutate(a.username)}
                      okText={t('accounts.reset')}
                      cancelText={t('accounts.cancel')}
                    >
                      <Button
                        size="small"
                        data-testid={`reset-${a.username}`}
                        title={a.disabledAt ? t('accounts.enableHint') : undefined}
                      >
                        {t('accounts.reset')}
                      </Button>
                    </Popconfirm>
                    {!a.disabledAt && a.username.toLowerCase() !== me.username.toLowerCase() && (
                      <Popconfirm
                        title={t('accounts.disableConfirm', { username: a.username })}
                        onConfirm={() => disable.mutate(a.username)}
                        okText={t('accounts.disable')}
                        okButtonProps={{ danger: true }}
                        cancelText={t('accounts.cancel')}
                      >
                        <Button size="small" danger data-testid={`disable-${a.username}`}>
                          {t('accounts.disable')}
                        </Button>
                      </Popconfirm>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Card>

      <Modal
        open={adding}
        title={t('accounts.add')}
        onCancel={() => setAdding(false)}
        okText={t('accounts.save')}
        cancelText={t('accounts.cancel')}
        confirmLoading={add.isPending}
        onOk={() => form.submit()}
        okButtonProps={{ 'data-testid': 'account-save' } as Record<`data-${string}`, string>}
        destroyOnHidden
      >
        {add.error && (
          <Alert
            type="error"
            showIcon
            role="alert"
            data-testid="account-error"
            title={errorText(add.error)}
            style={{ marginBottom: 12 }}
          />
        )}
        <Form<NewAccountBody>
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{ role: 'commune' }}
          onFinish={(v) => add.mutate(v)}
          onValuesChange={() => add.isError && add.reset()}
        >
          <Form.Item
            label={t('accounts.username')}
            name="username"
            extra={t('accounts.usernameHint')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('accounts.required', { field: t('accounts.username').toLowerCase() }),
              },
            ]}
          >
            <Input autoComplete="off" data-testid="account-username" />
          </Form.Item>
          <Form.Item label={t('accounts.displayName')} name="displayName">
            <Input data-testid="account-display-name" />
          </Form.Item>
          <Form.Item label={t('accounts.role')} name="role">
            <Select
              data-testid="account-role"
              options={roles.map((r) => ({ value: r, label: t(`account.roles.${r}`) }))}
            />
          </Form.Item>
          <Form.Item
            label={t('accounts.scope')}
            name="scopeCode"
            extra={t('accounts.scopeHint')}
            rules={[
              {
                required: role !== 'admin',
                message: t('accounts.required', { field: t('accounts.scope').toLowerCase() }),
              },
            ]}
          >
            <ScopePicker
              units={tree.data?.units ?? []}
              loading={tree.isLoading}
              onChange={(code) => form.setFieldValue('scopeCode', code)}
            />
          </Form.Item>
        </Form>
      </Modal>
      <OneTimePassword shown={shown} onClose={() => setShown(null)} />
    </div>
  );
}
