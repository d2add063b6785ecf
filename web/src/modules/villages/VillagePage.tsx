import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Descriptions, Flex, Row, Table, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Schema } from '../../api/types';

type VillageTimeline = Schema<'VillageTimeline'>;
import { useCan } from '../../app/auth';
import { EmptyState, PageLoading } from '../../components/States';
import { apiGet } from '../../lib/api';
import { formatDate, formatNumber, isIsoDate, todayIso } from '../../lib/format';
import { byStartDesc, codeLabel, formatPeriod, holdsOn } from '../common/format';
import { HistoryTable } from '../common/HistoryTable';
import { OrgLink } from '../common/names';
import { RecordHeader } from '../common/RecordHeader';
import { RecordQuery } from '../common/RecordStates';
import { HeadTermModal } from './HeadTermForm';
import './i18n';

const MembersChart = lazy(() => import('./MembersChart'));

export function useVillage(code: string) {
  return useQuery({
    queryKey: ['village', code],
    queryFn: ({ signal }) => apiGet<VillageTimeline>(`/api/villages/${encodeURIComponent(code)}`, undefined, signal),
    staleTime: 30_000,
  });
}

const period = (r: { validFrom: string | null; validTo: string | null }) => (
  <span className="nowrap">{formatPeriod(r.validFrom, r.validTo)}</span>
);
const open = (r: { validFrom: string | null; validTo: string | null }) => (holdsOn(r, todayIso()) ? 'row-current' : '');

function Terms({ v, onAddHead }: { v: VillageTimeline; onAddHead?: () => void }) {
  const { t } = useTranslation();
  const heads: TableColumnsType<VillageTimeline['heads'][number]> = [
    { title: t('reg.name'), key: 'name', render: (_, h) => <Link to={`/people/${h.personCode}`}>{h.fullName}</Link> },
    { title: t('villages.headForm.role'), dataIndex: 'role', width: 150, render: (r: string) => codeLabel('role', r) },
    {
      title: t('villages.headForm.how'),
      dataIndex: 'how',
      width: 160,
      render: (r: string | null) => codeLabel('how', r),
    },
    { title: t('reg.period'), key: 'period', width: 210, render: (_, h) => period(h) },
    {
      title: t('villages.memberAtStart'),
      dataIndex: 'memberAtStart',
      width: 150,
      render: (m: boolean) => (m ? <Tag color="red">{t('reg.yes')}</Tag> : <Tag>{t('reg.no')}</Tag>),
    },
  ];
  const secretaries: TableColumnsType<VillageTimeline['secretaries'][number]> = [
    { title: t('reg.name'), key: 'name', render: (_, s) => <Link to={`/people/${s.personCode}`}>{s.fullName}</Link> },
    {
      title: t('villages.currentCell'),
      dataIndex: 'cellCode',
      width: 260,
      render: (c: string) => <OrgLink code={c} />,
    },
    { title: t('reg.period'), key: 'period', width: 210, render: (_, s) => period(s) },
  ];
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('villages.headTerms')}
        </Typography.Title>
        {onAddHead && (
          <Button type="primary" icon={<PlusOutlined />} onClick={onAddHead} data-testid="add-head">
            {t('villages.addHead')}
          </Button>
        )}
      </Flex>
      {v.heads.length === 0 ? (
        <EmptyState text={t('villages.noHeads')} />
      ) : (
        <Table
          data-testid="heads-table"
          rowKey={(h) => `${h.personCode}-${h.role}-${h.validFrom}`}
          size="small"
          columns={heads}
          dataSource={[...v.heads].sort(byStartDesc)}
          rowClassName={open}
          scroll={{ x: 800 }}
          pagination={{ defaultPageSize: 10, hideOnSinglePage: true }}
          style={{ marginTop: 8 }}
        />
      )}
      <Typography.Title level={5}>{t('villages.secretaryTerms')}</Typography.Title>
      {v.secretaries.length === 0 ? (
        <EmptyState text={t('villages.noSecretaries')} />
      ) : (
        <Table
          data-testid="secretaries-table"
          rowKey={(s) => `${s.cellCode}-${s.personCode}-${s.validFrom}`}
          size="small"
          columns={secretaries}
          dataSource={[...v.secretaries].sort(byStartDesc)}
          rowClassName={open}
          scroll={{ x: 600 }}
          pagination={{ defaultPageSize: 10, hideOnSinglePage: true }}
        />
      )}
    </>
  );
}

