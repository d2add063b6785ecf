import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Progress,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  TreeSelect,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { ErrorState } from '../../components/States';
import { apiGet, apiPost, errorText } from '../../lib/api';
import { formatDate, formatNumber, formatSigned, todayIso } from '../../lib/format';
import { useUnitTree, type UnitNode } from '../../lib/units';
import type { Schema } from '../../api/types';

import { DateInput, showIssues, useWorkScope, type Issue } from '../workflow/fields';

type TargetProgress = Schema<'TargetProgress'>;
type TaskForceView = Schema<'TaskForceView'>;
type VillageMeasure = Schema<'TargetVillageMeasure'>;

const villageMeasures = ['whiteCleared', 'weakReduced', 'cellsFounded', 'partyHeads'] as const;
const measures = ['admissions', ...villageMeasures] as const;
type Measure = (typeof measures)[number];

/** A row of the targets table: admissions carry no flows, the village counts do. */
type MeasureRow = { m: Measure; target: number | null; achieved: number; flows: VillageMeasure | null };

function measureRows(p: TargetProgress): MeasureRow[] {
  return [
    { m: 'admissions', target: p.admissions.target, achieved: p.admissions.achieved, flows: null },
    ...villageMeasures.map((m) => ({ m, target: p[m].target, achieved: p[m].achieved, flows: p[m] })),
  ];
}

/** A column title with its explanation on hover. */
function Hint({ title, hint }: { title: string; hint: string }) {
  return (
    <Tooltip title={hint}>
      <span style={{ textDecoration: 'underline dotted' }}>{title}</span>
    </Tooltip>
  );
}

/** Units down to communes, for choosing whose targets to see. */
function unitOptions(units: UnitNode[]): { value: string; title: string; children: ReturnType<typeof unitOptions> }[] {
  return units
    .filter((u) => u.level !== 'village')
    .map((u) => ({ value: u.code, title: u.name, children: unitOptions(u.children) }));
}

function TargetsModal({
  unit,
  unitName,
  year,
  current,
  onClose,
}: {
  unit: string;
  unitName: string;
  year: number;
  current: TargetProgress | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Partial<Record<Measure, number>>>();
  const qc = useQueryClient();
  const save = useMutation({
    mutationFn: (v: Partial<Record<Measure, number>>) =>
      apiPost<null>('/api/targets', {
        unitCode: unit,
        year,
        ...Object.fromEntries(Object.entries(v).filter(([, n]) => n !== null && n !== undefined)),
      }),
    onSuccess: () => {
      void message.success(t('wf.saved'));
      void qc.invalidateQueries({ queryKey: ['targets'] });
      onClose();
    },
  });
  return (
    <Modal
      open
      title={t('tg.setTitle', { unit: unitName, year })}
      onCancel={onClose}
      okText={t('wf.save')}
      cancelText={t('wf.cancel')}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        data-testid="targets-form"
        initialValues={Object.fromEntries(measures.map((m) => [m, current?.[m].target ?? undefined]))}
        onFinish={(v) => save.mutate(v)}
      >
        {measures.map((m) => (
          <Form.Item key={m} name={m} label={t(`tg.measures.${m}`)}>
            <InputNumber min={0} max={100000} style={{ width: '100%' }} data-testid={`target-${m}`} />
          </Form.Item>
        ))}
        {save.error && <Alert type="error" showIcon role="alert" title={errorText(save.error)} />}
      </Form>
    </Modal>
  );
}

interface TaskForceForm {
  name: string;
  validFrom: string;
  validTo?: string;
  note?: string;
  villageCodes: string;
  memberCodes?: string;
}

const codes = (s: string | undefined) =>
  (s ?? '')
    .split(/[\s,;]+/)
    .map((x) => x.trim())
    .filter(Boolean);

function TaskForceModal({ unit, onClose }: { unit: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TaskForceForm>();
  const [rest, setRest] = useState<Issue[]>([]);
  const qc = useQueryClient();
  const create = useMutation({
    mutationFn: (v: TaskForceForm) =>
      apiPost<{ id: number }>('/api/task-forces', {
        name: v.name,
        unitCode: unit,
        validFrom: v.validFrom,
        validTo: v.validTo || undefined,
        note: v.note?.trim() || undefined,
        villageCodes: codes(v.villageCodes),
        memberCodes: codes(v.memberCodes),
      }),
    onSuccess: () => {
      void message.success(t('wf.saved'));
      void qc.invalidateQueries({ queryKey: ['task-forces'] });
      onClose();
    },
    onError: (e) => setRest(showIssues(form, e)),
  });
  const required = (label: string) => [{ required: true, message: t('wf.required', { field: label }) }];
  return (
    <Modal
      open
      title={t('tg.newTaskForce')}
      onCancel={onClose}
      okText={t('wf.save')}
      cancelText={t('wf.cancel')}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
    >
      <Form<TaskForceForm>
        form={form}
        layout="vertical"
        initialValues={{ validFrom: todayIso() }}
        onFinish={(v) => {
          setRest([]);
          create.mutate(v);
        }}
      >
        <Form.Item name="name" label={t('tg.tfName')} rules={required(t('tg.tfName'))}>
          <Input />
        </Form.Item>
        <Space wrap>
          <Form.Item name="validFrom" label={t('tg.validFrom')} rules={required(t('tg.validFrom'))}>
            <DateInput testId="tf-from" />
          </Form.Item>
          <Form.Item
            name="validTo"
            label={t('tg.validTo')}
            dependencies={['validFrom']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, to?: string | null) => {
                  const from = getFieldValue('validFrom') as string | undefined;
                  return !to || !from || to >= from
                    ? Promise.resolve()
                    : Promise.reject(
                        new Error(t('tg.endsBeforeStart', { from: formatDate(from), to: formatDate(to) })),
                      );
                },
              }),
            ]}
          >
            <DateInput testId="tf-to" />
          </Form.Item>
        </Space>
        <Form.Item name="villageCodes" label={t('tg.villageCodes')} rules={required(t('tg.villages'))}>
          <Input />
        </Form.Item>
        <Form.Item name="memberCodes" label={t('tg.memberCodes')}>
          <Input />
        </Form.Item>
        <Form.Item name="note" label={t('tg.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        {create.error && (rest.length > 0 || !(create.error as { details?: unknown }).details) && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={errorText(create.error)}
            description={rest.map((i) => i.message).join(' ') || undefined}
          />
        )}
      </Form>
    </Modal>
  );
}

