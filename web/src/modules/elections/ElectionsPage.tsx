import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Form,
  InputNumber,
  Modal,
  Radio,
  Select,
  Space,
  Switch,
  Table,
  Tag,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { ErrorState } from '../../components/States';
import { apiGet, apiPost, errorText } from '../../lib/api';
import { formatDate, todayIso } from '../../lib/format';
import type { Schema } from '../../api/types';

type DueElection = Schema<'DueElection'>;
import { DateInput, PageTitle, PersonSelect, showIssues, VillageSelect, type Issue } from '../workflow/fields';

interface Target {
  code: string;
  name: string;
  planned?: DueElection['planned'];
}

interface PlanForm {
  villageCode?: string;
  plannedOn: string;
  candidateCodes: string[];
}

interface RecordForm {
  villageCode?: string;
  on: string;
  candidates: { personCode?: string; votes?: number }[];
  winnerCode?: string;
}

function RejectedAlert({ error, rest }: { error: unknown; rest: Issue[] }) {
  const { t } = useTranslation();
  if (!error) return null;
  const structured = !!(error as { details?: { issues?: unknown } }).details?.issues;
  if (structured && rest.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={structured ? t('wf.rejected') : errorText(error)}
      description={rest.map((i) => i.message).join(' ') || undefined}
      style={{ marginTop: 8 }}
    />
  );
}

