import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Descriptions, Form, Input, Modal, Radio, Row, Select, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useCan } from '../../app/auth';
import { EmptyState, ErrorState, PageLoading } from '../../components/States';
import { apiGet, apiPost, errorText } from '../../lib/api';
import { formatNumber, todayIso } from '../../lib/format';
import type { Schema } from '../../api/types';
import { DateInput, showIssues, useWorkScope, type Issue } from '../workflow/fields';

type VillageItem = Schema<'VillageItem'>;
type VillageListAt = Schema<'VillageListAt'>;
type Plan = Schema<'ReinforcementPlan'>;
type Founded = Schema<'CellFounded'>;
type Candidate = Plan['candidates'][number];
const filters = ['noCell', 'readyForCell', 'combinedOnly'] as const;

interface FoundForm {
  on: string;
  cellCode: string;
  cellName: string;
  parentOrgCode: string;
  reason?: string;
}

/** The founding form: the cell's code, name, parent committee and date, with the selected members transferred in. */
function FoundModal({ village, members, onClose, onDone }: { village: VillageItem; members: string[]; onClose: () => void; onDone: (f: Founded) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FoundForm>();
  const [rest, setRest] = useState<Issue[]>([]);
  const found = useMutation({
    mutationFn: (v: FoundForm) => apiPost<Founded>(`/api/villages/${encodeURIComponent(village.code)}/cell`, { ...v, reason: v.reason?.trim() || undefined, memberCodes: members }),
    onSuccess: onDone,
    onError: (e) => setRest(showIssues(form, e)),
  });
  const required = (label: string) => [{ required: true, message: t('wf.required', { field: label }) }];
  return (
    <Modal open title={t('cellsWf.foundTitle', { village: village.name })} onCancel={onClose} okText={t('cellsWf.found')} cancelText={t('wf.cancel')} onOk={() => form.submit()} confirmLoading={found.isPending}>
      <Form<FoundForm>
        form={form}
        layout="vertical"
        data-testid="found-form"
        initialValues={{ on: todayIso(), cellCode: `CB-${village.code}`, cellName: `Chi bộ ${village.name}`, parentOrgCode: '' }}
        onFinish={(v) => {
          setRest([]);
          found.mutate(v);
        }}
      >
        <Form.Item name="on" label={t('cellsWf.on')} rules={required(t('cellsWf.on'))}>
          <DateInput testId="found-on" />
        </Form.Item>
        <Form.Item name="cellCode" label={t('cellsWf.cellCode')} rules={required(t('cellsWf.cellCode'))}>
          <Input data-testid="found-code" />
        </Form.Item>
        <Form.Item name="cellName" label={t('cellsWf.cellName')} rules={required(t('cellsWf.cellName'))}>
          <Input data-testid="found-name" />
        </Form.Item>
        <Form.Item name="parentOrgCode" label={t('cellsWf.parentOrgCode')} rules={required(t('cellsWf.parentOrgCode'))}>
          <ParentPicker commune={village.commune.code} />
        </Form.Item>
        <Form.Item name="reason" label={t('cellsWf.reason')}>
          <Input />
        </Form.Item>
        {(rest.length > 0 || (found.error && !(found.error as { details?: unknown }).details)) && (
          <Alert type="error" showIcon role="alert" title={errorText(found.error)} description={rest.map((i) => i.message).join(' ')} />
        )}
      </Form>
    </Modal>
  );
}

interface OrgRow {
  code: string;
  name: string;
  kind: string;
  unitCode?: string | null;
}

/** The committees of the account's scope, the village's commune's first; the value is the committee's code. */
function ParentPicker({ value, onChange, commune }: { value?: string; onChange?: (v: string) => void; commune: string | null }) {
  const orgs = useQuery({
    queryKey: ['orgs', 'committees', todayIso()],
    queryFn: ({ signal }) => apiGet<unknown>('/api/orgs', { at: todayIso() }, signal),
    staleTime: 5 * 60_000,
  });
  const rows = committeesOf(orgs.data);
  const mine = rows.filter((o) => commune && o.unitCode === commune);
  useEffect(() => {
    if (!value && mine.length === 1) onChange?.(mine[0].code);
  }, [value, mine, onChange]);
  const options = [...mine, ...rows.filter((o) => !mine.includes(o))].map((o) => ({ value: o.code, label: `${o.name} (${o.code})` }));
  return <SelectOrInput value={value} onChange={onChange} options={options} />;
}

function SelectOrInput({ value, onChange, options }: { value?: string; onChange?: (v: string) => void; options: { value: string; label: string }[] }) {
  if (options.length === 0) return <Input data-testid="found-parent" value={value} onChange={(e) => onChange?.(e.target.value)} />;
  return <Select data-testid="found-parent" showSearch={{ optionFilterProp: 'label' }} value={value} onChange={onChange} options={options} style={{ width: '100%' }} />;
}

/** Committees (not cells) in whatever shape /api/orgs lists them. */
function committeesOf(data: unknown): OrgRow[] {
  const out: OrgRow[] = [];
  const walk = (x: unknown) => {
    if (Array.isArray(x)) return x.forEach(walk);
    if (!x || typeof x !== 'object') return;
    const o = x as Record<string, unknown>;
    if (typeof o.code === 'string' && typeof o.name === 'string' && typeof o.kind === 'string' && o.kind !== 'cell') {
      out.push({ code: o.code, name: o.name, kind: o.kind, unitCode: (o.unitCode ?? (o.unit as { code?: string } | undefined)?.code ?? null) as string | null });
    }
    for (const v of Object.values(o)) if (typeof v === 'object') walk(v);
  };
  walk(data);
  return out;
}

/** One village's plan: its full members, what it lacks for 3, and whom to transfer in by priority. */
function PlanPanel({ village, at }: { village: VillageItem; at: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const canWrite = useCan('register.write');
  const [selected, setSelected] = useState<string[]>([]);
  const [founding, setFounding] = useState(false);
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: ['reinforcement', village.code, at],
    queryFn: ({ signal }) => apiGet<Plan>(`/api/villages/${encodeURIComponent(village.code)}/reinforcement`, { at }, signal),
  });
  useEffect(() => setSelected([]), [village.code]);
  if (q.isLoading) return <PageLoading minHeight={160} />;
  if (q.error || !q.data) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const p = q.data;
  const total = p.official + selected.length;
  return (
    <Card size="small" title={`${t('cellsWf.plan')}: ${village.name}`} data-testid="cell-plan">
      {p.ownCell && <Alert type="success" showIcon title={t('cellsWf.ownCell', { cell: p.ownCell })} style={{ marginBottom: 12 }} />}
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 3 }}
        items={[
          { key: 'official', label: t('cellsWf.official'), children: <span data-testid="plan-official">{p.official}</span> },
          { key: 'minimum', label: t('cellsWf.minimum'), children: p.minimum },
          { key: 'shortfall', label: t('cellsWf.shortfall'), children: <Tag color={p.shortfall > 0 ? 'orange' : 'green'} data-testid="plan-shortfall">{p.shortfall}</Tag> },
          { key: 'coveredBy', label: t('cellsWf.coveredBy'), children: p.coveredBy.join(', ') || t('wf.none') },
        ]}
      />
      {!p.ownCell && (
        <>
          <Typography.Title level={5}>{t('cellsWf.candidates')}</Typography.Title>
          <Table<Candidate>
            data-testid="plan-candidates"
            rowKey="code"
            size="small"
            dataSource={p.candidates}
            locale={{ emptyText: t('cellsWf.noCandidates') }}
            pagination={{ pageSize: 8, hideOnSinglePage: true, showSizeChanger: false }}
            scroll={{ x: true }}
            rowSelection={canWrite && !p.ownCell ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) } : undefined}
            columns={[
              {
                key: 'priority',
                title: t('cellsWf.priority'),
                render: (_, c) => (
                  <Tag color={['', 'green', 'blue', 'default'][c.priority]} title={t(`cellsWf.priorities.${c.priority}`)}>
                    {t(`cellsWf.prioritiesShort.${c.priority}`)}
                  </Tag>
                ),
              },
              { key: 'name', title: t('wf.name'), render: (_, c) => `${c.name} (${c.code})` },
              { key: 'fromCell', title: t('cellsWf.fromCell'), dataIndex: 'fromCell' },
              { key: 'fromVillage', title: t('cellsWf.fromVillage'), render: (_, c) => c.fromVillage ?? '—' },
              { key: 'left', title: t('cellsWf.ownCellOfficial'), render: (_, c) => (c.ownCellOfficial === null ? '—' : c.ownCellOfficial) },
            ]}
          />
        </>
      )}
      {canWrite && !p.ownCell && (
        <>
          <p data-testid="plan-selected">{t('cellsWf.selected', { count: selected.length, total })}</p>
          <Button type="primary" disabled={total < p.minimum} onClick={() => setFounding(true)} data-testid="found-cell">
            {t('cellsWf.found')}
          </Button>
        </>
      )}
      {founding && (
        <FoundModal
          village={village}
          members={selected}
          onClose={() => setFounding(false)}
          onDone={(f) => {
            setFounding(false);
            void message.success(t('cellsWf.founded', { cell: f.cell, official: f.official }));
            void qc.invalidateQueries({ queryKey: ['reinforcement'] });
            void qc.invalidateQueries({ queryKey: ['cells', 'villages'] });
            void qc.invalidateQueries({ queryKey: ['indicators'] });
          }}
        />
      )}
    </Card>
  );
}

