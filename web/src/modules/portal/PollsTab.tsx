import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Input,
  Modal,
  Progress,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/States';
import { apiGet, apiPost, errorText } from '../../lib/api';
import { formatNumber } from '../../lib/format';
import type { Schema } from '../../api/types';

type PollResultView = Schema<'PollResult'>;
import { formatDateTime } from './ArticlesTab';
import { LinkButton } from '../../components/LinkButton';

interface PollForm {
  question: string;
  multiple: boolean;
  opensAt: Dayjs;
  closesAt: Dayjs | null;
  options: string;
}

const stateColors = { upcoming: 'gold', open: 'green', closed: 'default' } as const;

/** An option's share of the people who voted, as the portal shows it: 80,7%. */
const share = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });

/**
 * A poll's results: each option's votes and share of the people who voted
 * (in a multiple-choice poll the shares may add up to more than 100%), and
 * a line saying what the shares are of, in the portal's words.
 */
function PollResults({ poll }: { poll: PollResultView }) {
  const { t } = useTranslation();
  const n = poll.ballots;
  return (
    <div style={{ minWidth: 220 }} data-testid="poll-results">
      {poll.options.map((o) => (
        <div key={o.id}>
          <span>
            {o.label}: {formatNumber(o.votes)}
            {n > 0 ? ` (${share.format(o.votes / n)})` : ''}
          </span>
          <Progress
            percent={n ? Math.round((o.votes / n) * 1000) / 10 : 0}
            size="small"
            showInfo={false}
            status="normal"
            aria-label={o.label}
          />
        </div>
      ))}
      <div>
        {t('portal.poll.ballots')}: {formatNumber(n)}
      </div>
      {n > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t(poll.multiple ? 'portal.poll.baseMultiple' : 'portal.poll.baseSingle', { n: formatNumber(n) })}
        </Typography.Text>
      )}
    </div>
  );
}

function PollModal({ poll, onClose }: { poll: PollResultView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<PollForm>();
  const save = useMutation({
    mutationFn: (v: PollForm) =>
      apiPost<PollResultView>(poll ? `/api/editorial/polls/${poll.id}` : '/api/editorial/polls', {
        question: v.question,
        multiple: v.multiple,
        opensAt: v.opensAt.toISOString(),
        closesAt: v.closesAt ? v.closesAt.toISOString() : null,
        options: v.options
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean),
      }),
    onSuccess: () => {
      void message.success(t('portal.saved'));
      void qc.invalidateQueries({ queryKey: ['portal', 'polls'] });
      onClose();
    },
  });
  return (
    <Modal
      open
      width={640}
      title={poll ? t('portal.editPoll') : t('portal.newPoll')}
      onCancel={onClose}
      okText={t('wf.save')}
      cancelText={t('wf.cancel')}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        data-testid="poll-form"
        onFinish={(v) => save.mutate(v)}
        initialValues={
          poll
            ? {
                question: poll.question,
                multiple: poll.multiple,
                opensAt: dayjs(poll.opensAt),
                closesAt: poll.closesAt ? dayjs(poll.closesAt) : null,
                options: poll.options.map((o) => o.label).join('\n'),
              }
            : { question: '', multiple: false, opensAt: dayjs(), closesAt: dayjs().add(30, 'day'), options: '' }
        }
      >
        <Form.Item
          name="question"
          label={t('portal.poll.question')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('wf.required', { field: t('portal.poll.question').toLowerCase() }),
            },
          ]}
        >
          <Input maxLength={500} data-testid="poll-question" />
        </Form.Item>
        <Form.Item name="multiple" valuePropName="checked">
          <Checkbox>{t('portal.poll.multiple')}</Checkbox>
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="opensAt" label={t('portal.poll.opensAt')} rules={[{ required: true }]}>
            <DatePicker showTime format="DD/MM/YYYY HH:mm" />
          </Form.Item>
          <Form.Item name="closesAt" label={t('portal.poll.closesAt')}>
            <DatePicker showTime format="DD/MM/YYYY HH:mm" placeholder={t('portal.poll.noClose')} />
          </Form.Item>
        </Flex>
        <Form.Item
          name="options"
          label={t('portal.poll.options')}
          extra={t('portal.poll.optionsHint')}
          rules={[{ required: true, message: t('portal.poll.optionsHint') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} data-testid="poll-options" />
        </Form.Item>
        {save.error && <Alert type="error" showIcon role="alert" title={errorText(save.error)} />}
      </Form>
    </Modal>
  );
}

/** Polls with their dates, state and results; a poll opens in a form. */
export default function PollsTab() {
  const { t } = useTranslation();
  const [open, setOpen] = useState<PollResultView | 'new' | null>(null);
  const list = useQuery({
    queryKey: ['portal', 'polls'],
    queryFn: () => apiGet<PollResultView[]>('/api/editorial/polls'),
  });
  if (list.error) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <>
      <Flex justify="end" style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen('new')} data-testid="poll-new">
          {t('portal.newPoll')}
        </Button>
      </Flex>
      <Table<PollResultView>
        rowKey="id"
        size="middle"
        loading={list.isLoading}
        dataSource={list.data}
        data-testid="polls-table"
        pagination={false}
        columns={[
          {
            key: 'question',
            title: t('portal.poll.question'),
            render: (_, p) => <LinkButton onClick={() => setOpen(p)}>{p.question}</LinkButton>,
          },
          {
            key: 'state',
            title: t('portal.fields.state'),
            render: (_, p) => <Tag color={stateColors[p.state]}>{t(`portal.pollStates.${p.state}`)}</Tag>,
          },
          {
            key: 'dates',
            title: `${t('portal.poll.opensAt')} – ${t('portal.poll.closesAt')}`,
            render: (_, p) =>
              `${formatDateTime(p.opensAt)} – ${p.closesAt ? formatDateTime(p.closesAt) : t('portal.poll.noClose')}`,
            responsive: ['md'],
          },
          {
            key: 'results',
            title: t('portal.poll.results'),
            render: (_, p) => <PollResults poll={p} />,
          },
        ]}
      />
      {open !== null && <PollModal poll={open === 'new' ? null : open} onClose={() => setOpen(null)} />}
    </>
  );
}
