import { Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Schema } from '../../api/types';

type AuditEntry = Schema<'AuditEntry'>;
import { EmptyState } from '../../components/States';
import i18n from '../../i18n';
import { formatDate } from '../../lib/format';
import { codeLabel, formatDateTime } from './format';
import './i18n';

type Row = Record<string, unknown>;

// keys that only link rows to each other; what a clerk reads is the rest
const internal = (k: string) => k === 'id' || k.endsWith('_id') || k === 'search_name';

// columns whose values are codes with a label of their own
const coded: Record<string, string> = {
  how: 'how',
  role: 'role',
  kind: 'kind',
  reason: 'placementReason',
  end_reason: 'endReason',
  gender: 'gender',
  action: 'history.actions',
};

/** A value as a clerk reads it: dates as dd/mm/yyyy, yes and no, codes by their label. */
function show(v: unknown, key = ''): string {
  if (v === null || v === undefined || v === '') return '∅';
  if (typeof v === 'boolean') return i18n.t(v ? 'reg.yes' : 'reg.no');
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return formatDate(v);
  if (typeof v === 'string' && coded[key]) return codeLabel(coded[key], v);
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

// the order a clerk reads a row in: who, what, then from and to
const order = [
  'code',
  'name',
  'full_name',
  'level',
  'subtype',
  'kind',
  'birth_date',
  'gender',
  'ethnicity',
  'commune_official',
  'card_no',
  'admitted_on',
  'official_on',
  'ended_on',
  'end_reason',
  'role',
  'how',
  'reason',
  'on',
  'valid_from',
  'valid_to',
  'decision',
];
const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
const byRank = (a: string, b: string) => rank(a) - rank(b);

const label = (k: string) => (i18n.exists(`reg.history.fields.${k}`) ? i18n.t(`reg.history.fields.${k}`) : k);

/** What an audit row changed: "field: before → after" for an update, the values of an insert or a delete, an event's detail. */
export function describeChange(e: AuditEntry): string {
  const before = (e.before ?? null) as Row | null;
  const after = (e.after ?? null) as Row | null;
  if (before && after) {
    return Object.keys(after)
      .sort(byRank)
      .filter((k) => !internal(k) && show(before[k]) !== show(after[k]))
      .map((k) => `${label(k)}: ${show(before[k], k)} → ${show(after[k], k)}`)
      .join('; ');
  }
  const row = after ?? before;
  if (!row || typeof row !== 'object') return row === null ? '' : show(row);
  return Object.entries(row)
    .sort(([a], [b]) => byRank(a, b))
    .filter(([k, v]) => !internal(k) && v !== null && v !== undefined)
    .map(([k, v]) => `${label(k)}: ${show(v, k)}`)
    .join('; ');
}

const actionColor: Record<string, string> = { insert: 'green', update: 'blue', delete: 'red' };

/** The audit rows of a village or a person, newest first. */
export function HistoryTable({ history }: { history: AuditEntry[] }) {
  const { t } = useTranslation();
  if (history.length === 0) return <EmptyState text={t('reg.history.empty')} />;
  const rows = history.map((e, i) => ({ ...e, key: i })).reverse();
  const columns: TableColumnsType<(typeof rows)[number]> = [
    {
      title: t('reg.history.at'),
      dataIndex: 'at',
      width: 140,
      render: (v: string) => <span className="nowrap">{formatDateTime(v)}</span>,
    },
    {
      title: t('reg.history.actor'),
      dataIndex: 'actor',
      width: 160,
      render: (v: string) => v.replace(/^account:/, ''),
    },
    {
      title: t('reg.history.action'),
      dataIndex: 'action',
      width: 110,
      render: (v: string) => <Tag color={actionColor[v]}>{codeLabel('history.actions', v)}</Tag>,
    },
    {
      title: t('reg.history.entity'),
      dataIndex: 'entity',
      width: 170,
      render: (v: string) => codeLabel('history.entities', v),
    },
    {
      title: t('reg.history.change'),
      key: 'change',
      render: (_, e) => <span className="change-text">{describeChange(e)}</span>,
    },
    { title: t('reg.history.reason'), dataIndex: 'reason', width: 160 },
  ];
  return (
    <Table
      data-testid="history-table"
      size="small"
      columns={columns}
      dataSource={rows}
      scroll={{ x: 900 }}
      pagination={{
        defaultPageSize: 10,
        showSizeChanger: true,
        pageSizeOptions: [10, 50, 200],
        showTotal: (total) => t('reg.total', { total }),
      }}
    />
  );
}
