import { CheckCircleOutlined, CloudUploadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Progress, Table, Tabs, Typography, Upload, type TableColumnsType } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schema } from '../../api/types';
import { ErrorState } from '../../components/States';
import i18n from '../../i18n';
import { ApiError, apiUpload } from '../../lib/api';
import { formatNumber } from '../../lib/format';
import { useRefreshRegister } from '../common/data';
import { formatBytes } from './bytes';
import './i18n';

export type ImportSummary = Schema<'ImportSummary'>;
type Issue = ImportSummary['errors'][number];

type State =
  | { step: 'idle' }
  | { step: 'sending'; dryRun: boolean; sent: number; total: number }
  | { step: 'done'; dryRun: boolean; summary: ImportSummary }
  | { step: 'failed'; error: unknown };

/** The summary a refused import sends beside its error (422 IMPORT_REJECTED), if this is one. */
function rejectedSummary(e: unknown): ImportSummary | null {
  if (
    e instanceof ApiError &&
    e.code === 'IMPORT_REJECTED' &&
    e.body &&
    typeof e.body === 'object' &&
    'errors' in e.body
  )
    return e.body as ImportSummary;
  return null;
}

function IssueTable({ issues, testId }: { issues: Issue[]; testId: string }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Issue & { key: number }> = [
    { title: t('transfer.sheet'), dataIndex: 'sheet', width: 130 },
    {
      title: t('transfer.row'),
      dataIndex: 'row',
      width: 70,
      align: 'right',
      render: (r: number | null) => (r === null ? '' : formatNumber(r)),
    },
    { title: t('transfer.column'), dataIndex: 'column', width: 150 },
    {
      title: t('transfer.value'),
      dataIndex: 'value',
      width: 160,
      render: (v: string | null) => <span className="cell-value">{v}</span>,
    },
    { title: t('transfer.message'), dataIndex: 'message' },
  ];
  return (
    <Table
      data-testid={testId}
      size="small"
      columns={columns}
      dataSource={issues.map((i, key) => ({ ...i, key }))}
      scroll={{ x: 900 }}
      pagination={{
        defaultPageSize: 20,
        hideOnSinglePage: true,
        showSizeChanger: true,
        pageSizeOptions: [20, 100, 500],
        showTotal: (n) => t('reg.total', { total: formatNumber(n) }),
      }}
    />
  );
}

function ChangesTable({ changes }: { changes: ImportSummary['changes'] }) {
  const { t } = useTranslation();
  const rows = Object.entries(changes).map(([sheet, c]) => ({ sheet, ...c }));
  const touched = rows.filter((r) => r.inserted + r.updated + r.unchanged > 0);
  if (touched.length === 0)
    return <Typography.Paragraph type="secondary">{t('transfer.noChanges')}</Typography.Paragraph>;
  const n = (v: number) => (v === 0 ? <span className="muted">0</span> : <strong>{formatNumber(v)}</strong>);
  const columns: TableColumnsType<(typeof rows)[number]> = [
    {
      title: t('transfer.sheet'),
      dataIndex: 'sheet',
      render: (s: string) => `${t(`transfer.sheets.${s}`, { defaultValue: s })} (${s})`,
    },
    { title: t('transfer.inserted'), dataIndex: 'inserted', width: 120, align: 'right', render: n },
    { title: t('transfer.updated'), dataIndex: 'updated', width: 120, align: 'right', render: n },
    {
      title: t('transfer.unchanged'),
      dataIndex: 'unchanged',
      width: 120,
      align: 'right',
      render: (v: number) => <span className="muted">{formatNumber(v)}</span>,
    },
  ];
  return (
    <Table
      data-testid="import-changes"
      rowKey="sheet"
      size="small"
      columns={columns}
      dataSource={touched}
      pagination={false}
    />
  );
}

/** Whether an import would insert or change any row (a file the register already holds changes nothing). */
const writesSomething = (summary: ImportSummary) =>
  Object.values(summary.changes).some((c) => c.inserted + c.updated > 0);

function statusText(dryRun: boolean, summary: ImportSummary): string {
  const count = summary.errors.length;
  if (dryRun)
    return count
      ? i18n.t('transfer.dryRunErrors', { count })
      : writesSomething(summary)
        ? i18n.t('transfer.dryRunOk')
        : i18n.t('transfer.dryRunNothing');
  return count ? i18n.t('transfer.rejected', { count }) : i18n.t('transfer.committed');
}

function Summary({ dryRun, summary }: { dryRun: boolean; summary: ImportSummary }) {
  const { t } = useTranslation();
  const errors = summary.errors.length;
  const tabs = [
    ...(errors
      ? [
          {
            key: 'errors',
            label: `${t('transfer.errors')} (${formatNumber(errors)})`,
            children: <IssueTable issues={summary.errors} testId="import-errors" />,
          },
        ]
      : []),
    ...(!errors
      ? [
          {
            key: 'changes',
            label: dryRun ? t('transfer.changesWould') : t('transfer.changes'),
            children: <ChangesTable changes={summary.changes} />,
          },
        ]
      : []),
    ...(summary.warnings.length
      ? [
          {
            key: 'warnings',
            label: `${t('transfer.warnings')} (${formatNumber(summary.warnings.length)})`,
            children: <IssueTable issues={summary.warnings} testId="import-warnings" />,
          },
        ]
      : []),
  ];
  return (
    <div data-testid="import-result">
      <Tabs items={tabs} />
    </div>
  );
}

