import { FileExcelOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Flex, Radio, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorState, PageLoading } from '../../components/States';
import { apiDownload, errorText, saveDownload } from '../../lib/api';
import i18n from '../../i18n';
import { formatDate, todayIso } from '../../lib/format';
import { useUrlState } from '../../lib/urlState';
import { DateInput, PageTitle } from '../workflow/fields';
import { useChecks, type Finding } from './data';
import './i18n';

const isIso = (v: string | null): v is string => !!v && /^\d{4}-\d{2}-\d{2}$/.test(v);

/** The record a finding opens, linked to its page. */
function RecordLink({ f }: { f: Finding }) {
  if (!f.record) return null;
  const text = `${f.record.name ?? ''} (${f.record.code})`;
  return f.link ? <Link to={f.link}>{text}</Link> : <span>{text}</span>;
}

/**
 * /checks: the data-quality checks of the account's scope at a date (today by
 * default) or over all history, grouped by commune, each finding linked to
 * the page of its record. The date and the mode live in the address.
 */
export default function ChecksPage() {
  const { t } = useTranslation();
  const [params, update] = useUrlState();
  const all = params.get('all') === 'true';
  const at = isIso(params.get('at')) ? params.get('at')! : todayIso();
  const q = useChecks({ at, all });
  const { message } = App.useApp();
  // the same findings as a workbook: the same query, scope and language
  const download = useMutation({
    mutationFn: () =>
      apiDownload('/api/checks/xlsx', {
        at: all ? undefined : at,
        all: all ? 'true' : undefined,
        lang: i18n.language === 'en' ? 'en' : undefined,
      }),
    onSuccess: (file) => {
      saveDownload(file);
      void message.success(t('chk.downloaded', { name: file.fileName }));
    },
    onError: (e) => void message.error(errorText(e)),
  });

  const groups = new Map<string, { title: string; findings: Finding[] }>();
  for (const f of q.data?.findings ?? []) {
    const key = f.commune?.code ?? '';
    const title = f.commune ? `${f.commune.name ?? ''} (${f.commune.code})` : t('chk.noCommune');
    if (!groups.has(key)) groups.set(key, { title, findings: [] });
    groups.get(key)!.findings.push(f);
  }
  const span = (f: Finding) =>
    `${f.validFrom ? formatDate(f.validFrom) : '…'} – ${f.validTo ? formatDate(f.validTo) : t('chk.now')}`;

  return (
    <div data-testid="checks-page">
      <PageTitle title={t('chk.title')} />
      <Flex gap={16} wrap align="center" style={{ marginBottom: 16 }}>
        <Radio.Group
          value={all ? 'all' : 'at'}
          onChange={(e) => update({ all: e.target.value === 'all' ? 'true' : null })}
          options={[
            { value: 'at', label: t('chk.at') },
            { value: 'all', label: t('chk.all') },
          ]}
          optionType="button"
        />
        {!all && <DateInput value={at} onChange={(v) => update({ at: v })} testId="checks-date" />}
        {q.data && (
          <Space size="large">
            <Statistic
              title={t('chk.errors')}
              value={q.data.count.error}
              valueStyle={{ color: q.data.count.error ? '#cf1322' : undefined }}
            />
            <Statistic title={t('chk.warnings')} value={q.data.count.warning} />
          </Space>
        )}
        <Button
          icon={<FileExcelOutlined />}
          disabled={!q.data}
          loading={download.isPending}
          onClick={() => download.mutate()}
          data-testid="checks-xlsx"
        >
          {t('chk.xlsx')}
        </Button>
      </Flex>
      {q.isPending ? (
        <PageLoading />
      ) : q.isError ? (
        <ErrorState error={q.error} onRetry={() => void q.refetch()} />
      ) : groups.size === 0 ? (
        <EmptyState text={t('chk.none')} />
      ) : (
        [...groups.entries()].map(([key, g]) => (
          <Card
            key={key}
            size="small"
            title={g.title}
            style={{ marginBottom: 16 }}
            data-testid={`checks-commune-${key}`}
          >
            <Table<Finding>
              size="small"
              pagination={false}
              rowKey={(f) =>
                `${f.code}-${f.person?.code ?? ''}-${f.village?.code ?? ''}-${f.cell?.code ?? ''}-${f.validFrom ?? ''}`
              }
              dataSource={g.findings}
              scroll={{ x: 900 }}
              columns={[
                {
                  title: t('chk.severity'),
                  key: 'sev',
                  width: 110,
                  render: (_, f) => <Tag color={f.severity === 'error' ? 'red' : 'gold'}>{t(`chk.${f.severity}`)}</Tag>,
                },
                { title: t('chk.record'), key: 'record', render: (_, f) => <RecordLink f={f} /> },
                {
                  title: t('chk.finding'),
                  key: 'message',
                  render: (_, f) => (
                    <>
                      <Typography.Text strong>{f.title}</Typography.Text>
                      <div className="muted">{f.message}</div>
                    </>
                  ),
                },
                { title: t('chk.dates'), key: 'dates', width: 200, render: (_, f) => span(f) },
                { title: t('chk.rule'), key: 'rule', width: 160, render: (_, f) => f.rule.label },
              ]}
            />
          </Card>
        ))
      )}
    </div>
  );
}
