import { Button, Col, Flex, Input, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState, type Key } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateField } from '../../components/DateField';
import { Filter, ListPage, ListTable } from '../../components/ListPage';
import { EmptyState, QueryState } from '../../components/States';
import { formatDate, formatNumber, isIsoDate, searchable, todayIso } from '../../lib/format';
import { useOrgs } from '../common/data';
import { useUrlState } from '../../lib/urlState';
import { CommitteeDueTag } from './CommitteeDueTag';
import { buildTree, filterTree, parentCodes, type OrgRow } from './tree';
import './i18n';

const kindColor = { committee: 'volcano', cell: 'blue' } as const;

/** The committees and cells within the account's scope at a date, as a tree with coverage, members and secretaries. */
export default function OrgsPage() {
  const { t } = useTranslation();
  const [params, update] = useUrlState();
  const at = isIsoDate(params.get('at')) ? params.get('at')! : todayIso();
  const text = params.get('q') ?? '';
  const orgs = useOrgs(at);
  const tree = useMemo(() => buildTree(orgs.data?.orgs ?? []), [orgs.data]);
  const shown = useMemo(() => {
    const needle = searchable(text.trim());
    if (!needle) return tree;
    const has = (name: string, code: string) =>
      searchable(name).includes(needle) || code.toLowerCase().startsWith(text.trim().toLowerCase());
    return filterTree(tree, (r) => has(r.name, r.code) || r.villages.some((v) => has(v.name, v.code)));
  }, [tree, text]);
  const [expanded, setExpanded] = useState<readonly Key[] | null>(null);
  // the top level is open by default; a search opens the way to every match
  const expandedKeys = text.trim() ? parentCodes(shown) : (expanded ?? tree.map((r) => r.code));

  const counts = useMemo(() => {
    const list = orgs.data?.orgs ?? [];
    return {
      committees: list.filter((o) => o.kind === 'committee').length,
      cells: list.filter((o) => o.kind === 'cell').length,
      members: tree.reduce((s, r) => s + r.total.total, 0),
    };
  }, [orgs.data, tree]);

  const columns: TableColumnsType<OrgRow> = [
    {
      title: t('orgs.name'),
      dataIndex: 'name',
      render: (n: string, o) => (
        <Link to={`/orgs/${o.code}?at=${at}`} className={o.kind === 'committee' ? 'org-committee' : undefined}>
          {n}
        </Link>
      ),
    },
    { title: t('orgs.code'), dataIndex: 'code', width: 130 },
    {
      title: t('orgs.kind'),
      dataIndex: 'kind',
      width: 100,
      render: (k: OrgRow['kind'], o) => (
        <>
          <Tag color={kindColor[k]}>{t(`orgs.kinds.${k}`)}</Tag>
          {o.committeeDue && <CommitteeDueTag at={at} />}
        </>
      ),
    },
    {
      title: t('orgs.villages'),
      key: 'villages',
      width: 250,
      render: (_, o) =>
        o.kind === 'cell' ? (
          o.villages.map((v) => (
            <Link key={v.code} to={`/villages/${v.code}`} style={{ marginRight: 8 }}>
              {v.name}
            </Link>
          ))
        ) : (
          <span className="muted">{t('orgs.villagesCount', { n: formatNumber(o.villageCount) })}</span>
        ),
    },
    {
      title: t('orgs.members'),
      key: 'members',
      width: 120,
      align: 'right',
      render: (_, o) => (
        <Tooltip
          title={t('orgs.membersOf', { total: formatNumber(o.total.total), official: formatNumber(o.total.official) })}
        >
          <span className={o.kind === 'committee' ? 'num strong' : 'num'}>{formatNumber(o.total.total)}</span>
        </Tooltip>
      ),
    },
    {
      title: t('orgs.secretary'),
      key: 'secretary',
      width: 190,
      render: (_, o) =>
        o.secretary ? (
          <Link to={`/people/${o.secretary.code}`}>{o.secretary.name}</Link>
        ) : o.kind === 'cell' ? (
          <span className="muted">{t('orgs.noSecretary')}</span>
        ) : null,
    },
  ];

  return (
    <ListPage
      testId="orgs-page"
      title={t('orgs.title')}
      filters={
        <>
          <Col xs={12} md={6} xl={4}>
            <DateField
              testId="orgs-at"
              label={t('orgs.at')}
              value={at}
              allowClear={false}
              onChange={(d) => update({ at: d })}
            />
          </Col>
          <Filter xs={24} md={12} xl={10} label={t('reg.search')}>
            <Input
              data-testid="orgs-find"
              allowClear
              placeholder={t('orgs.find')}
              value={text}
              onChange={(e) => update({ q: e.target.value })}
            />
          </Filter>
          <Filter xs={24} md={6} xl={10}>
            <Flex gap={8} justify="end">
              <Button disabled={!!text.trim()} onClick={() => setExpanded(parentCodes(tree))}>
                {t('orgs.expandAll')}
              </Button>
              <Button disabled={!!text.trim()} onClick={() => setExpanded([])}>
                {t('orgs.collapseAll')}
              </Button>
            </Flex>
          </Filter>
        </>
      }
    >
      <QueryState query={orgs} empty={tree.length === 0 && t('orgs.empty', { at: formatDate(at) })}>
        {() => (
          <>
            <Typography.Text strong data-testid="orgs-totals">
              {t('orgs.totals', {
                committees: formatNumber(counts.committees),
                cells: formatNumber(counts.cells),
                members: formatNumber(counts.members),
              })}
            </Typography.Text>
            {shown.length === 0 ? (
              <EmptyState text={t('orgs.noMatch', { text })} />
            ) : (
              <ListTable<OrgRow>
                data-testid="orgs-table"
                style={{ marginTop: 8 }}
                columns={columns}
                dataSource={shown}
                expandable={{ expandedRowKeys: expandedKeys, onExpandedRowsChange: (keys) => setExpanded(keys) }}
                scroll={{ x: 1000 }}
                sizes={[50, 200]}
                pagination={{ hideOnSinglePage: true, showTotal: undefined }}
              />
            )}
          </>
        )}
      </QueryState>
    </ListPage>
  );
}
