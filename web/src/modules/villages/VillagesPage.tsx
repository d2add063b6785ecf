import { useQuery } from '@tanstack/react-query';
import { Button, Col, Input, Select, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schema } from '../../api/types';
import { useSignedIn } from '../../app/auth';
import { DateField } from '../../components/DateField';
import { Filter, ListPage, ListTable } from '../../components/ListPage';
import { ScopePicker } from '../../components/ScopePicker';
import { EmptyState, QueryState } from '../../components/States';
import { apiGet } from '../../lib/api';
import { formatDate, formatNumber, isIsoDate, searchable, todayIso } from '../../lib/format';
import { districtsOf, findUnit, useUnitTree, startUnit } from '../../lib/units';
import { useUrlState } from '../../lib/urlState';
import './i18n';

type VillageItem = Schema<'VillageItem'>;
type VillageListAt = Schema<'VillageListAt'>;

const categories = ['white', 'weak', 'strong'] as const;
const cells = ['own', 'combined', 'none'] as const;
const heads = ['party', 'nonParty', 'vacant'] as const;
const categoryColor = { white: 'red', weak: 'orange', strong: 'green' } as const;
const cellColor = { own: 'green', combined: 'blue', none: 'red' } as const;
const headColor = { party: 'red', nonParty: 'default', vacant: 'orange' } as const;

const order =
  <T extends string>(list: readonly T[]) =>
  (a: T, b: T) =>
    list.indexOf(a) - list.indexOf(b);

/** Every village of a unit at a date with its members, group, cell and head (one request; filters apply in the browser). */
export function useVillageList(scope: string | undefined, at: string) {
  return useQuery({
    queryKey: ['village-list', 'all', scope, at],
    queryFn: ({ signal }) => apiGet<VillageListAt>('/api/indicators/villages', { scope, at, category: 'all' }, signal),
    enabled: !!scope,
    staleTime: 60_000,
  });
}

function sums(rows: VillageItem[]) {
  return rows.reduce(
    (s, v) => ({
      total: s.total + v.members.total,
      official: s.official + v.members.official,
      probationary: s.probationary + v.members.probationary,
    }),
    { total: 0, official: 0, probationary: 0 },
  );
}

/**
 * The villages of a unit at a date, filtered by member group, cell status,
 * head status and name, sortable, with totals of what is shown. The filters
 * live in the address, so a link or a reload shows the same list.
 */