function Versions({ v }: { v: VillageTimeline }) {
  const { t } = useTranslation();
  const versions: TableColumnsType<VillageTimeline['versions'][number]> = [
    { title: t('villages.name'), dataIndex: 'name' },
    { title: t('villages.subtype'), dataIndex: 'subtype', width: 130 },
    {
      title: t('villages.parent'),
      key: 'parent',
      render: (_, x) => (x.parentName ? `${x.parentName} (${x.parentCode})` : x.parentCode),
    },
    { title: t('reg.period'), key: 'period', width: 210, render: (_, x) => period(x) },
  ];
  const lineage: TableColumnsType<VillageTimeline['lineage'][number]> = [
    {
      title: '',
      dataIndex: 'direction',
      width: 80,
      render: (d: 'from' | 'to') => (d === 'from' ? t('villages.lineageFrom') : t('villages.lineageTo')),
    },
    {
      title: t('villages.name'),
      key: 'unit',
      render: (_, l) => <Link to={`/villages/${l.code}`}>{l.name ? `${l.name} (${l.code})` : l.code}</Link>,
    },
    { title: t('villages.lineageOn'), dataIndex: 'on', width: 120, render: (d: string) => formatDate(d) },
    {
      title: t('villages.lineageKind'),
      dataIndex: 'kind',
      width: 140,
      render: (k: string) => t(`villages.kinds.${k}`, { defaultValue: k }) as string,
    },
    { title: t('villages.decision'), dataIndex: 'decision' },
  ];
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('villages.versions')}
      </Typography.Title>
      <Table
        rowKey={(x) => `${x.validFrom}`}
        size="small"
        columns={versions}
        dataSource={[...v.versions].sort(byStartDesc)}
        rowClassName={open}
        pagination={false}
        scroll={{ x: 700 }}
      />
      <Typography.Title level={5}>{t('villages.lineage')}</Typography.Title>
      {v.lineage.length === 0 ? (
        <EmptyState text={t('villages.noLineage')} />
      ) : (
        <Table
          rowKey={(l) => `${l.direction}-${l.code}-${l.on}`}
          size="small"
          columns={lineage}
          dataSource={v.lineage}
          pagination={false}
          scroll={{ x: 700 }}
        />
      )}
    </>
  );
}

function Cells({ v }: { v: VillageTimeline }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<VillageTimeline['cells'][number]> = [
    {
      title: t('villages.currentCell'),
      key: 'cell',
      render: (_, c) => <Link to={`/orgs/${c.code}`}>{c.name ?? c.code}</Link>,
    },
    { title: t('reg.code'), dataIndex: 'code', width: 150 },
    {
      title: t('villages.otherVillages'),
      dataIndex: 'otherVillages',
      render: (o: string[]) =>
        o.map((c) => (
          <Link key={c} to={`/villages/${c}`} style={{ marginRight: 8 }}>
            {c}
          </Link>
        )),
    },
    { title: t('reg.period'), key: 'period', width: 210, render: (_, c) => period(c) },
  ];
  if (v.cells.length === 0) return <EmptyState text={t('villages.noCells')} />;
  return (
    <Table
      data-testid="cells-table"
      rowKey={(c) => `${c.code}-${c.validFrom}`}
      size="small"
      columns={columns}
      dataSource={[...v.cells].sort(byStartDesc)}
      rowClassName={open}
      pagination={false}
      scroll={{ x: 700 }}
    />
  );
}

