import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Form,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCan } from '../../app/auth';
import { ErrorState, PageLoading } from '../../components/States';
import { apiPost, errorText } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { currentLang } from '../../i18n';
import { ruleSetLabel } from '../../../../common/rules';
import { DateInput, DueTag, PersonSelect, showIssues, type Issue } from '../workflow/fields';
import { nextStep, stepKinds, useProspect, type ProspectView, type StepKind } from './data';
import { DecidedBy, deciderOf } from './Decider';

type Steps = ProspectView['steps'];

const dated: Record<string, StepKind[]> = {
  date: ['certificate', 'application', 'check', 'resolution', 'decision', 'ceremony', 'review', 'outcome', 'drop'],
};

/** The server's field of each dated step, so a refused date shows on the date field. */
const dateField: Record<string, string> = {
  introducers: '-',
  certificateOn: 'date',
  applicationOn: 'date',
  checkedOn: 'date',
  resolutionOn: 'date',
  decisionOn: 'date',
  ceremonyOn: 'date',
  reviewOn: 'date',
  outcomeOn: 'date',
  droppedOn: 'date',
  plannedOn: 'date',
};

interface StepForm {
  step: StepKind;
  date?: string;
  votesFor?: number;
  officialMembers?: number;
  extended?: boolean;
  outcome?: 'official' | 'removed';
  introducers?: { kind: 'member' | 'youthUnion'; personCode?: string; knownSince?: string }[];
}

function bodyOf(v: StepForm): object {
  switch (v.step) {
    case 'introducers':
      return {
        step: v.step,
        introducers: (v.introducers ?? []).map((i) =>
          i.kind === 'youthUnion'
            ? { kind: i.kind }
            : { kind: i.kind, personCode: i.personCode, knownSince: i.knownSince || undefined },
        ),
      };
    case 'resolution':
      return { step: v.step, date: v.date, votesFor: v.votesFor, officialMembers: v.officialMembers };
    case 'extend':
      return { step: v.step, extended: !!v.extended };
    case 'outcome':
      return { step: v.step, date: v.date, outcome: v.outcome };
    case 'plan':
      // the one date that may lie ahead; empty clears it
      return { step: v.step, plannedOn: v.date || null };
    default:
      return { step: v.step, date: v.date };
  }
}