const percent = (target: number | null, achieved: number) =>
  target ? Math.max(0, Math.min(100, Math.round((achieved / target) * 100))) : 0;

function VillageState({ s }: { s: TaskForceView['villages'][number]['from'] }) {
  const { t } = useTranslation();
  return (
    <span>
      {t('tg.membersShort', { members: s.members, official: s.official })}
      {s.ownCell && (
        <Tag style={{ marginLeft: 4 }} color="green">
          {t('tg.ownCell')}
        </Tag>
      )}
      {s.partyHead && <Tag color="blue">{t('tg.partyHead')}</Tag>}
    </span>
  );
}

/** A unit's targets for a year with the progress the register shows, and the task forces of the scope. */
export default function TargetsPage() {
  const { t } = useTranslation();
  const canWrite = useCan('register.write');
  const scope = useWorkScope();
  const tree = useUnitTree(todayIso());
  const [picked, setPicked] = useState<string | undefined>();
  const unit = picked ?? scope.code;
  const thisYear = Number(todayIso().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [editing, setEditing] = useState(false);
  const [newForce, setNewForce] = useState(false);
  const progress = useQuery({
    queryKey: ['targets', unit, year],
    queryFn: ({ signal }) => apiGet<TargetProgress>('/api/targets', { scope: unit, year }, signal),
    enabled: !!unit,
  });
  const forces = useQuery({
    queryKey: ['task-forces'],
    queryFn: ({ signal }) => apiGet<TaskForceView[]>('/api/task-forces', {}, signal),
  });
  const unitName =
    (function find(us: UnitNode[]): string | undefined {
      for (const u of us) {
        if (u.code === unit) return u.name;
        const f = find(u.children);
        if (f) return f;
      }
    })(tree.data?.units ?? []) ??
    unit ??
    '';
  const p = progress.data;
  return (
    <div data-testid="targets">
      <Typography.Title level={1} style={{ marginTop: 0 }}>
        {t('tg.title')}
      </Typography.Title>
      <Card
        size="small"
        title={p ? `${unitName} · ${t('tg.period', { from: formatDate(p.from), to: formatDate(p.to) })}` : unitName}
        extra={
          <Space wrap>
            <TreeSelect
              style={{ minWidth: 240 }}
              value={unit}
              treeData={unitOptions(tree.data?.units ?? [])}
              showSearch={{ treeNodeFilterProp: 'title' }}
              onChange={(v) => setPicked(v)}
              aria-label={t('tg.unit')}
            />
            <Select
              value={year}
              onChange={setYear}
              aria-label={t('tg.year')}
              options={Array.from({ length: 8 }, (_, i) => thisYear + 1 - i).map((y) => ({
                value: y,
                label: String(y),
              }))}
            />
            {canWrite && (
              <Button onClick={() => setEditing(true)} data-testid="set-targets">
                {t('tg.setTargets')}
              </Button>
            )}
          </Space>
        }
      >
        {progress.error ? (
          <ErrorState error={progress.error} onRetry={() => void progress.refetch()} />
        ) : (
          <>
            {p && (
              <div data-testid="targets-scope" style={{ marginBottom: 12 }}>
                {p.villages.joined + p.villages.departed > 0 ? (
                  <Alert
                    type="info"
                    showIcon
                    title={t('tg.flowsApart', {
                      joined: formatNumber(p.villages.joined),
                      departed: formatNumber(p.villages.departed),
                      stayed: formatNumber(p.villages.stayed),
                    })}
                  />
                ) : (
                  <Typography.Text className="muted">
                    {t('tg.stayedOnly', { stayed: formatNumber(p.villages.stayed) })}
                  </Typography.Text>
                )}
              </div>
            )}
            <Table<MeasureRow>
              data-testid="targets-table"
              rowKey="m"
              size="small"
              loading={progress.isLoading}
              pagination={false}
              scroll={{ x: true }}
              dataSource={p ? measureRows(p) : []}
              columns={[
                { key: 'm', title: t('tg.measure'), render: (_, r) => t(`tg.measures.${r.m}`) },
                {
                  key: 'target',
                  title: t('tg.target'),
                  align: 'right',
                  render: (_, r) =>
                    r.target === null ? <span className="muted">{t('tg.noTarget')}</span> : formatNumber(r.target),
                },
                {
                  key: 'achieved',
                  title: <Hint title={t('tg.achieved')} hint={t('tg.achievedHint')} />,
                  align: 'right',
                  render: (_, r) =>
                    r.flows === null ? (
                      <Tooltip title={t('tg.admissionsHint')}>
                        <span data-testid={`achieved-${r.m}`}>{formatNumber(r.achieved)}</span>
                      </Tooltip>
                    ) : (
                      <Tooltip
                        title={t('tg.betterWorse', {
                          better: formatNumber(r.flows.better),
                          worse: formatNumber(r.flows.worse),
                        })}
                      >
                        <span data-testid={`achieved-${r.m}`}>{formatSigned(r.achieved)}</span>
                      </Tooltip>
                    ),
                },
                {
                  key: 'progress',
                  title: t('tg.progress'),
                  width: '30%',
                  render: (_, r) =>
                    r.target ? (
                      <Progress
                        percent={percent(r.target, r.achieved)}
                        status={r.achieved >= r.target ? 'success' : 'active'}
                        size="small"
                      />
                    ) : null,
                },
                ...(['joined', 'departed'] as const).map((k) => ({
                  key: k,
                  title: <Hint title={t(`tg.${k}`)} hint={t(`tg.${k}Hint`)} />,
                  align: 'right' as const,
                  render: (_: unknown, r: MeasureRow) =>
                    r.flows === null ? (
                      <span className="muted">–</span>
                    ) : (
                      <span data-testid={`${k}-${r.m}`}>
                        {formatNumber(r.flows[k])}
                        {r.flows[k] > 0 && <span className="muted"> {t(`tg.categories.${r.m}`)}</span>}
                      </span>
                    ),
                })),
              ]}
            />
          </>
        )}
      </Card>
      <Card
        size="small"
        style={{ marginTop: 16 }}
        title={t('tg.taskForces')}
        extra={
          canWrite &&
          unit && (
            <Button icon={<PlusOutlined />} onClick={() => setNewForce(true)}>
              {t('tg.newTaskForce')}
            </Button>
          )
        }
      >
        {forces.error ? (
          <ErrorState error={forces.error} onRetry={() => void forces.refetch()} />
        ) : (forces.data ?? []).length === 0 && !forces.isLoading ? (
          <Typography.Text className="muted">{t('tg.tfEmpty')}</Typography.Text>
        ) : (
          <Flex vertical gap={12}>
            {(forces.data ?? []).map((f) => (
              <Card
                key={f.id}
                size="small"
                type="inner"
                title={`${f.name} · ${formatDate(f.validFrom)} – ${f.validTo ? formatDate(f.validTo) : '…'}`}
              >
                {f.members.length > 0 && (
                  <p>
                    {t('tg.members')}: {f.members.map((m) => m.name).join(', ')}
                  </p>
                )}
                {f.note && <p className="muted">{f.note}</p>}
                <Table
                  rowKey="code"
                  size="small"
                  pagination={false}
                  dataSource={f.villages}
                  scroll={{ x: true }}
                  columns={[
                    { key: 'v', title: t('tg.villages'), render: (_, v) => `${v.name ?? v.code} (${v.code})` },
                    { key: 'from', title: t('tg.from'), render: (_, v) => <VillageState s={v.from} /> },
                    { key: 'to', title: t('tg.to'), render: (_, v) => <VillageState s={v.to} /> },
                  ]}
                />
              </Card>
            ))}
          </Flex>
        )}
      </Card>
      {editing && unit && (
        <TargetsModal unit={unit} unitName={unitName} year={year} current={p} onClose={() => setEditing(false)} />
      )}
      {newForce && unit && <TaskForceModal unit={unit} onClose={() => setNewForce(false)} />}
    </div>
  );
}