/** The file chosen, where its import stands, and the two ways to send it: a dry run, then the import itself. */
export function useImporter() {
  const refresh = useRefreshRegister();
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<State>({ step: 'idle' });

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setState({ step: 'sending', dryRun, sent: 0, total: file.size });
    try {
      const summary = await apiUpload<ImportSummary>(`/api/imports?dryRun=${dryRun}`, file, (sent, total) =>
        setState({ step: 'sending', dryRun, sent, total }),
      );
      setState({ step: 'done', dryRun, summary });
      if (!dryRun) await refresh();
    } catch (e) {
      const summary = rejectedSummary(e);
      setState(summary ? { step: 'done', dryRun, summary } : { step: 'failed', error: e });
    }
  };

  const choose = (f: File) => {
    setFile(f);
    setState({ step: 'idle' });
  };
  return { file, state, send, choose };
}
export type Importer = ReturnType<typeof useImporter>;

/** What the last dry run or import found: errors, changes, warnings; full width, as errors need room. */
export function ImportResult({ importer: { state } }: { importer: Importer }) {
  const ref = useRef<HTMLDivElement>(null);
  // a new result below the fold is brought into view
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each new state, which it does not read
  useEffect(() => {
    ref.current?.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
  }, [state]);
  if (state.step !== 'done') return null;
  return (
    <Card size="small" style={{ marginTop: 12 }} ref={ref}>
      <Summary dryRun={state.dryRun} summary={state.summary} />
    </Card>
  );
}

/** Choose a file, check it (upload progress, then the server's work), then import it. */
export function ImportCard({ importer }: { importer: Importer }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const { file, state, send, choose } = importer;
  const commit = () =>
    modal.confirm({
      title: t('transfer.commitConfirm', { name: file?.name }),
      okText: t('transfer.commit'),
      cancelText: t('reg.cancel'),
      onOk: () => send(false),
    });

  const sending = state.step === 'sending';
  const checked = state.step === 'done' && state.dryRun && state.summary.errors.length === 0;
  // a dry run that would change nothing offers nothing to write
  const nothing = checked && !writesSomething(state.summary);
  const committed = state.step === 'done' && !state.dryRun && state.summary.errors.length === 0;
  const percent = sending ? Math.min(100, Math.round((state.sent / Math.max(1, state.total)) * 100)) : 0;

  return (
    <Card size="small" title={t('transfer.importTitle')} data-testid="import-card">
      <Typography.Paragraph type="secondary">{t('transfer.importHelp')}</Typography.Paragraph>
      <Upload.Dragger
        className="import-drop"
        accept=".xlsx,.zip,.csv"
        multiple={false}
        showUploadList={false}
        disabled={sending}
        beforeUpload={(f) => {
          choose(f);
          return false;
        }}
        data-testid="import-drop"
      >
        <Flex align="center" justify="center" gap={16}>
          <InboxOutlined className="drop-icon" />
          <div>
            <p className="ant-upload-text">{t('transfer.drop')}</p>
            <p className="ant-upload-hint">{t('transfer.dropHint')}</p>
          </div>
        </Flex>
      </Upload.Dragger>
      {file && (
        <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }} data-testid="import-file">
          {t('transfer.chosen', { name: file.name, size: formatBytes(file.size) })}
        </Typography.Paragraph>
      )}
      <Flex gap={8} wrap style={{ marginTop: 12 }}>
        <Button
          type={checked ? 'default' : 'primary'}
          icon={<CheckCircleOutlined />}
          disabled={!file || sending || committed}
          loading={sending && state.dryRun}
          onClick={() => void send(true)}
          data-testid="import-check"
        >
          {t('transfer.check')}
        </Button>
        <Button
          type={nothing ? 'default' : 'primary'}
          icon={<CloudUploadOutlined />}
          disabled={!checked || nothing || sending}
          loading={sending && !state.dryRun}
          onClick={commit}
          data-testid="import-commit"
        >
          {t('transfer.commit')}
        </Button>
        {nothing && (
          <Typography.Text type="secondary" style={{ alignSelf: 'center' }} data-testid="import-nothing">
            {t('transfer.nothingToWrite')}
          </Typography.Text>
        )}
      </Flex>
      {sending && (
        <div style={{ marginTop: 12 }} role="status" aria-live="polite" data-testid="import-progress">
          <Progress percent={percent} status="active" />
          <span className="muted">
            {percent < 100
              ? t('transfer.uploading', { sent: formatBytes(state.sent), total: formatBytes(state.total) })
              : t('transfer.processing')}
          </span>
        </div>
      )}
      {state.step === 'failed' && (
        <div style={{ marginTop: 12 }}>
          <ErrorState error={state.error} title={t('reg.rejected')} />
        </div>
      )}
      {state.step === 'done' && (
        <Alert
          style={{ marginTop: 12 }}
          type={state.summary.errors.length ? 'error' : state.dryRun ? 'info' : 'success'}
          showIcon
          role="status"
          data-testid="import-status"
          title={statusText(state.dryRun, state.summary)}
          description={
            state.summary.warnings.length
              ? t('transfer.warningsCount', { count: state.summary.warnings.length })
              : undefined
          }
        />
      )}
    </Card>
  );
}
