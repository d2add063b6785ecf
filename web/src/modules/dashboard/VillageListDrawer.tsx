import { useQuery } from '@tanstack/react-query';
import { Drawer, Grid, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, PageLoading } from '../../components/States';
import { formatDate, formatNumber } from '../../lib/format';
import { fetchListAt, fetchListFlow } from './data';
import type { ListRequest, MemberCategory, VillageItem } from './model';

/** One village of a list: its facts at the date, or at both dates for a flow. */
interface Row {
  code: string;
  name: string;
  commune: string | null;
  at?: VillageItem;
  from?: VillageItem | null;
  to?: VillageItem | null;
}

async function loadRows(req: ListRequest, signal: AbortSignal): Promise<Row[]> {
  if (req.kind === 'at') {
    const r = await fetchListAt(req.scope, req.at, req.category, signal);
    return r.villages.map((v) => ({ code: v.code, name: v.name, commune: v.commune.name, at: v }));
  }
  if (req.kind === 'flow') {
    const r = await fetchListFlow(req.scope, req.from, req.to, req.category, req.flow, signal);
    return r.villages
      .filter((v) => !req.toCategory || v.to?.category === req.toCategory)
      .map((v) => ({ code: v.code, name: v.name, commune: (v.to ?? v.from)?.commune.name ?? null, from: v.from, to: v.to }));
  }
  // stayed in the group: in it at both dates
  const [a, b] = await Promise.all([fetchListAt(req.scope, req.from, req.category, signal), fetchListAt(req.scope, req.to, req.category, signal)]);
  const atFrom = new Map(a.villages.map((v) => [v.code, v]));
  return b.villages.filter((v) => atFrom.has(v.code)).map((v) => ({ code: v.code, name: v.name, commune: v.commune.name, from: atFrom.get(v.code), to: v }));
}

const categoryColor: Record<MemberCategory, string> = { white: 'red', weak: 'orange', strong: 'green' };
const cellColor = { own: 'green', combined: 'blue', none: 'red' } as const;

function useCells() {
  const { t } = useTranslation();
  const members = (v: VillageItem | null | undefined) =>
    v ? (
      <Tooltip title={t('list.membersSplit', { official: formatNumber(v.members.official), probationary: formatNumber(v.members.probationary) })}>
        <span className="num">{formatNumber(v.members.total)}</span>
      </Tooltip>
    ) : (
      <span className="muted">{t('list.notThere')}</span>
    );
  const category = (v: VillageItem | null | undefined) => (v ? <Tag color={categoryColor[v.category]}>{t(`category.${v.category}`)}</Tag> : <span className="muted">—</span>);
  const cell = (v: VillageItem | null | undefined) => (v ? <Tag color={cellColor[v.cell]}>{t(`cell.${v.cell}`)}</Tag> : <span className="muted">—</span>);
  const head = (v: VillageItem | null | undefined) => {
    if (!v) return null;
    if (!v.head) return <Tag>{t('list.vacant')}</Tag>;
    return (
      <span style={{ whiteSpace: 'nowrap' }}>
        {v.head.name}{' '}
        {v.head.isMember ? <Tag color="red">{t('list.partyMember')}</Tag> : <Tag>{t('list.nonMember')}</Tag>}
      </span>
    );
  };
  const pair = (render: (v: VillageItem | null | undefined) => ReactNode) => (r: Row) => (
    <span style={{ whiteSpace: 'nowrap' }}>
      {render(r.from)} → {render(r.to)}
    </span>
  );
  return { members, category, cell, head, pair };
}

