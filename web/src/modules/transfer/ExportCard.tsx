import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Progress, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../../app/auth';
import { ErrorState } from '../../components/States';
import { apiDownload, saveDownload } from '../../lib/api';
import { todayIso } from '../../lib/format';
import { findUnit, useUnitTree, startUnit } from '../../lib/units';
import { ScopePicker } from '../../components/ScopePicker';
import { formatBytes } from './bytes';
import './i18n';

/** A file download with its progress and its failure, shared by the export and the template. */
function useDownload() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [progress, setProgress] = useState<{ received: number; total: number | null } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = async (path: string, query?: Record<string, string | undefined>) => {
    setError(null);
    setProgress({ received: 0, total: null });
    try {
      const file = await apiDownload(path, query, (received, total) => setProgress({ received, total }));
      saveDownload(file);
      void message.success(t('transfer.downloaded', { name: file.fileName }));
    } catch (e) {
      setError(e);
    } finally {
      setProgress(null);
    }
  };
  const view = (
    <>
      {progress && (
        <div role="status" aria-live="polite" style={{ marginTop: 12 }} data-testid="download-progress">
          {progress.total ? (
            <Progress percent={Math.round((progress.received / progress.total) * 100)} status="active" />
          ) : (
            <Progress percent={100} status="active" showInfo={false} />
          )}
          <span className="muted">
            {progress.total
              ? t('transfer.downloadingOf', {
                  received: formatBytes(progress.received),
                  total: formatBytes(progress.total),
                })
              : t('transfer.downloading', { received: formatBytes(progress.received) })}
          </span>
        </div>
      )}
      {error !== null && (
        <div style={{ marginTop: 12 }}>
          <ErrorState error={error} />
        </div>
      )}
    </>
  );
  return { run, busy: progress !== null, view };
}

/** The register of a unit (its whole history) as a workbook or a zip of CSV files. */
export function ExportCard() {
  const { t } = useTranslation();
  const account = useSignedIn();
  const tree = useUnitTree(todayIso());
  const roots = tree.data?.units ?? [];
  const [scope, setScope] = useState<string | undefined>();
  const [format, setFormat] = useState<'xlsx' | 'zip'>('xlsx');
  const chosen = findUnit(roots, scope ?? account.scopeCode)?.code ?? startUnit(roots)?.code;
  const download = useDownload();
  return (
    <Card size="small" title={t('transfer.exportTitle')} data-testid="export-card">
      <Typography.Paragraph type="secondary">{t('transfer.exportHelp')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('transfer.scope')}>
          <ScopePicker units={roots} value={chosen} loading={tree.isPending} onChange={setScope} />
        </Form.Item>
        <Form.Item label={t('transfer.format')}>
          <Radio.Group
            value={format}
            onChange={(e) => setFormat(e.target.value as 'xlsx' | 'zip')}
            options={(['xlsx', 'zip'] as const).map((f) => ({ value: f, label: t(`transfer.formats.${f}`) }))}
          />
        </Form.Item>
        <Button
          type="primary"
          icon={<DownloadOutlined />}
          disabled={!chosen}
          loading={download.busy}
          onClick={() => void download.run('/api/exports/register', { scope: chosen, format })}
          data-testid="export-download"
        >
          {t('transfer.download')}
        </Button>
      </Form>
      {download.view}
    </Card>
  );
}

/** The empty import workbook. */
export function TemplateCard() {
  const { t } = useTranslation();
  const download = useDownload();
  return (
    <Card size="small" title={t('transfer.templateTitle')} data-testid="template-card">
      <Typography.Paragraph type="secondary">{t('transfer.templateHelp')}</Typography.Paragraph>
      <Button
        icon={<FileExcelOutlined />}
        loading={download.busy}
        onClick={() => void download.run('/api/imports/template')}
        data-testid="template-download"
      >
        {t('transfer.template')}
      </Button>
      {download.view}
    </Card>
  );
}