/** Plan an election in a village: the day and the candidates (people of the village). */
function PlanModal({ target, onClose }: { target: Target | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PlanForm>();
  const village = Form.useWatch('villageCode', form) ?? target?.code;
  const [rest, setRest] = useState<Issue[]>([]);
  const qc = useQueryClient();
  const plan = useMutation({
    mutationFn: (v: PlanForm) =>
      apiPost<{ id: number }>(`/api/villages/${encodeURIComponent(target?.code ?? v.villageCode!)}/elections/planned`, {
        plannedOn: v.plannedOn,
        candidateCodes: v.candidateCodes.filter(Boolean),
      }),
    onSuccess: () => {
      void message.success(t('wf.saved'));
      void qc.invalidateQueries({ queryKey: ['elections'] });
      onClose();
    },
    onError: (e) => setRest(showIssues(form, e, { validFrom: 'plannedOn' })),
  });
  return (
    <Modal
      open
      title={target ? t('el.planTitle', { village: target.name }) : t('el.plan')}
      onCancel={onClose}
      okText={t('wf.save')}
      cancelText={t('wf.cancel')}
      onOk={() => form.submit()}
      confirmLoading={plan.isPending}
    >
      <Form<PlanForm>
        form={form}
        layout="vertical"
        data-testid="plan-form"
        initialValues={{
          plannedOn: target?.planned?.on,
          candidateCodes: target?.planned?.candidates.map((c) => c.code) ?? [''],
        }}
        onFinish={(v) => {
          setRest([]);
          plan.mutate(v);
        }}
      >
        {!target && (
          <Form.Item
            name="villageCode"
            label={t('wf.village')}
            rules={[{ required: true, message: t('wf.required', { field: t('wf.village') }) }]}
          >
            <VillageSelect testId="plan-village" />
          </Form.Item>
        )}
        <Form.Item
          name="plannedOn"
          label={t('el.plannedOn')}
          rules={[{ required: true, message: t('wf.required', { field: t('el.plannedOn') }) }]}
        >
          <DateInput testId="plan-on" />
        </Form.Item>
        <Form.Item label={t('el.candidates')}>
          <Form.List name="candidateCodes">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, i) => (
                  <Flex key={f.key} gap={8} style={{ marginBottom: 8 }}>
                    <Form.Item name={f.name} noStyle>
                      <PersonSelect
                        testId={`plan-candidate-${i}`}
                        ariaLabel={`${t('el.candidates')} ${i + 1}`}
                        village={village}
                      />
                    </Form.Item>
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      onClick={() => remove(f.name)}
                      aria-label={`${t('el.removeCandidate')} ${i + 1}`}
                    />
                  </Flex>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')} data-testid="plan-add">
                  {t('el.addCandidate')}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
        <RejectedAlert error={plan.error} rest={rest} />
      </Form>
    </Modal>
  );
}

/** Record a held election: each candidate's votes and the winner, whose term opens that day. */
function RecordModal({ target, onClose }: { target: Target | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RecordForm>();
  const village = Form.useWatch('villageCode', form) ?? target?.code;
  const candidates = Form.useWatch('candidates', form) ?? [];
  const [names, setNames] = useState<Record<string, string>>(
    Object.fromEntries(target?.planned?.candidates.map((c) => [c.code, c.name]) ?? []),
  );
  const [rest, setRest] = useState<Issue[]>([]);
  const qc = useQueryClient();
  const record = useMutation({
    mutationFn: (v: RecordForm) =>
      apiPost<{ winner: string }>(`/api/villages/${encodeURIComponent(target?.code ?? v.villageCode!)}/elections`, {
        on: v.on,
        candidates: v.candidates
          .filter((c) => c.personCode)
          .map((c) => ({ personCode: c.personCode, votes: c.votes ?? undefined })),
        winnerCode: v.winnerCode,
      }),
    onSuccess: (r) => {
      void message.success(t('el.recorded', { winner: r.winner }));
      void qc.invalidateQueries({ queryKey: ['elections'] });
      void qc.invalidateQueries({ queryKey: ['indicators'] });
      onClose();
    },
    onError: (e) => setRest(showIssues(form, e, { winner: 'winnerCode', validFrom: 'on' })),
  });
  const initial = target?.planned?.candidates.map((c) => ({ personCode: c.code })) ?? [{}];
  return (
    <Modal
      open
      title={target ? t('el.recordTitle', { village: target.name }) : t('el.record')}
      onCancel={onClose}
      okText={t('wf.save')}
      cancelText={t('wf.cancel')}
      onOk={() => form.submit()}
      confirmLoading={record.isPending}
      width={640}
    >
      <Form<RecordForm>
        form={form}
        layout="vertical"
        data-testid="record-form"
        initialValues={{ on: target?.planned?.on, candidates: initial }}
        onFinish={(v) => {
          setRest([]);
          record.mutate(v);
        }}
      >
        {!target && (
          <Form.Item
            name="villageCode"
            label={t('wf.village')}
            rules={[{ required: true, message: t('wf.required', { field: t('wf.village') }) }]}
          >
            <VillageSelect testId="record-village" />
          </Form.Item>
        )}
        <Form.Item
          name="on"
          label={t('el.on')}
          rules={[{ required: true, message: t('wf.required', { field: t('el.on') }) }]}
        >
          <DateInput testId="record-on" />
        </Form.Item>
        <Form.Item label={t('el.candidates')}>
          <Form.List name="candidates">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, i) => (
                  <Flex key={f.key} gap={8} style={{ marginBottom: 8 }} align="center">
                    <div style={{ flex: 1, minWidth: 0 }}>
                      <Form.Item name={[f.name, 'personCode']} noStyle>
                        <PersonSelect
                          testId={`record-candidate-${i}`}
                          ariaLabel={`${t('el.candidates')} ${i + 1}`}
                          village={village}
                          onPick={(code, name) => setNames((n) => ({ ...n, [code]: name }))}
                        />
                      </Form.Item>
                    </div>
                    <Form.Item name={[f.name, 'votes']} noStyle>
                      <InputNumber
                        data-testid={`record-votes-${i}`}
                        aria-label={`${t('el.votes')} ${i + 1}`}
                        min={0}
                        placeholder={t('el.votes')}
                        style={{ width: 110 }}
                      />
                    </Form.Item>
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      onClick={() => remove(f.name)}
                      aria-label={`${t('el.removeCandidate')} ${i + 1}`}
                    />
                  </Flex>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} data-testid="record-add">
                  {t('el.addCandidate')}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item
          name="winnerCode"
          label={t('el.winner')}
          rules={[{ required: true, message: t('wf.required', { field: t('el.winner') }) }]}
        >
          <Radio.Group
            data-testid="record-winner"
            options={candidates
              .filter((c) => c?.personCode)
              .map((c, i) => ({
                value: c.personCode!,
                label: names[c.personCode!] ?? c.personCode!,
                'data-testid': `record-winner-${i}`,
              }))}
          />
        </Form.Item>
        <RejectedAlert error={record.error} rest={rest} />
      </Form>
    </Modal>
  );
}

/** Head elections due within some months, whether a member stands, and the forms to plan and record one. */
export default function ElectionsPage() {
  const { t } = useTranslation();
  const canWrite = useCan('register.write');
  const [months, setMonths] = useState(6);
  const [noMember, setNoMember] = useState(false);
  const [planning, setPlanning] = useState<Target | null | false>(false);
  const [recording, setRecording] = useState<Target | null | false>(false);
  const due = useQuery({
    queryKey: ['elections', 'due', months, noMember],
    queryFn: ({ signal }) =>
      apiGet<DueElection[]>('/api/elections/due', { months, noMember: String(noMember) }, signal),
  });
  const today = todayIso();
  return (
    <div data-testid="elections">
      <PageTitle
        title={t('el.title')}
        actions={
          canWrite && (
            <Space wrap>
              <Button onClick={() => setPlanning(null)} data-testid="plan-other">
                {t('el.plan')}
              </Button>
              <Button type="primary" onClick={() => setRecording(null)} data-testid="record-other">
                {t('el.record')}
              </Button>
            </Space>
          )
        }
      />
      <Card
        size="small"
        title={t('el.dueTitle', { months })}
        extra={
          <Space wrap>
            <Select
              aria-label={t('el.horizon')}
              value={months}
              onChange={setMonths}
              style={{ width: 120 }}
              options={[3, 6, 12, 24].map((n) => ({ value: n, label: t('el.monthsN', { n }) }))}
            />
            <Space>
              <Switch
                checked={noMember}
                onChange={setNoMember}
                aria-label={t('el.onlyNoMember')}
                data-testid="only-no-member"
              />
              {t('el.onlyNoMember')}
            </Space>
          </Space>
        }
      >
        {due.error ? (
          <ErrorState error={due.error} onRetry={() => void due.refetch()} />
        ) : (
          <Table<DueElection>
            data-testid="elections-due"
            rowKey={(e) => e.village.code}
            size="small"
            loading={due.isLoading}
            dataSource={due.data ?? []}
            locale={{ emptyText: t('el.empty') }}
            pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
            scroll={{ x: true }}
            columns={[
              { key: 'village', title: t('wf.village'), render: (_, e) => `${e.village.name} (${e.village.code})` },
              {
                key: 'last',
                title: t('el.lastTerm'),
                render: (_, e) =>
                  e.lastTerm
                    ? `${e.lastTerm.from ? formatDate(e.lastTerm.from) : '…'} – ${e.lastTerm.to ? formatDate(e.lastTerm.to) : '…'}${e.lastTerm.how ? ` (${t(`el.howNames.${e.lastTerm.how}`, { defaultValue: e.lastTerm.how })})` : ''}`
                    : '—',
              },
              {
                key: 'due',
                title: t('el.due'),
                render: (_, e) => <Tag color={e.due < today ? 'red' : 'orange'}>{formatDate(e.due)}</Tag>,
              },
              {
                key: 'planned',
                title: t('el.planned'),
                render: (_, e) =>
                  e.planned ? (
                    <div>
                      {formatDate(e.planned.on)}
                      <div className="muted">
                        {e.planned.candidates
                          .map((c) => c.name + (c.isMember ? ` (${t('el.member')})` : ''))
                          .join(', ')}
                      </div>
                    </div>
                  ) : (
                    <span className="muted">{t('el.notPlanned')}</span>
                  ),
              },
              {
                key: 'member',
                title: t('el.memberStands'),
                render: (_, e) => (
                  <Tag color={e.memberAmongCandidates ? 'green' : 'default'}>
                    {e.memberAmongCandidates ? t('wf.yes') : t('wf.no')}
                  </Tag>
                ),
              },
              ...(canWrite
                ? [
                    {
                      key: 'actions',
                      title: '',
                      render: (_: unknown, e: DueElection) => (
                        <Space>
                          <Button
                            size="small"
                            onClick={() =>
                              setPlanning({ code: e.village.code, name: e.village.name, planned: e.planned })
                            }
                          >
                            {t('el.plan')}
                          </Button>
                          <Button
                            size="small"
                            type="primary"
                            ghost
                            onClick={() =>
                              setRecording({ code: e.village.code, name: e.village.name, planned: e.planned })
                            }
                          >
                            {t('el.record')}
                          </Button>
                        </Space>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </Card>
      {planning !== false && <PlanModal target={planning} onClose={() => setPlanning(false)} />}
      {recording !== false && <RecordModal target={recording} onClose={() => setRecording(false)} />}
    </div>
  );
}
