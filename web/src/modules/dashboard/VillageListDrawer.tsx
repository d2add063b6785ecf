import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Drawer, Flex, Grid, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ListTable } from '../../components/ListPage';
import { QueryState } from '../../components/States';
import { apiDownload, errorText, saveDownload } from '../../lib/api';
import { formatDate, formatNumber } from '../../lib/format';
import { districtsOf, useUnitTree } from '../../lib/units';
import { fetchList } from './data';
import { listQuery, type ListRequest, type MemberCategory, type VillageItem } from './model';

/** One village of a list: its facts at the date, or at both dates for a flow. */
interface Row {
  code: string;
  name: string;
  commune: string | null;
  /** The commune's district at the date of the row's facts (before 1/7/2025), when the list's scope spans districts. */
  district?: string;
  at?: VillageItem;
  from?: VillageItem | null;
  to?: VillageItem | null;
}

/** The rows of a list, one request whatever it is (the server narrows a flow to a group, and finds those that stayed). */
async function loadRows(req: ListRequest, signal: AbortSignal): Promise<Row[]> {
  const r = await fetchList(req, signal);
  if ('at' in r) return r.villages.map((v) => ({ code: v.code, name: v.name, commune: v.commune.name, at: v }));
  return r.villages.map((v) => ({
    code: v.code,
    name: v.name,
    commune: (v.to ?? v.from)?.commune.name ?? null,
    from: v.from,
    to: v.to,
  }));
}

/** Each row's district: that of its commune in the unit tree of the date its facts are of (a flow's second date, or its first when the village is gone). */
function useDistricts(request: ListRequest | null, rows: Row[]): Row[] {
  const first = request ? (request.kind === 'at' ? request.at : request.from) : '';
  const second = request && request.kind !== 'at' ? request.to : first;
  const [a, b] = [useUnitTree(first, !!request), useUnitTree(second, !!request && second !== first)];
  return useMemo(() => {
    const atFirst = districtsOf(a.data?.units);
    const atSecond = second === first ? atFirst : districtsOf(b.data?.units);
    if (atFirst.size === 0 && atSecond.size === 0) return rows;
    return rows.map((r) => {
      const fact = r.at ?? r.to ?? r.from;
      const map = r.at || !r.to ? atFirst : atSecond;
      const district = fact?.commune.code ? map.get(fact.commune.code) : undefined;
      return district ? { ...r, district } : r;
    });
  }, [rows, a.data, b.data, first, second]);
}

const noRows: Row[] = [];

const categoryColor: Record<MemberCategory, string> = { white: 'red', weak: 'orange', strong: 'green' };
const cellColor = { own: 'green', combined: 'blue', none: 'red' } as const;