/** The villages behind a number, in a side panel: code, name, commune, members, group, cell, head. */
export function VillageListDrawer({ request: asked, onClose }: { request: ListRequest | null; onClose: () => void }) {
  const { t } = useTranslation();
  // while the panel slides away it keeps showing the list it had
  const last = useRef<ListRequest | null>(null);
  if (asked) last.current = asked;
  const request = asked ?? last.current;
  const screens = Grid.useBreakpoint();
  const cells = useCells();
  const list = useQuery({
    queryKey: ['village-list', request],
    queryFn: ({ signal }) => loadRows(request!, signal),
    enabled: !!request,
    staleTime: 60_000,
  });
  const paired = !!request && request.kind !== 'at';
  const rows = list.data ?? [];

  const columns: TableColumnsType<Row> = [
    { title: t('list.code'), dataIndex: 'code', width: 105, fixed: 'left', sorter: (a, b) => a.code.localeCompare(b.code), defaultSortOrder: 'ascend' },
    { title: t('list.name'), dataIndex: 'name', width: 190, sorter: (a, b) => a.name.localeCompare(b.name, 'vi') },
    { title: t('list.commune'), dataIndex: 'commune', width: 170, sorter: (a, b) => (a.commune ?? '').localeCompare(b.commune ?? '', 'vi') },
    paired
      ? { title: t('list.members'), key: 'members', width: 110, render: cells.pair(cells.members) }
      : {
          title: t('list.members'),
          key: 'members',
          align: 'right',
          render: (_, r) => cells.members(r.at),
          sorter: (a, b) => (a.at?.members.total ?? 0) - (b.at?.members.total ?? 0),
        },
    { title: t('list.category'), key: 'category', width: paired ? 200 : 100, render: paired ? cells.pair(cells.category) : (_, r) => cells.category(r.at) },
    { title: t('list.cell'), key: 'cell', width: paired ? 180 : 90, render: paired ? cells.pair(cells.cell) : (_, r) => cells.cell(r.at) },
    { title: t('list.head'), key: 'head', width: 270, render: (_, r) => cells.head(r.at ?? r.to ?? r.from) },
  ];

  const subtitle =
    request &&
    (request.kind === 'at'
      ? t('list.subtitleAt', { scope: request.scopeName, at: formatDate(request.at) })
      : t('list.subtitleFlow', { scope: request.scopeName, from: formatDate(request.from), to: formatDate(request.to), flow: request.kind === 'flow' ? t(`flows.${request.flow}`) : t('charts.stay') }));

  const sum = request?.kind === 'at' && request.sumMembers && list.data
    ? rows.reduce((s, r) => ({ total: s.total + (r.at?.members.total ?? 0), official: s.official + (r.at?.members.official ?? 0), probationary: s.probationary + (r.at?.members.probationary ?? 0) }), { total: 0, official: 0, probationary: 0 })
    : null;

  return (
    <Drawer
      open={!!asked}
      onClose={onClose}
      size={screens.xl ? 1180 : screens.md ? 980 : '100%'}
      title={
        <div data-testid="village-list-title">
          {request ? t('list.title', { figure: request.title, count: list.data ? formatNumber(rows.length) : '…' }) : ''}
          <div className="muted" style={{ fontWeight: 400, fontSize: 13 }}>
            {subtitle}
          </div>
        </div>
      }
    >
      {list.isPending ? (
        <PageLoading />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState text={t('list.empty')} />
      ) : (
        <>
          {request && request.kind !== 'at' && (
            <Typography.Paragraph type="secondary">{t('list.pairNote', { from: formatDate(request.from), to: formatDate(request.to) })}</Typography.Paragraph>
          )}
          {sum && (
            <Typography.Paragraph data-testid="members-sum">
              {t('list.membersSum', { total: formatNumber(sum.total), official: formatNumber(sum.official), probationary: formatNumber(sum.probationary) })}
            </Typography.Paragraph>
          )}
          <Table<Row>
            data-testid="village-table"
            rowKey="code"
            size="small"
            columns={columns}
            dataSource={rows}
            scroll={{ x: paired ? 1250 : 1000 }}
            sticky
            pagination={{ defaultPageSize: 100, showSizeChanger: true, pageSizeOptions: [50, 100, 500], showTotal: (total) => t('list.total', { total: formatNumber(total) }) }}
          />
        </>
      )}
    </Drawer>
  );
}
