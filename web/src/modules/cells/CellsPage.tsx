import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Form,
  Input,
  Modal,
  Radio,
  Row,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useCan } from '../../app/auth';
import { EmptyState, ErrorState, PageLoading } from '../../components/States';
import { apiGet, apiPost, errorText } from '../../lib/api';
import { formatNumber, todayIso } from '../../lib/format';
import type { Schema } from '../../api/types';
import { DateInput, issuesOf, showIssues, useWorkScope, type Issue } from '../workflow/fields';

type VillageItem = Schema<'VillageItem'>;
type VillageListAt = Schema<'VillageListAt'>;
type Plan = Schema<'ReinforcementPlan'>;
type Founded = Schema<'CellFounded'>;
type Candidate = Plan['candidates'][number];
const filters = ['noCell', 'readyForCell', 'combinedOnly'] as const;

interface CombinedChoice {
  action?: 'close' | 'attach';
  villageCode?: string;
}

interface FoundForm {
  on: string;
  cellCode: string;
  cellName: string;
  parentOrgCode: string;
  reason?: string;
  /** The choice for each combined cell the founding would leave with one village, by its code. */
  combined?: Record<string, CombinedChoice>;
}

/** The plan of a village at a date (the founding form asks at its own date). */
function usePlan(village: string, at: string | undefined) {
  return useQuery({
    queryKey: ['reinforcement', village, at],
    queryFn: ({ signal }) => apiGet<Plan>(`/api/villages/${encodeURIComponent(village)}/reinforcement`, { at }, signal),
    enabled: !!at,
  });
}

/**
 * What to do with a combined cell the founding leaves with one village:
 * close it, or attach another village of the commune (one without its own
 * cell at the founding date, not already in it).
 */
function CombinedChoiceFields({ c, village, on }: { c: Plan['combined'][number]; village: VillageItem; on: string }) {
  const { t } = useTranslation();
  const action = Form.useWatch(['combined', c.cell, 'action']) as CombinedChoice['action'];
  const commune = village.commune.code;
  const villages = useQuery({
    queryKey: ['cells', 'villages', commune, on, 'all'],
    queryFn: ({ signal }) =>
      apiGet<VillageListAt>('/api/indicators/villages', { scope: commune, at: on, category: 'all' }, signal),
    enabled: action === 'attach' && !!commune,
  });
  const options = (villages.data?.villages ?? [])
    .filter((v) => v.code !== village.code && !c.villages.includes(v.code) && v.cell !== 'own')
    .map((v) => ({ value: v.code, label: `${v.name} (${v.code}) · ${t(`cellsWf.cells.${v.cell}`)}` }));
  return (
    <Card
      size="small"
      type="inner"
      data-testid={`combined-${c.cell}`}
      title={t('cellsWf.combinedChoice', { cell: c.cell, left: c.villages.join(', ') })}
      style={{ marginBottom: 12 }}
    >
      <Typography.Paragraph className="muted" style={{ marginBottom: 8 }}>
        {c.name}
      </Typography.Paragraph>
      <Form.Item
        name={['combined', c.cell, 'action']}
        rules={[{ required: true, message: t('cellsWf.combinedChooseAction') }]}
        style={{ marginBottom: action === 'attach' ? 12 : 0 }}
      >
        <Radio.Group
          data-testid="combined-action"
          options={[
            { value: 'close', label: t('cellsWf.combinedClose') },
            { value: 'attach', label: t('cellsWf.combinedAttach') },
          ]}
        />
      </Form.Item>
      {action === 'attach' && (
        <Form.Item
          name={['combined', c.cell, 'villageCode']}
          label={t('cellsWf.combinedVillage')}
          rules={[{ required: true, message: t('wf.required', { field: t('cellsWf.combinedVillage') }) }]}
          style={{ marginBottom: 0 }}
        >
          <Select
            data-testid="combined-village"
            showSearch={{ optionFilterProp: 'label' }}
            loading={villages.isLoading}
            options={options}
            style={{ width: '100%' }}
            placeholder={t('wf.villageHint')}
          />
        </Form.Item>
      )}
    </Card>
  );
}