function useCells() {
  const { t } = useTranslation();
  const members = (v: VillageItem | null | undefined) =>
    v ? (
      <Tooltip
        title={t('list.membersSplit', {
          official: formatNumber(v.members.official),
          probationary: formatNumber(v.members.probationary),
        })}
      >
        <span className="num">{formatNumber(v.members.total)}</span>
      </Tooltip>
    ) : (
      <span className="muted">{t('list.notThere')}</span>
    );
  const category = (v: VillageItem | null | undefined) =>
    v ? <Tag color={categoryColor[v.category]}>{t(`category.${v.category}`)}</Tag> : <span className="muted">—</span>;
  const cell = (v: VillageItem | null | undefined) =>
    v ? <Tag color={cellColor[v.cell]}>{t(`cell.${v.cell}`)}</Tag> : <span className="muted">—</span>;
  const head = (v: VillageItem | null | undefined) => {
    if (!v) return null;
    if (!v.head) return <Tag>{t('list.vacant')}</Tag>;
    return (
      // the tag goes below a long name rather than widen the table
      <span>
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

/**
 * The list as a page for paper: its title, scope and date(s), and every row
 * (no pages, no scrolling, text only), put beside the app while it prints;
 * the print stylesheet (styles.css) shows it alone.
 */
function PrintSheet({
  title,
  subtitle,
  notes,
  rows,
  paired,
}: {
  title: string;
  subtitle: string;
  notes: string[];
  rows: Row[];
  paired: boolean;
}) {
  const { t } = useTranslation();
  const members = (v: VillageItem | null | undefined) => (v ? formatNumber(v.members.total) : t('list.notThere'));
  const category = (v: VillageItem | null | undefined) => (v ? t(`category.${v.category}`) : '—');
  const cell = (v: VillageItem | null | undefined) => (v ? t(`cell.${v.cell}`) : '—');
  const head = (v: VillageItem | null | undefined) =>
    !v
      ? ''
      : !v.head
        ? t('list.vacant')
        : `${v.head.name} (${v.head.isMember ? t('list.partyMember') : t('list.nonMember')})`;
  const show = (f: (v: VillageItem | null | undefined) => string, r: Row) =>
    paired ? `${f(r.from)} → ${f(r.to)}` : f(r.at);
  const withDistrict = rows.some((r) => r.district);
  return createPortal(
    <div className="print-sheet" data-testid="village-list-print-sheet">
      <h1>{title}</h1>
      <p>{subtitle}</p>
      {notes.map((n) => (
        <p key={n}>{n}</p>
      ))}
      <table>
        <thead>
          <tr>
            <th>{t('list.no')}</th>
            <th>{t('list.code')}</th>
            <th>{t('list.name')}</th>
            {withDistrict && <th>{t('list.district')}</th>}
            <th>{t('list.commune')}</th>
            <th>{t('list.members')}</th>
            <th>{t('list.category')}</th>
            <th>{t('list.cell')}</th>
            <th>{t('list.head')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.code}>
              <td className="num">{i + 1}</td>
              <td>{r.code}</td>
              <td>{r.name}</td>
              {withDistrict && <td>{r.district}</td>}
              <td>{r.commune}</td>
              <td className="num">{show(members, r)}</td>
              <td>{show(category, r)}</td>
              <td>{show(cell, r)}</td>
              <td>{head(r.at ?? r.to ?? r.from)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('list.total', { total: formatNumber(rows.length) })}</p>
    </div>,
    document.body,
  );
}

/**
 * Prints the list: while `printing`, the print sheet is on the page and the
 * body marked for the print stylesheet; it goes once the browser has printed
 * (afterprint), or when the panel closes.
 */
function usePrinting(open: boolean) {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    if (!open) setPrinting(false);
  }, [open]);
  useEffect(() => {
    if (!printing) return;
    document.body.classList.add('printing-list');
    const done = () => setPrinting(false);
    window.addEventListener('afterprint', done);
    // once the sheet is on the page
    const frame = requestAnimationFrame(() => window.print());
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('afterprint', done);
      document.body.classList.remove('printing-list');
    };
  }, [printing]);
  return { printing, print: () => setPrinting(true) };
}