function Timeline({ v, back }: { v: VillageTimeline; back: string }) {
  const { t } = useTranslation();
  const canWrite = useCan('register.write');
  const [adding, setAdding] = useState(false);
  const today = todayIso();
  const current = v.versions.find((x) => holdsOn(x, today)) ?? [...v.versions].sort(byStartDesc)[0];
  const members = v.memberCounts.find((m) => holdsOn(m, today));
  const cells = v.cells.filter((c) => holdsOn(c, today));
  const head = v.heads.find((h) => h.role === 'head' && holdsOn(h, today));
  const secretaries = v.secretaries.filter((s) => holdsOn(s, today));
  const name = current?.name ?? v.code;
  const dash = <span className="muted">—</span>;

  return (
    <div data-testid="village-page">
      <RecordHeader
        back={back}
        backLabel={t('villages.backToList')}
        title={name}
        code={v.code}
        testId="village-name"
        tags={
          current &&
          !holdsOn(current, today) && <Tag color="default">{formatPeriod(current.validFrom, current.validTo)}</Tag>
        }
      />
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={11}>
          <Card size="small" title={t('villages.now')} className="fill-card">
            <Descriptions
              size="small"
              column={1}
              items={[
                {
                  key: 'commune',
                  label: t('villages.commune'),
                  children: current?.parentCode ? (
                    <Link to={`/villages?scope=${current.parentCode}`}>{current.parentName ?? current.parentCode}</Link>
                  ) : (
                    dash
                  ),
                },
                {
                  key: 'members',
                  label: t('villages.currentMembers'),
                  children: members ? (
                    <span data-testid="village-members">
                      <strong>{formatNumber(members.total)}</strong> (
                      {t('reg.membersSplit', {
                        official: formatNumber(members.official),
                        probationary: formatNumber(members.probationary),
                      })}
                      )
                    </span>
                  ) : (
                    <span data-testid="village-members">0</span>
                  ),
                },
                {
                  key: 'cell',
                  label: t('villages.currentCell'),
                  children: cells.length ? (
                    cells.map((c) => (
                      <Link key={c.code} to={`/orgs/${c.code}`} style={{ marginRight: 8 }}>
                        {c.name ?? c.code}
                      </Link>
                    ))
                  ) : (
                    <Tag color="red">{t('villages.cells.none')}</Tag>
                  ),
                },
                {
                  key: 'head',
                  label: t('villages.currentHead'),
                  children: head ? (
                    <span data-testid="village-head">
                      <Link to={`/people/${head.personCode}`}>{head.fullName}</Link>{' '}
                      <span className="muted">
                        ({t('reg.from').toLowerCase()} {head.validFrom ? formatDate(head.validFrom) : '…'})
                      </span>
                    </span>
                  ) : (
                    <Tag color="orange">{t('reg.vacant')}</Tag>
                  ),
                },
                {
                  key: 'secretary',
                  label: t('villages.currentSecretary'),
                  children: secretaries.length
                    ? secretaries.map((s) => (
                        <Link key={s.personCode} to={`/people/${s.personCode}`} style={{ marginRight: 8 }}>
                          {s.fullName}
                        </Link>
                      ))
                    : dash,
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={13}>
          <Card size="small" title={t('villages.membersByYear')} className="fill-card">
            {v.membersByYear.length === 0 ? (
              <EmptyState text={t('villages.noMembersYet')} />
            ) : (
              <Suspense fallback={<PageLoading minHeight={220} />}>
                <MembersChart years={v.membersByYear} />
              </Suspense>
            )}
          </Card>
        </Col>
      </Row>
      <Card size="small" style={{ marginTop: 12 }}>
        <Tabs
          items={[
            {
              key: 'terms',
              label: t('villages.tabs.terms'),
              children: <Terms v={v} onAddHead={canWrite ? () => setAdding(true) : undefined} />,
            },
            { key: 'versions', label: t('villages.tabs.versions'), children: <Versions v={v} /> },
            { key: 'cells', label: t('villages.tabs.cells'), children: <Cells v={v} /> },
            {
              key: 'history',
              label: `${t('villages.tabs.history')} (${formatNumber(v.history.length)})`,
              children: <HistoryTable history={v.history} />,
            },
          ]}
        />
      </Card>
      {canWrite && <HeadTermModal open={adding} onClose={() => setAdding(false)} village={{ code: v.code, name }} />}
    </div>
  );
}

/** A village's timeline: where it stands now, its members by year, heads and secretaries, versions, cells and change log. */
export default function VillagePage() {
  const { code = '' } = useParams();
  const [params] = useSearchParams();
  const at = params.get('at');
  const back = isIsoDate(at) ? `/villages?at=${at}` : '/villages';
  const village = useVillage(code);
  return (
    <RecordQuery query={village} back={back}>
      {(v) => <Timeline v={v} back={back} />}
    </RecordQuery>
  );
}
