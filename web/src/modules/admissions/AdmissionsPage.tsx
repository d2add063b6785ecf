import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Badge, Button, Card, Form, Input, Modal, Table, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useCan } from '../../app/auth';
import { ErrorState } from '../../components/States';
import { apiPost, errorText } from '../../lib/api';
import { todayIso } from '../../lib/format';
import { DateInput, DueTag, PageTitle, PersonSelect, showIssues, VillageSelect, type Issue } from '../workflow/fields';
import { stages, useProspects, type ProspectView, type Stage } from './data';
import { DueTable } from './DueTable';
import { DecidedBy, deciderOf } from './Decider';

interface NewProspect {
  personCode: string;
  villageCode: string;
  cellCode?: string;
  recommendedOn: string;
}

/** "Put forward": a person, the village, the cell that will admit them and the date. */
function PutForwardModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NewProspect>();
  const [rest, setRest] = useState<Issue[]>([]);
  const qc = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation({
    mutationFn: (b: NewProspect) =>
      apiPost<ProspectView>('/api/prospects', { ...b, cellCode: b.cellCode?.trim() || undefined }),
    onSuccess: (p) => {
      void qc.invalidateQueries({ queryKey: ['prospects'] });
      onClose();
      navigate(`/admissions/${p.id}`);
    },
    onError: (e) => setRest(showIssues(form, e, { person: 'personCode', village: 'villageCode', cell: 'cellCode' })),
  });
  return (
    <Modal
      open={open}
      title={t('adm.putForwardTitle')}
      onCancel={onClose}
      okText={t('wf.save')}
      cancelText={t('wf.cancel')}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        data-testid="put-forward-form"
        initialValues={{ recommendedOn: todayIso() }}
        onFinish={(v) => {
          setRest([]);
          create.mutate(v);
        }}
      >
        <Form.Item
          name="personCode"
          label={t('wf.person')}
          rules={[{ required: true, message: t('wf.required', { field: t('wf.person') }) }]}
        >
          <PersonSelect testId="pf-person" />
        </Form.Item>
        <Form.Item
          name="villageCode"
          label={t('wf.village')}
          rules={[{ required: true, message: t('wf.required', { field: t('wf.village') }) }]}
        >
          <VillageSelect testId="pf-village" />
        </Form.Item>
        <Form.Item name="cellCode" label={t('adm.cellCode')}>
          <Input data-testid="pf-cell" />
        </Form.Item>
        <Form.Item
          name="recommendedOn"
          label={t('adm.recommendedOn')}
          rules={[{ required: true, message: t('wf.required', { field: t('adm.recommendedOn') }) }]}
        >
          <DateInput testId="pf-date" />
        </Form.Item>
        {create.error && (rest.length > 0 || !showIssuesFound(create.error)) && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={errorText(create.error)}
            description={rest.map((i) => i.message).join(' ')}
          />
        )}
      </Form>
    </Modal>
  );
}

const showIssuesFound = (e: unknown) => !!(e as { details?: { issues?: unknown[] } }).details?.issues?.length;

function StageTable({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  const list = useProspects(stage);
  if (list.error) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Table<ProspectView>
      data-testid={`prospects-${stage}`}
      rowKey="id"
      size="small"
      loading={list.isLoading}
      dataSource={list.data ?? []}
      locale={{ emptyText: t('adm.empty') }}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: true }}
      columns={[
        { key: 'name', title: t('wf.name'), render: (_, p) => <Link to={`/admissions/${p.id}`}>{p.fullName}</Link> },
        { key: 'code', title: t('wf.code'), dataIndex: 'personCode' },
        { key: 'village', title: t('wf.village'), render: (_, p) => p.villageName ?? p.villageCode },
        {
          key: 'deadline',
          title: t('adm.deadlineBody'),
          render: (_, p) =>
            p.deadline ? (
              <span>
                {t(`adm.stepNames.${p.deadline.step}`)} <DueTag due={p.deadline.due} urgency={p.deadline.urgency} />{' '}
                <DecidedBy decider={deciderOf(p, p.deadline.step)} />
              </span>
            ) : deciderOf(p) ? (
              <DecidedBy decider={deciderOf(p)} />
            ) : (
              '—'
            ),
        },
      ]}
    />
  );
}

/** The pipeline: a tab per stage, the cases overdue or due soon, and (for writers) putting a person forward. */
export default function AdmissionsPage() {
  const { t } = useTranslation();
  const canWrite = useCan('register.write');
  const [params, setParams] = useSearchParams();
  const stage = (stages as readonly string[]).includes(params.get('stage') ?? '')
    ? (params.get('stage') as Stage)
    : 'recommended';
  const [open, setOpen] = useState(false);
  const all = useProspects(undefined);
  const counts: Partial<Record<Stage, number>> = {};
  for (const p of all.data ?? []) counts[p.stage] = (counts[p.stage] ?? 0) + 1;
  return (
    <div data-testid="admissions">
      <PageTitle
        title={t('adm.title')}
        actions={
          canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="put-forward">
              {t('adm.putForward')}
            </Button>
          )
        }
      />
      <Card size="small" title={t('adm.due')} style={{ marginBottom: 16 }}>
        <DueTable />
      </Card>
      <Card size="small">
        <Tabs
          data-testid="stage-tabs"
          activeKey={stage}
          size="small"
          tabBarGutter={14}
          onChange={(k) => setParams({ stage: k }, { replace: true })}
          items={stages.map((s) => ({
            key: s,
            label: (
              <span title={t(`adm.stages.${s}`)}>
                {t(`adm.stagesShort.${s}`)}
                {counts[s] ? (
                  <Badge count={counts[s]} color="#1677ff" size="small" style={{ marginInlineStart: 4 }} />
                ) : null}
              </span>
            ),
            children: s === stage ? <StageTable stage={s} /> : null,
          }))}
        />
      </Card>
      {canWrite && <PutForwardModal open={open} onClose={() => setOpen(false)} />}
    </div>
  );
}