/** Records one step; a refused step shows its reasons on the fields they concern and changes nothing. */
function StepRecorder({ prospect }: { prospect: ProspectView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<StepForm>();
  const step = Form.useWatch('step', form) ?? nextStep[prospect.stage] ?? 'drop';
  const [rest, setRest] = useState<Issue[]>([]);
  const qc = useQueryClient();
  const record = useMutation({
    mutationFn: (v: StepForm) => apiPost<ProspectView>(`/api/prospects/${prospect.id}/steps`, bodyOf(v)),
    onSuccess: (p, v) => {
      qc.setQueryData(['prospects', 'one', prospect.id], p);
      void qc.invalidateQueries({ queryKey: ['prospects'] });
      void message.success({
        key: 'admission-step',
        content: t('adm.stepSaved', { step: t(`adm.stepNames.${v.step}`) }),
      });
      const next = nextStep[p.stage];
      form.resetFields();
      form.setFieldsValue({ step: (next ?? 'drop') as StepKind, introducers: defaultIntroducers, outcome: 'official' });
    },
    onError: (e) => setRest(showIssues(form, e, dateField)),
  });
  const required = (label: string) => [{ required: true, message: t('wf.required', { field: label }) }];
  return (
    <Card size="small" title={t('adm.record')} data-testid="step-recorder">
      <Form<StepForm>
        form={form}
        layout="vertical"
        initialValues={{ step, introducers: defaultIntroducers, outcome: 'official', extended: true }}
        onFinish={(v) => {
          setRest([]);
          record.mutate(v);
        }}
        onValuesChange={(changed) => {
          if ('step' in changed) setRest([]);
        }}
      >
        <Form.Item name="step" label={t('adm.step')}>
          <Select
            data-testid="step-kind"
            virtual={false}
            options={stepKinds.map((k) => ({ value: k, label: t(`adm.stepNames.${k}`) }))}
          />
        </Form.Item>
        {dated.date.includes(step) && (
          <Form.Item name="date" label={t('wf.date')} rules={required(t('wf.date'))}>
            <DateInput testId="step-date" />
          </Form.Item>
        )}
        {step === 'plan' && (
          <Form.Item name="date" label={t('adm.plannedOn')} extra={t('adm.plannedHint')}>
            <DateInput testId="step-date" />
          </Form.Item>
        )}
        {step === 'resolution' && (
          <Row gutter={12}>
            <Col xs={24} sm={12}>
              <Form.Item name="votesFor" label={t('adm.votesFor')} rules={required(t('adm.votesFor'))}>
                <InputNumber data-testid="step-votes" min={0} max={500} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item
                name="officialMembers"
                label={t('adm.officialMembers')}
                rules={required(t('adm.officialMembers'))}
              >
                <InputNumber data-testid="step-members" min={1} max={500} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        )}
        {step === 'extend' && (
          <Form.Item name="extended" label={t('adm.extended')} valuePropName="checked">
            <Switch data-testid="step-extended" />
          </Form.Item>
        )}
        {step === 'outcome' && (
          <Form.Item name="outcome" label={t('adm.outcome')}>
            <Radio.Group
              data-testid="step-outcome"
              options={(['official', 'removed'] as const).map((o) => ({ value: o, label: t(`adm.outcomes.${o}`) }))}
            />
          </Form.Item>
        )}
        {step === 'introducers' && <IntroducerList />}
        {rest.length > 0 && (
          <Alert
            type="error"
            showIcon
            role="alert"
            style={{ marginBottom: 12 }}
            title={t('wf.rejected')}
            description={
              <ul style={{ margin: 0 }}>
                {rest.map((i) => (
                  <li key={i.field + i.code}>{i.message}</li>
                ))}
              </ul>
            }
          />
        )}
        {record.error && rest.length === 0 && !(record.error as { details?: unknown }).details && (
          <Alert type="error" showIcon role="alert" style={{ marginBottom: 12 }} title={errorText(record.error)} />
        )}
        <Button type="primary" htmlType="submit" loading={record.isPending} data-testid="step-save">
          {t('wf.save')}
        </Button>
      </Form>
    </Card>
  );
}

const defaultIntroducers = [{ kind: 'member' as const }, { kind: 'member' as const }];

function IntroducerList() {
  const { t } = useTranslation();
  return (
    <Form.Item label={t('adm.stepNames.introducers')} required>
      <Form.List name="introducers">
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((f, i) => (
              <Space
                key={f.key}
                align="start"
                wrap
                data-testid={`introducer-${i}`}
                style={{ display: 'flex', marginBottom: 8 }}
              >
                <Form.Item name={[f.name, 'kind']} noStyle>
                  <Select
                    style={{ width: 170 }}
                    options={(['member', 'youthUnion'] as const).map((k) => ({
                      value: k,
                      label: t(`adm.introducerKind.${k}`),
                    }))}
                  />
                </Form.Item>
                <Form.Item noStyle shouldUpdate>
                  {({ getFieldValue }) =>
                    getFieldValue(['introducers', f.name, 'kind']) === 'member' && (
                      <Space wrap>
                        <Form.Item
                          name={[f.name, 'personCode']}
                          noStyle
                          rules={[{ required: true, message: t('wf.required', { field: t('adm.introducer') }) }]}
                        >
                          <PersonSelect testId={`introducer-${i}-person`} />
                        </Form.Item>
                        <Form.Item name={[f.name, 'knownSince']} noStyle>
                          <DateInput testId={`introducer-${i}-known`} />
                        </Form.Item>
                      </Space>
                    )
                  }
                </Form.Item>
                {fields.length > 1 && <MinusCircleOutlined onClick={() => remove(f.name)} aria-label="remove" />}
              </Space>
            ))}
            {fields.length < 3 && (
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'member' })}>
                {t('adm.addIntroducer')}
              </Button>
            )}
            <Form.ErrorList errors={errors} />
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}

