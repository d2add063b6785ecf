import { Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../src/platform/audit';
import { EmptyState } from '../../components/States';
import { codeLabel, formatDateTime } from './format';
import './i18n';

type Row = Record<string, unknown>;

// keys that only link rows to each other; what a clerk reads is the rest
const internal = (k: string) => k === 'id' || k.endsWith('_id') || k === 'search_name';

const show = (v: unknown) => (v === null || v === undefined || v === '' ? '∅' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** What an audit row changed: "field: before → after" for an update, the values of an insert or a delete, an event's detail. */
export function describeChange(e: AuditEntry): string {
  const before = (e.before ?? null) as Row | null;
  const after = (e.after ?? null) as Row | null;
  if (before && after) {
    return Object.keys(after)
      .filter((k) => !internal(k) && show(before[k]) !== show(after[k]))
      .map((k) => `${k}: ${show(before[k])} → ${show(after[k])}`)
      .join('; ');
  }
  const row = after ?? before;
  if (!row || typeof row !== 'object') return row === null ? '' : show(row);
  return Object.entries(row)
    .filter(([k, v]) => !internal(k) && v !== null && v !== undefined)
    .map(([k, v]) => `${k}: ${show(v)}`)
    .join('; ');
}

const actionColor: Record<string, string> = { insert: 'green', update: 'blue', delete: 'red' };

/** The audit rows of a village or a person, newest first. */
export function HistoryTable({ history }: { history: AuditEntry[] }) {
  const { t } = useTranslation();
  if (history.length === 0) return <EmptyState text={t('reg.history.empty')} />;
  const rows = history.map((e, i) => ({ ...e, key: i })).reverse();
  const columns: TableColumnsType<(typeof rows)[number]> = [
    { title: t('reg.history.at'), dataIndex: 'at', width: 140, render: (v: string) => <span className="nowrap">{formatDateTime(v)}</span> },
    { title: t('reg.history.actor'), dataIndex: 'actor', width: 160, render: (v: string) => v.replace(/^account:/, '') },
    {
      title: t('reg.history.action'),
      dataIndex: 'action',
      width: 110,
      render: (v: string) => <Tag color={actionColor[v]}>{codeLabel('history.actions', v)}</Tag>,
    },
    { title: t('reg.history.entity'), dataIndex: 'entity', width: 170, render: (v: string) => codeLabel('history.entities', v) },
    { title: t('reg.history.change'), key: 'change', render: (_, e) => <span className="change-text">{describeChange(e)}</span> },
    { title: t('reg.history.reason'), dataIndex: 'reason', width: 160 },
  ];
  return (
    <Table
      data-testid="history-table"
      size="small"
      columns={columns}
      dataSource={rows}
      scroll={{ x: 900 }}
      pagination={{ defaultPageSize: 10, showSizeChanger: true, pageSizeOptions: [10, 50, 200], showTotal: (total) => t('reg.total', { total }) }}
    />
  );
}