/** The founding form: the cell's code, name, parent committee and date, with the selected members transferred in. */
function FoundModal({
  village,
  members,
  onClose,
  onDone,
}: {
  village: VillageItem;
  members: string[];
  onClose: () => void;
  onDone: (f: Founded) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FoundForm>();
  const [rest, setRest] = useState<Issue[]>([]);
  const on = (Form.useWatch('on', form) as string | undefined) ?? todayIso();
  // what founding on that day leaves of the combined cells covering the village
  const plan = usePlan(village.code, on);
  const combined = plan.data?.combined ?? [];
  const choices = combined.filter((c) => c.choiceNeeded);
  const found = useMutation({
    mutationFn: (v: FoundForm) =>
      apiPost<Founded>(`/api/villages/${encodeURIComponent(village.code)}/cell`, {
        on: v.on,
        cellCode: v.cellCode,
        cellName: v.cellName,
        parentOrgCode: v.parentOrgCode,
        reason: v.reason?.trim() || undefined,
        memberCodes: members,
        combined: choices.map((c) => {
          const choice = v.combined?.[c.cell] ?? {};
          return {
            cellCode: c.cell,
            action: choice.action,
            villageCode: choice.action === 'attach' ? choice.villageCode : undefined,
          };
        }),
      }),
    onSuccess: onDone,
    onError: (e) => setRest(showIssues(form, e)),
  });
  const required = (label: string) => [{ required: true, message: t('wf.required', { field: label }) }];
  const unexplained = !!found.error && (rest.length > 0 || issuesOf(found.error).length === 0);
  return (
    <Modal
      open
      title={t('cellsWf.foundTitle', { village: village.name })}
      onCancel={onClose}
      okText={t('cellsWf.found')}
      cancelText={t('wf.cancel')}
      onOk={() => form.submit()}
      confirmLoading={found.isPending}
    >
      <Form<FoundForm>
        form={form}
        layout="vertical"
        data-testid="found-form"
        initialValues={{
          on: todayIso(),
          cellCode: `CB-${village.code}`,
          cellName: `Chi bộ ${village.name}`,
          parentOrgCode: '',
        }}
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
        {combined
          .filter((c) => !c.choiceNeeded)
          .map((c) => (
            <Alert
              key={c.cell}
              type="info"
              showIcon
              data-testid={`combined-${c.cell}`}
              title={t('cellsWf.combinedStays', { cell: c.cell, villages: c.villages.join(', ') })}
              style={{ marginBottom: 12 }}
            />
          ))}
        {choices.map((c) => (
          <CombinedChoiceFields key={c.cell} c={c} village={village} on={on} />
        ))}
        {unexplained && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={errorText(found.error)}
            description={rest.map((i) => i.message).join(' ') || undefined}
          />
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
function ParentPicker({
  id,
  value,
  onChange,
  commune,
}: {
  id?: string;
  value?: string;
  onChange?: (v: string) => void;
  commune: string | null;
}) {
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
  const options = [...mine, ...rows.filter((o) => !mine.includes(o))].map((o) => ({
    value: o.code,
    label: `${o.name} (${o.code})`,
  }));
  return <SelectOrInput id={id} value={value} onChange={onChange} options={options} />;
}

/** `id` is the one Form.Item gives its field, which ties the field to its label. */
function SelectOrInput({
  id,
  value,
  onChange,
  options,
}: {
  id?: string;
  value?: string;
  onChange?: (v: string) => void;
  options: { value: string; label: string }[];
}) {
  if (options.length === 0)
    return <Input id={id} data-testid="found-parent" value={value} onChange={(e) => onChange?.(e.target.value)} />;
  return (
    <Select
      id={id}
      data-testid="found-parent"
      showSearch={{ optionFilterProp: 'label' }}
      value={value}
      onChange={onChange}
      options={options}
      style={{ width: '100%' }}
    />
  );
}

/** Committees (not cells) in whatever shape /api/orgs lists them. */
function committeesOf(data: unknown): OrgRow[] {
  const out: OrgRow[] = [];
  const walk = (x: unknown) => {
    if (Array.isArray(x)) return x.forEach(walk);
    if (!x || typeof x !== 'object') return;
    const o = x as Record<string, unknown>;
    if (typeof o.code === 'string' && typeof o.name === 'string' && typeof o.kind === 'string' && o.kind !== 'cell') {
      out.push({
        code: o.code,
        name: o.name,
        kind: o.kind,
        unitCode: (o.unitCode ?? (o.unit as { code?: string } | undefined)?.code ?? null) as string | null,
      });
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
  const [outcome, setOutcome] = useState<Founded | null>(null);
  const qc = useQueryClient();
  const q = usePlan(village.code, at);
  // another village: its own choice and outcome
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the village changes, which it does not read
  useEffect(() => {
    setSelected([]);
    setOutcome(null);
  }, [village.code]);
  if (q.isLoading) return <PageLoading minHeight={160} />;
  if (q.error || !q.data) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const p = q.data;
  const total = p.official + selected.length;
  return (
    <Card size="small" title={`${t('cellsWf.plan')}: ${village.name}`} data-testid="cell-plan">
      {outcome && (
        <Alert
          type="success"
          showIcon
          data-testid="found-outcome"
          title={t('cellsWf.foundOutcome', { cell: outcome.cell, official: outcome.official })}
          description={outcome.combined.map((c) => (
            <div key={c.cell}>
              {t(`cellsWf.outcomes.${c.outcome}`, { cell: c.cell, villages: c.villages.join(', ') })}
            </div>
          ))}
          style={{ marginBottom: 12 }}
        />
      )}
      {p.ownCell && (
        <Alert type="success" showIcon title={t('cellsWf.ownCell', { cell: p.ownCell })} style={{ marginBottom: 12 }} />
      )}
      {p.combined.map((c) => (
        <Alert
          key={c.cell}
          type={c.choiceNeeded ? 'warning' : 'info'}
          showIcon
          data-testid="plan-combined"
          title={
            c.choiceNeeded
              ? t('cellsWf.combinedAlone', { cell: c.cell, left: c.villages.join(', ') })
              : t('cellsWf.combinedStays', { cell: c.cell, villages: c.villages.join(', ') })
          }
          style={{ marginBottom: 12 }}
        />
      ))}
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 3 }}
        items={[
          {
            key: 'official',
            label: t('cellsWf.official'),
            children: <span data-testid="plan-official">{p.official}</span>,
          },
          { key: 'minimum', label: t('cellsWf.minimum'), children: p.minimum },
          {
            key: 'shortfall',
            label: t('cellsWf.shortfall'),
            children: (
              <Tag color={p.shortfall > 0 ? 'orange' : 'green'} data-testid="plan-shortfall">
                {p.shortfall}
              </Tag>
            ),
          },
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
            rowSelection={
              canWrite && !p.ownCell
                ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) }
                : undefined
            }
            columns={[
              {
                key: 'priority',
                title: t('cellsWf.priority'),
                render: (_, c) => (
                  <Tag
                    color={['', 'green', 'blue', 'default'][c.priority]}
                    title={t(`cellsWf.priorities.${c.priority}`)}
                  >
                    {t(`cellsWf.prioritiesShort.${c.priority}`)}
                  </Tag>
                ),
              },
              { key: 'name', title: t('wf.name'), render: (_, c) => `${c.name} (${c.code})` },
              { key: 'fromCell', title: t('cellsWf.fromCell'), dataIndex: 'fromCell' },
              { key: 'fromVillage', title: t('cellsWf.fromVillage'), render: (_, c) => c.fromVillage ?? '—' },
              {
                key: 'left',
                title: t('cellsWf.ownCellOfficial'),
                render: (_, c) => (c.ownCellOfficial === null ? '—' : c.ownCellOfficial),
              },
            ]}
          />
        </>
      )}
      {canWrite && !p.ownCell && (
        <>
          <p data-testid="plan-selected">{t('cellsWf.selected', { count: selected.length, total })}</p>
          <Button
            type="primary"
            disabled={total < p.minimum}
            onClick={() => setFounding(true)}
            data-testid="found-cell"
          >
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
            setOutcome(f);
            setSelected([]);
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
    queryFn: ({ signal }) =>
      apiGet<VillageListAt>('/api/indicators/villages', { scope: scope.code, at, category }, signal),
    enabled: !!scope.code,
  });
  const [kept, setKept] = useState<VillageItem | null>(null);
  const chosen =
    list.data?.villages.find((v) => v.code === villageCode) ?? (kept?.code === villageCode ? kept : undefined);
  useEffect(() => {
    if (chosen) setKept(chosen);
  }, [chosen]);
  return (
    <div data-testid="cells">
      <Typography.Title level={1} style={{ marginTop: 0 }}>
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
                onRow={(v) =>
                  ({
                    onClick: () => navigate(`/cells/${encodeURIComponent(v.code)}`),
                    style: { cursor: 'pointer' },
                    'data-code': v.code,
                  }) as object
                }
                columns={[
                  { key: 'name', title: t('wf.village'), render: (_, v) => `${v.name} (${v.code})` },
                  { key: 'commune', title: t('wf.commune'), render: (_, v) => v.commune.name ?? '—' },
                  {
                    key: 'official',
                    title: t('cellsWf.official'),
                    align: 'right',
                    render: (_, v) => formatNumber(v.members.official),
                  },
                  {
                    key: 'cell',
                    title: t('cellsWf.cell'),
                    render: (_, v) => (
                      <Tag color={v.cell === 'combined' ? 'blue' : 'default'}>{t(`cellsWf.cells.${v.cell}`)}</Tag>
                    ),
                  },
                ]}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          {chosen ? (
            <PlanPanel village={chosen} at={at} />
          ) : (
            <Card size="small">
              <EmptyState text={t('cellsWf.choose')} />
            </Card>
          )}
        </Col>
      </Row>
    </div>
  );
}