/** One admission case: its steps so far, the deadline that runs, notes under the rules, and the next step to record. */
export default function ProspectPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const canWrite = useCan('register.write');
  const q = useProspect(id);
  if (q.isLoading) return <PageLoading />;
  if (q.error || !q.data) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const p = q.data;
  const s: Steps = p.steps;
  const d = (iso: string | null | undefined) =>
    iso ? formatDate(iso) : <span className="muted">{t('adm.notReached')}</span>;
  const done = p.stage === 'official' || p.stage === 'removed' || p.stage === 'dropped';
  return (
    <div data-testid="prospect">
      <Link to="/admissions">← {t('adm.title')}</Link>
      <Flex align="center" gap={12} wrap style={{ margin: '8px 0 16px' }}>
        <Typography.Title level={1} style={{ margin: 0 }}>
          {p.fullName}
        </Typography.Title>
        <Tag
          color={p.stage === 'official' ? 'green' : done ? 'default' : 'blue'}
          data-testid="prospect-stage"
          data-stage={p.stage}
        >
          {t(`adm.stages.${p.stage}`)}
        </Tag>
        {p.deadline && (
          <span data-testid="prospect-deadline">
            {t(`adm.stepNames.${p.deadline.step}`)}: <DueTag due={p.deadline.due} urgency={p.deadline.urgency} />
            <DecidedBy decider={deciderOf(p, p.deadline.step)} />
            <span className="muted">
              {t('adm.ruleSet', { ruleSet: ruleSetLabel(p.deadline.ruleSet, currentLang()) })}
            </span>
          </span>
        )}
        {!p.deadline && !done && <DecidedBy decider={deciderOf(p)} />}
        {p.plannedOn && (
          <Tag data-testid="prospect-planned" color="cyan">
            {t('adm.planned', { on: formatDate(p.plannedOn) })}
          </Tag>
        )}
      </Flex>
      {p.issues.length > 0 && (
        <Alert
          type={p.issues.some((i) => i.severity === 'error') ? 'error' : 'warning'}
          showIcon
          style={{ marginBottom: 16 }}
          title={t('adm.issues')}
          description={
            <ul style={{ margin: 0 }}>
              {p.issues.map((i) => (
                <li key={i.field + i.code}>{i.message}</li>
              ))}
            </ul>
          }
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={canWrite && !done ? 12 : 24}>
          <Card size="small" title={t('adm.steps')}>
            <Descriptions
              size="small"
              column={1}
              data-testid="prospect-steps"
              items={[
                {
                  key: 'person',
                  label: t('wf.person'),
                  children: `${p.fullName} (${p.personCode})${s.birthDate ? ` · ${formatDate(s.birthDate)}` : ''}`,
                },
                {
                  key: 'village',
                  label: t('wf.village'),
                  children: `${p.villageName ?? p.villageCode}${p.cellCode ? ` · ${p.cellCode}` : ''}`,
                },
                { key: 'recommendedOn', label: t('adm.fields.recommendedOn'), children: d(s.recommendedOn) },
                { key: 'certificateOn', label: t('adm.fields.certificateOn'), children: d(s.certificateOn) },
                { key: 'applicationOn', label: t('adm.fields.applicationOn'), children: d(s.applicationOn) },
                {
                  key: 'introducers',
                  label: t('adm.stepNames.introducers'),
                  children: s.introducers.length
                    ? s.introducers.map((i, n) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: the introducers of a step, in their fixed order
                        <div key={n}>
                          {t(`adm.introducerKind.${i.kind}`)}
                          {i.knownSince ? ` · ${t('adm.knownSince')} ${formatDate(i.knownSince)}` : ''}
                        </div>
                      ))
                    : d(null),
                },
                { key: 'checkedOn', label: t('adm.fields.checkedOn'), children: d(s.checkedOn) },
                {
                  key: 'resolutionOn',
                  label: t('adm.fields.resolutionOn'),
                  children: s.resolutionOn
                    ? `${formatDate(s.resolutionOn)} · ${t('adm.votes', { votes: s.votesFor, members: s.officialMembers })}`
                    : d(null),
                },
                {
                  key: 'decisionOn',
                  label: t('adm.fields.decisionOn'),
                  children: (
                    <span data-testid="step-decision">
                      {d(s.decisionOn)}
                      {s.decisionExtended ? ` · ${t('adm.stepNames.extend')}` : ''}{' '}
                      <DecidedBy decider={p.decidedBy.admission} />
                    </span>
                  ),
                },
                { key: 'ceremonyOn', label: t('adm.fields.ceremonyOn'), children: d(s.ceremonyOn) },
                { key: 'reviewOn', label: t('adm.fields.reviewOn'), children: d(s.reviewOn) },
                {
                  key: 'outcomeOn',
                  label: t('adm.fields.outcomeOn'),
                  children: (
                    <span data-testid="step-outcome">
                      {s.outcome ? `${formatDate(s.outcomeOn!)} · ${t(`adm.outcomes.${s.outcome}`)}` : d(null)}{' '}
                      <DecidedBy decider={p.decidedBy.recognition} />
                    </span>
                  ),
                },
                ...(s.droppedOn
                  ? [{ key: 'droppedOn', label: t('adm.fields.droppedOn'), children: d(s.droppedOn) }]
                  : []),
                ...(done
                  ? []
                  : [
                      {
                        key: 'plannedOn',
                        label: t('adm.fields.plannedOn'),
                        children: (
                          <span data-testid="step-planned">{p.plannedOn ? formatDate(p.plannedOn) : d(null)}</span>
                        ),
                      },
                    ]),
              ]}
            />
          </Card>
        </Col>
        {canWrite && !done && (
          <Col xs={24} lg={12}>
            <StepRecorder key={p.id} prospect={p} />
          </Col>
        )}
      </Row>
    </div>
  );
}