/** The planner: villages without a cell of their own in the account's scope, and the founding of one. */
export default function CellsPage() {
  const { t } = useTranslation();
  const scope = useWorkScope();
  const at = todayIso();
  const navigate = useNavigate();
  const { villageCode } = useParams();
  const [category, setCategory] = useState<(typeof filters)[number]>('noCell');
  const list = useQuery({
    queryKey: ['cells', 'villages', scope.code, at, category],
    queryFn: ({ signal }) => apiGet<VillageListAt>('/api/indicators/villages', { scope: scope.code, at, category }, signal),
    enabled: !!scope.code,
  });
  const [kept, setKept] = useState<VillageItem | null>(null);
  const chosen = list.data?.villages.find((v) => v.code === villageCode) ?? (kept?.code === villageCode ? kept : undefined);
  useEffect(() => {
    if (chosen) setKept(chosen);
  }, [chosen]);
  return (
    <div data-testid="cells">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('cellsWf.title')}
      </Typography.Title>
      <Typography.Paragraph className="muted">{t('cellsWf.intro')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card size="small">
            <Radio.Group
              data-testid="cells-filter"
              value={category}
              onChange={(e) => setCategory(e.target.value)}
              optionType="button"
              options={filters.map((f) => ({ value: f, label: t(`cellsWf.${f}`) }))}
              style={{ marginBottom: 12 }}
            />
            {list.error ? (
              <ErrorState error={list.error} onRetry={() => void list.refetch()} />
            ) : (
              <Table<VillageItem>
                data-testid="cells-villages"
                rowKey="code"
                size="small"
                loading={list.isLoading}
                dataSource={list.data?.villages ?? []}
                pagination={{ pageSize: 15, hideOnSinglePage: true, showSizeChanger: false }}
                scroll={{ x: true }}
                rowClassName={(v) => (v.code === villageCode ? 'ant-table-row-selected' : '')}
                onRow={(v) => ({ onClick: () => navigate(`/cells/${encodeURIComponent(v.code)}`), style: { cursor: 'pointer' }, 'data-code': v.code } as object)}
                columns={[
                  { key: 'name', title: t('wf.village'), render: (_, v) => `${v.name} (${v.code})` },
                  { key: 'commune', title: t('wf.commune'), render: (_, v) => v.commune.name ?? '—' },
                  { key: 'official', title: t('cellsWf.official'), align: 'right', render: (_, v) => formatNumber(v.members.official) },
                  { key: 'cell', title: t('cellsWf.cell'), render: (_, v) => <Tag color={v.cell === 'combined' ? 'blue' : 'default'}>{t(`cellsWf.cells.${v.cell}`)}</Tag> },
                ]}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          {chosen ? <PlanPanel village={chosen} at={at} /> : <Card size="small"><EmptyState text={t('cellsWf.choose')} /></Card>}
        </Col>
      </Row>
    </div>
  );
}
