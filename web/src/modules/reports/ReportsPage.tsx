import { CloudUploadOutlined, FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Form, Input, Popconfirm, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schema } from '../../api/types';

type PublishResult = Schema<'PublishResult'>;
type Report = Schema<'Report'>;
import { useCan, useSignedIn } from '../../app/auth';
import { ErrorState, PageLoading } from '../../components/States';
import { apiDownload, apiGet, apiPost, errorText, saveDownload } from '../../lib/api';
import { formatDate, isIsoDate, todayIso } from '../../lib/format';
import { findUnit, useUnitTree, startUnit } from '../../lib/units';
import { useUrlState } from '../../lib/urlState';
import { DateField } from '../../components/DateField';
import { ScopePicker } from '../../components/ScopePicker';
import { Appendices, ComparisonTable, UnitsTable } from './ReportTables';

/**
 * The report of a unit over a period: the narrative, the tables and the
 * appendices as the documents will show them, the files to download, and a
 * draft on the portal for its editors. The choices live in the address.
 */
export default function ReportsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const account = useSignedIn();
  const canPublish = useCan('portal.edit');
  const [params, update] = useUrlState();
  const [signer, setSigner] = useState('');
  const [number, setNumber] = useState('');

  const today = todayIso();
  const to = isIsoDate(params.get('to')) ? params.get('to')! : today;
  const from = isIsoDate(params.get('from')) ? params.get('from')! : `${Number(to.slice(0, 4)) - 1}-${to.slice(5)}`;
  const valid = from < to;

  const tree = useUnitTree(to);
  const roots = tree.data?.units ?? [];
  const scope = (findUnit(roots, params.get('scope') ?? account.scopeCode) ?? startUnit(roots))?.code;

  const query = { scope, from, to, signer: signer.trim() || undefined, number: number || undefined };
  const report = useQuery({
    queryKey: ['reports', scope, from, to],
    queryFn: ({ signal }) => apiGet<Report>('/api/reports', { scope, from, to }, signal),
    enabled: !!scope && valid,
    staleTime: 60_000,
  });

  const download = useMutation({
    mutationFn: (format: 'xlsx' | 'pdf') => apiDownload(`/api/reports/${format}`, query),
    onSuccess: (file) => {
      saveDownload(file);
      void message.success(t('rep.downloaded', { name: file.fileName }));
    },
  });
  const publish = useMutation({
    mutationFn: () =>
      apiPost<PublishResult>('/api/reports/publish', { scope, from, to, lang: i18n.language === 'en' ? 'en' : 'vi' }),
  });

  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const r = report.data;
  return (
    <div data-testid="reports">
      <Typography.Title level={1} style={{ marginTop: 0 }}>
        {t('rep.title')}
      </Typography.Title>
      <Card size="small">
        <Form layout="vertical">
          <Row gutter={[12, 8]}>
            <Col xs={24} md={12} xl={8}>
              <Form.Item label={t('rep.scope')}>
                <ScopePicker
                  units={roots}
                  value={scope}
                  loading={tree.isPending}
                  onChange={(code) => update({ scope: code })}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6} xl={4}>
              <DateField
                testId="report-from"
                label={t('rep.from')}
                value={from}
                allowClear={false}
                onChange={(d) => d && update({ from: d })}
              />
            </Col>
            <Col xs={12} md={6} xl={4}>
              <DateField
                testId="report-to"
                label={t('rep.to')}
                value={to}
                allowClear={false}
                onChange={(d) => d && update({ to: d })}
              />
            </Col>
            <Col xs={24} md={12} xl={4}>
              <Form.Item label={t('rep.signer')} extra={t('rep.signerHint')} htmlFor="report-signer">
                <Input
                  id="report-signer"
                  data-testid="report-signer"
                  value={signer}
                  maxLength={120}
                  onChange={(e) => setSigner(e.target.value)}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={4}>
              <Form.Item
                label={t('rep.number')}
                htmlFor="report-number"
                extra={
                  r ? t('rep.numberHint', { line: `Số ${number || '…'}-BC/${r.heading.abbreviation}` }) : undefined
                }
              >
                <Input
                  id="report-number"
                  data-testid="report-number"
                  value={number}
                  maxLength={6}
                  inputMode="numeric"
                  placeholder={t('rep.numberBlank')}
                  onChange={(e) => setNumber(e.target.value.replace(/[^0-9]/g, ''))}
                />
              </Form.Item>
            </Col>
          </Row>
          <Space wrap>
            <Button
              icon={<FileExcelOutlined />}
              disabled={!r}
              loading={download.isPending && download.variables === 'xlsx'}
              onClick={() => download.mutate('xlsx')}
              data-testid="report-xlsx"
            >
              {t('rep.xlsx')}
            </Button>
            <Button
              icon={<FilePdfOutlined />}
              disabled={!r}
              loading={download.isPending && download.variables === 'pdf'}
              onClick={() => download.mutate('pdf')}
              data-testid="report-pdf"
            >
              {t('rep.pdf')}
            </Button>
            {canPublish && (
              <Popconfirm
                title={t('rep.publishConfirm')}
                onConfirm={() => publish.mutate()}
                okButtonProps={{ 'data-testid': 'report-publish-ok' } as Record<`data-${string}`, string>}
              >
                <Button
                  type="primary"
                  icon={<CloudUploadOutlined />}
                  disabled={!r}
                  loading={publish.isPending}
                  data-testid="report-publish"
                >
                  {t('rep.publish')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        </Form>
      </Card>

      {!valid && <Alert style={{ marginTop: 12 }} type="warning" showIcon title={t('rep.sameDates')} />}
      {download.isError && (
        <Alert
          style={{ marginTop: 12 }}
          type="error"
          showIcon
          title={errorText(download.error)}
          data-testid="report-download-error"
        />
      )}
      {publish.isError && <Alert style={{ marginTop: 12 }} type="error" showIcon title={errorText(publish.error)} />}
      {publish.data && (
        <Alert
          style={{ marginTop: 12 }}
          type="success"
          showIcon
          data-testid="report-published"
          title={t('rep.published', { title: publish.data.title, id: publish.data.id })}
        />
      )}

      <div style={{ marginTop: 16 }} aria-live="polite">
        {tree.isError ? (
          <ErrorState error={tree.error} onRetry={() => void tree.refetch()} />
        ) : report.isError ? (
          <ErrorState error={report.error} onRetry={() => void report.refetch()} />
        ) : !r ? (
          valid && <PageLoading />
        ) : (
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <Card
              size="small"
              title={`${t('rep.narrative')}: ${r.scope.name}, ${formatDate(r.from)} – ${formatDate(r.to)}`}
            >
              <Typography.Paragraph data-testid="report-narrative" style={{ marginBottom: 0 }}>
                {r.narrative[lang]}
              </Typography.Paragraph>
            </Card>
            <Card size="small" title={t('rep.comparison')}>
              <ComparisonTable report={r} />
            </Card>
            <Card size="small" title={t('rep.byUnit', { at: formatDate(r.to) })}>
              <UnitsTable report={r} />
            </Card>
            <Appendices report={r} />
          </Space>
        )}
      </div>
    </div>
  );
}