export default function VillagesPage() {
  const { t } = useTranslation();
  const account = useSignedIn();
  const [params, update] = useUrlState();
  const today = todayIso();
  const at = isIsoDate(params.get('at')) ? params.get('at')! : today;
  const tree = useUnitTree(at);
  const roots = tree.data?.units ?? [];
  const scopeNode = findUnit(roots, params.get('scope') ?? account.scopeCode) ?? startUnit(roots);
  const scope = scopeNode?.code;
  const list = useVillageList(scope, at);

  const pick = <T extends string>(key: string, allowed: readonly T[]) => {
    const v = params.get(key);
    return allowed.includes(v as T) ? (v as T) : undefined;
  };
  const category = pick('cat', categories);
  const cell = pick('cell', cells);
  const head = pick('head', heads);
  const text = params.get('q') ?? '';

  const all = list.data?.villages;
  const rows = useMemo(() => {
    const needle = searchable(text.trim());
    return (all ?? []).filter(
      (v) =>
        (!category || v.category === category) &&
        (!cell || v.cell === cell) &&
        (!head || v.headStatus === head) &&
        (!needle || searchable(v.name).includes(needle) || v.code.startsWith(text.trim())),
    );
  }, [all, category, cell, head, text]);
  const total = sums(rows);
  // before 1/7/2025 communes sit in districts: over more than one district each village says its own
  const districts = useMemo(
    () => (scopeNode && scopeNode.level !== 'district' ? districtsOf([scopeNode]) : new Map<string, string>()),
    [scopeNode],
  );
  // with the district's column the others give up some room, so that the table still fits a 1366 px screen
  const narrow = districts.size > 0;
  const districtOf = (v: VillageItem) => (v.commune.code ? (districts.get(v.commune.code) ?? '') : '');
  const filtered = !!(category || cell || head || text);

  const columns: TableColumnsType<VillageItem> = [
    {
      title: t('villages.code'),
      dataIndex: 'code',
      width: 105,
      fixed: 'left',
      sorter: (a, b) => a.code.localeCompare(b.code),
      defaultSortOrder: 'ascend',
      render: (c: string) => <Link to={`/villages/${c}?at=${at}`}>{c}</Link>,
    },
    {
      title: t('villages.name'),
      dataIndex: 'name',
      width: narrow ? 170 : 200,
      sorter: (a, b) => a.name.localeCompare(b.name, 'vi'),
      render: (n: string, v) => <Link to={`/villages/${v.code}?at=${at}`}>{n}</Link>,
    },
    ...(districts.size > 0
      ? [
          {
            title: t('villages.district'),
            key: 'district',
            width: 130,
            sorter: (a: VillageItem, b: VillageItem) => districtOf(a).localeCompare(districtOf(b), 'vi'),
            render: (_: unknown, v: VillageItem) => districtOf(v),
          },
        ]
      : []),
    // within one commune the column would say the same on every row
    ...(scopeNode?.level === 'commune'
      ? []
      : [
          {
            title: t('villages.commune'),
            key: 'commune',
            width: narrow ? 140 : 160,
            sorter: (a: VillageItem, b: VillageItem) =>
              (a.commune.name ?? '').localeCompare(b.commune.name ?? '', 'vi'),
            render: (_: unknown, v: VillageItem) => v.commune.name,
          },
        ]),
    {
      title: t('villages.members'),
      key: 'members',
      width: 100,
      align: 'right',
      sorter: (a, b) => a.members.total - b.members.total,
      render: (_, v) => (
        <Tooltip
          title={t('reg.membersSplit', {
            official: formatNumber(v.members.official),
            probationary: formatNumber(v.members.probationary),
          })}
        >
          <span className="num">{formatNumber(v.members.total)}</span>
        </Tooltip>
      ),
    },
    {
      title: t('villages.group'),
      dataIndex: 'category',
      width: narrow ? 115 : 130,
      sorter: (a, b) => order(categories)(a.category, b.category),
      render: (c: VillageItem['category']) => <Tag color={categoryColor[c]}>{t(`villages.categories.${c}`)}</Tag>,
    },
    {
      title: t('villages.cell'),
      dataIndex: 'cell',
      width: narrow ? 125 : 150,
      sorter: (a, b) => order(cells)(a.cell, b.cell),
      render: (c: VillageItem['cell'], v) => (
        <>
          <Tag color={cellColor[c]}>{t(`villages.cells.${c}`)}</Tag>
          {v.readyForCell && <Tag color="purple">{t('villages.readyForCell')}</Tag>}
        </>
      ),
    },
    {
      title: t('villages.head'),
      key: 'head',
      sorter: (a, b) =>
        order(heads)(a.headStatus, b.headStatus) || (a.head?.name ?? '').localeCompare(b.head?.name ?? '', 'vi'),
      render: (_, v) =>
        v.head ? (
          <span className="head-cell">
            <Link to={`/people/${v.head.code}`}>{v.head.name}</Link>{' '}
            <Tag color={headColor[v.headStatus]}>{t(`villages.heads.${v.headStatus}`)}</Tag>
            {v.secretaryIsHead && <Tag color="gold">{t('villages.secretaryIsHead')}</Tag>}
          </span>
        ) : (
          <Tag color={headColor.vacant}>{t('villages.heads.vacant')}</Tag>
        ),
    },
  ];

  const filterSelect = <T extends string>(
    key: string,
    label: string,
    value: T | undefined,
    values: readonly T[],
    labels: string,
    xl: number,
  ) => (
    <Filter xs={8} md={8} xl={xl} label={label}>
      <Select<T>
        data-testid={`filter-${key}`}
        aria-label={label}
        allowClear
        placeholder={t('villages.any')}
        value={value}
        onChange={(v) => update({ [key]: v })}
        options={values.map((v) => ({ value: v, label: t(`${labels}.${v}`) }))}
      />
    </Filter>
  );

  return (
    <ListPage
      testId="villages-page"
      title={t('villages.title')}
      filters={
        <>
          <Filter xs={24} md={12} xl={7} label={t('villages.unit')}>
            <ScopePicker
              units={roots}
              value={scope}
              loading={tree.isPending}
              onChange={(code) => update({ scope: code })}
            />
          </Filter>
          <Col xs={12} md={6} xl={3}>
            <DateField
              testId="villages-at"
              label={t('villages.at')}
              value={at}
              allowClear={false}
              onChange={(d) => update({ at: d })}
            />
          </Col>
          <Filter xs={12} md={6} xl={4} label={t('reg.search')}>
            <Input
              data-testid="villages-find"
              allowClear
              placeholder={t('villages.find')}
              value={text}
              onChange={(e) => update({ q: e.target.value })}
            />
          </Filter>
          {filterSelect('cat', t('villages.category'), category, categories, 'villages.categories', 3)}
          {filterSelect('cell', t('villages.cell'), cell, cells, 'villages.cells', 3)}
          {filterSelect('head', t('villages.head'), head, heads, 'villages.heads', 4)}
        </>
      }
    >
      <QueryState query={tree} empty={!scope && t('villages.emptyScope', { scope: '', at: formatDate(at) })}>
        {() => (
          <QueryState
            query={list}
            empty={all?.length === 0 && t('villages.emptyScope', { scope: scopeNode?.name, at: formatDate(at) })}
          >
            {({ villages }) => (
              <>
                <div className="totals-line" data-testid="villages-totals">
                  <Typography.Text strong>
                    {t('villages.totals', {
                      count: formatNumber(rows.length),
                      members: formatNumber(total.total),
                      official: formatNumber(total.official),
                      probationary: formatNumber(total.probationary),
                    })}
                  </Typography.Text>
                  {filtered && (
                    <>
                      <span className="muted"> {t('villages.totalsOf', { all: formatNumber(villages.length) })}</span>
                      <Button
                        size="small"
                        type="link"
                        onClick={() => update({ cat: null, cell: null, head: null, q: null })}
                      >
                        {t('villages.clear')}
                      </Button>
                    </>
                  )}
                </div>
                {rows.length === 0 ? (
                  <EmptyState text={t('villages.empty')} />
                ) : (
                  <ListTable<VillageItem>
                    data-testid="villages-table"
                    columns={columns}
                    dataSource={rows}
                    scroll={{ x: narrow ? 1090 : 1050 }}
                    sticky
                    summary={() => (
                      <Table.Summary.Row className="summary-row">
                        <Table.Summary.Cell index={0} colSpan={columns.length - 4}>
                          <strong>{t('villages.sum')}</strong>
                        </Table.Summary.Cell>
                        <Table.Summary.Cell index={columns.length - 4} align="right">
                          <strong className="num">{formatNumber(total.total)}</strong>
                        </Table.Summary.Cell>
                        <Table.Summary.Cell index={columns.length - 3} colSpan={3}>
                          {categories.map((c) => (
                            <Tag key={c} color={categoryColor[c]}>
                              {t(`villages.categories.${c}`)}:{' '}
                              {formatNumber(rows.filter((v) => v.category === c).length)}
                            </Tag>
                          ))}
                        </Table.Summary.Cell>
                      </Table.Summary.Row>
                    )}
                  />
                )}
              </>
            )}
          </QueryState>
        )}
      </QueryState>
    </ListPage>
  );
}