/** The villages behind a number, in a side panel: code, name, commune, members, group, cell, head; to download as .xlsx or print. */
export function VillageListDrawer({ request: asked, onClose }: { request: ListRequest | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
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
  const rows = useDistricts(request, list.data ?? noRows);
  // before 1/7/2025 a list over several districts says each village's district too
  const withDistrict = rows.some((r) => r.district);
  const { printing, print } = usePrinting(!!asked);
  const download = useMutation({
    mutationFn: (req: ListRequest) => apiDownload('/api/indicators/villages.xlsx', listQuery(req)),
    onSuccess: (file) => {
      saveDownload(file);
      void message.success(t('list.downloaded', { name: file.fileName }));
    },
    onError: (e) => void message.error(errorText(e)),
  });

  const columns: TableColumnsType<Row> = [
    {
      title: t('list.code'),
      dataIndex: 'code',
      width: 105,
      fixed: 'left',
      sorter: (a, b) => a.code.localeCompare(b.code),
      defaultSortOrder: 'ascend',
    },
    {
      title: t('list.name'),
      dataIndex: 'name',
      width: withDistrict ? 170 : 190,
      sorter: (a, b) => a.name.localeCompare(b.name, 'vi'),
    },
    ...(withDistrict
      ? [
          {
            title: t('list.district'),
            dataIndex: 'district',
            width: 140,
            sorter: (a: Row, b: Row) => (a.district ?? '').localeCompare(b.district ?? '', 'vi'),
          },
        ]
      : []),
    {
      title: t('list.commune'),
      dataIndex: 'commune',
      width: withDistrict ? 140 : 170,
      sorter: (a, b) => (a.commune ?? '').localeCompare(b.commune ?? '', 'vi'),
    },
    paired
      ? { title: t('list.members'), key: 'members', width: 110, render: cells.pair(cells.members) }
      : {
          title: t('list.members'),
          key: 'members',
          width: 100,
          align: 'right',
          render: (_, r) => cells.members(r.at),
          sorter: (a, b) => (a.at?.members.total ?? 0) - (b.at?.members.total ?? 0),
        },
    {
      title: t('list.category'),
      key: 'category',
      width: paired ? 200 : 100,
      render: paired ? cells.pair(cells.category) : (_, r) => cells.category(r.at),
    },
    {
      title: t('list.cell'),
      key: 'cell',
      width: paired ? 180 : 90,
      render: paired ? cells.pair(cells.cell) : (_, r) => cells.cell(r.at),
    },
    {
      title: t('list.head'),
      key: 'head',
      width: withDistrict ? 250 : 270,
      render: (_, r) => cells.head(r.at ?? r.to ?? r.from),
    },
  ];

  const subtitle =
    request &&
    (request.kind === 'at'
      ? t('list.subtitleAt', { scope: request.scopeName, at: formatDate(request.at) })
      : t('list.subtitleFlow', {
          scope: request.scopeName,
          from: formatDate(request.from),
          to: formatDate(request.to),
          flow: request.kind === 'flow' ? t(`flows.${request.flow}`) : t('charts.stay'),
        }));

  const sum =
    request?.kind === 'at' && request.sumMembers && list.data
      ? rows.reduce(
          (s, r) => ({
            total: s.total + (r.at?.members.total ?? 0),
            official: s.official + (r.at?.members.official ?? 0),
            probationary: s.probationary + (r.at?.members.probationary ?? 0),
          }),
          { total: 0, official: 0, probationary: 0 },
        )
      : null;
  const title = request
    ? t('list.title', { figure: request.title, count: list.data ? formatNumber(rows.length) : '…' })
    : '';
  const pairNote =
    request && request.kind !== 'at'
      ? t('list.pairNote', { from: formatDate(request.from), to: formatDate(request.to) })
      : null;
  const sumNote =
    sum &&
    t('list.membersSum', {
      total: formatNumber(sum.total),
      official: formatNumber(sum.official),
      probationary: formatNumber(sum.probationary),
    });
  const ready = !!list.data;

  return (
    <Drawer
      open={!!asked}
      onClose={onClose}
      size={screens.xl ? 1180 : screens.md ? 980 : '100%'}
      title={
        <div data-testid="village-list-title">
          {title}
          <div className="muted" style={{ fontWeight: 400, fontSize: 13 }}>
            {subtitle}
          </div>
        </div>
      }
      extra={
        <Flex gap={8}>
          <Button
            icon={<FileExcelOutlined />}
            disabled={!ready}
            loading={download.isPending}
            onClick={() => request && download.mutate(request)}
            data-testid="village-list-xlsx"
          >
            {t('list.xlsx')}
          </Button>
          <Button icon={<PrinterOutlined />} disabled={!ready} onClick={print} data-testid="village-list-print">
            {t('list.print')}
          </Button>
        </Flex>
      }
    >
      {printing && request && (
        <PrintSheet
          title={title}
          subtitle={subtitle ?? ''}
          notes={[pairNote, sumNote].filter((x): x is string => !!x)}
          rows={rows}
          paired={paired}
        />
      )}
      <QueryState query={list} empty={rows.length === 0 && t('list.empty')}>
        {() => (
          <>
            {pairNote && <Typography.Paragraph type="secondary">{pairNote}</Typography.Paragraph>}
            {sumNote && <Typography.Paragraph data-testid="members-sum">{sumNote}</Typography.Paragraph>}
            <ListTable<Row>
              data-testid="village-table"
              columns={columns}
              dataSource={rows}
              scroll={{ x: (paired ? 1250 : 1025) + (withDistrict ? 70 : 0) }}
              sticky
              pageSize={100}
              totalText="list.total"
            />
          </>
        )}
      </QueryState>
    </Drawer>
  );
}
