import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Table,
  Tabs,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Schema } from '../../api/types';

type PersonDetail = Schema<'PersonDetail'>;
import { useCan } from '../../app/auth';
import { EmptyState } from '../../components/States';
import { apiGet } from '../../lib/api';
import { formatDate, formatNumber, isIsoDate, todayIso } from '../../lib/format';
import { byStartDesc, codeLabel, formatPeriod, holdsOn } from '../common/format';
import { HistoryTable } from '../common/HistoryTable';
import { IsoDatePicker } from '../../components/DateField';
import { OrgLink, VillageLink } from '../common/names';
import { RecordHeader } from '../common/RecordHeader';
import { RecordQuery } from '../common/RecordStates';
import { AdmitModal, EndModal, OfficialModal, TransferModal } from './PersonForms';
import { statusColor } from './PeoplePage';
import './i18n';

type Action = 'admit' | 'official' | 'transfer' | 'end';

/** A person, and where they stand at `at` (today when omitted). */
export function usePerson(code: string, at?: string) {
  return useQuery({
    queryKey: ['person', code, at ?? null],
    queryFn: ({ signal }) => apiGet<PersonDetail>(`/api/people/${encodeURIComponent(code)}`, { at }, signal),
    staleTime: 30_000,
    placeholderData: (prev) => (prev?.code === code ? prev : undefined),
  });
}

const period = (r: { validFrom: string | null; validTo: string | null }) => (
  <span className="nowrap">{formatPeriod(r.validFrom, r.validTo)}</span>
);
const open = (r: { validFrom: string | null; validTo: string | null }) => (holdsOn(r, todayIso()) ? 'row-current' : '');

/**
 * The cell of the official placement on the page's day, as the server names
 * it then (a cell since closed keeps its name), with the village it counts
 * for and the temporary placements beside it.
 */
function StandingCell({ s }: { s: PersonDetail['standing'] }) {
  const { t } = useTranslation();
  const dated = s.at === todayIso() ? '' : `?at=${s.at}`;
  if (!s.cell) return s.status === 'none' ? null : <span className="muted">{t('people.noCell')}</span>;
  return (
    <span>
      <Link to={`/orgs/${s.cell.code}${dated}`} title={s.cell.code} data-testid="person-cell-link">
        {s.cell.name ?? s.cell.code}
      </Link>
      {s.cell.village && (
        <>
          {' · '}
          <Link to={`/villages/${s.cell.village.code}${dated}`} title={s.cell.village.code}>
            {s.cell.village.name ?? s.cell.village.code}
          </Link>
        </>
      )}
      {s.temporary.map((x) => (
        <Tag key={x.code} style={{ marginLeft: 8 }}>
          {t('reg.kind.temporary')}: {x.name ?? x.code}
        </Tag>
      ))}
    </span>
  );
}

function Party({ p }: { p: PersonDetail }) {
  const { t } = useTranslation();
  const memberships: TableColumnsType<PersonDetail['memberships'][number]> = [
    { title: t('people.admittedOn'), dataIndex: 'admittedOn', width: 130, render: (d: string) => formatDate(d) },
    {
      title: t('people.officialOn'),
      dataIndex: 'officialOn',
      width: 140,
      render: (d: string | null) => (d ? formatDate(d) : ''),
    },
    { title: t('people.card'), dataIndex: 'cardNo', width: 130 },
    {
      title: t('people.endedOn'),
      dataIndex: 'endedOn',
      width: 140,
      render: (d: string | null) => (d ? formatDate(d) : ''),
    },
    { title: t('people.endReason'), dataIndex: 'endReason', render: (r: string | null) => codeLabel('endReason', r) },
  ];
  const placements: TableColumnsType<PersonDetail['placements'][number]> = [
    { title: t('people.cell'), dataIndex: 'cellCode', render: (c: string) => <OrgLink code={c} /> },
    {
      title: t('people.placementVillage'),
      dataIndex: 'villageCode',
      render: (c: string | null) => (c ? <VillageLink code={c} /> : ''),
    },
    { title: t('people.kind'), dataIndex: 'kind', width: 110, render: (k: string) => codeLabel('kind', k) },
    {
      title: t('people.placementReason'),
      dataIndex: 'reason',
      width: 140,
      render: (r: string | null) => codeLabel('placementReason', r),
    },
    { title: t('reg.period'), key: 'period', width: 210, render: (_, x) => period(x) },
  ];
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('people.memberships')}
      </Typography.Title>
      {p.memberships.length === 0 ? (
        <EmptyState text={t('people.noMemberships')} />
      ) : (
        <Table
          data-testid="memberships-table"
          rowKey="admittedOn"
          size="small"
          columns={memberships}
          dataSource={p.memberships}
          pagination={false}
          scroll={{ x: 700 }}
        />
      )}
      <Typography.Title level={5}>{t('people.placements')}</Typography.Title>
      {p.placements.length === 0 ? (
        <EmptyState text={t('people.noPlacements')} />
      ) : (
        <Table
          data-testid="placements-table"
          rowKey={(x) => `${x.cellCode}-${x.kind}-${x.validFrom}`}
          size="small"
          columns={placements}
          dataSource={[...p.placements].sort(byStartDesc)}
          rowClassName={open}
          pagination={false}
          scroll={{ x: 750 }}
        />
      )}
    </>
  );
}

function Terms({ p }: { p: PersonDetail }) {
  const { t } = useTranslation();
  if (p.headTerms.length === 0 && p.secretaryTerms.length === 0) return <EmptyState text={t('people.noTerms')} />;
  const heads: TableColumnsType<PersonDetail['headTerms'][number]> = [
    { title: t('people.village'), dataIndex: 'villageCode', render: (c: string) => <VillageLink code={c} /> },
    { title: t('people.role'), dataIndex: 'role', width: 160, render: (r: string) => codeLabel('role', r) },
    { title: t('people.kind'), dataIndex: 'how', width: 160, render: (r: string | null) => codeLabel('how', r) },
    { title: t('reg.period'), key: 'period', width: 210, render: (_, x) => period(x) },
  ];
  const secretaries: TableColumnsType<PersonDetail['secretaryTerms'][number]> = [
    { title: t('people.cell'), dataIndex: 'cellCode', render: (c: string) => <OrgLink code={c} /> },
    { title: t('reg.period'), key: 'period', width: 210, render: (_, x) => period(x) },
  ];
  return (
    <>
      {p.headTerms.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('people.headTerms')}
          </Typography.Title>
          <Table
            rowKey={(x) => `${x.villageCode}-${x.role}-${x.validFrom}`}
            size="small"
            columns={heads}
            dataSource={[...p.headTerms].sort(byStartDesc)}
            rowClassName={open}
            pagination={false}
            scroll={{ x: 600 }}
          />
        </>
      )}
      {p.secretaryTerms.length > 0 && (
        <>
          <Typography.Title level={5}>{t('people.secretaryTerms')}</Typography.Title>
          <Table
            rowKey={(x) => `${x.cellCode}-${x.validFrom}`}
            size="small"
            columns={secretaries}
            dataSource={[...p.secretaryTerms].sort(byStartDesc)}
            rowClassName={open}
            pagination={false}
            scroll={{ x: 500 }}
          />
        </>
      )}
    </>
  );
}

function Person({ p, onAt }: { p: PersonDetail; onAt: (day: string) => void }) {
  const { t } = useTranslation();
  const canWrite = useCan('register.write');
  const [action, setAction] = useState<Action | null>(null);
  // status, card and cell are those of the page's day, as the server answers them
  const { standing } = p;
  const status = standing.status;
  // what may be changed is about the membership still open
  const current = p.memberships.find((m) => m.endedOn === null);
  const isMasked = (f: string) => p.masked.includes(f);
  const maskedTag = (
    <Tag icon={null} color="default">
      {t('people.masked')}
    </Tag>
  );
  const close = () => setAction(null);

  // only what the person's state allows is offered
  const actions: { key: Action; show: boolean; danger?: boolean }[] = [
    { key: 'admit', show: !current },
    { key: 'official', show: !!current && current.officialOn === null },
    { key: 'transfer', show: !!current },
    { key: 'end', show: !!current, danger: true },
  ];

  return (
    <div data-testid="person-page">
      <RecordHeader
        back="/people"
        backLabel={t('people.backToList')}
        title={p.fullName}
        code={p.code}
        testId="person-name"
        tags={
          <Tag color={statusColor[status]} data-testid="person-status">
            {t(`reg.status.${status}`)}
          </Tag>
        }
        extra={
          <Flex gap={8} wrap align="center">
            <Form layout="inline">
              <Form.Item label={t('people.at')} style={{ marginInlineEnd: 0 }}>
                <IsoDatePicker
                  testId="person-at"
                  value={standing.at}
                  allowClear={false}
                  onChange={(d) => d && onAt(d)}
                />
              </Form.Item>
            </Form>
            {canWrite && (
              <Flex gap={8} wrap>
                {actions
                  .filter((a) => a.show)
                  .map((a) => (
                    <Button
                      key={a.key}
                      danger={a.danger}
                      type={a.key === 'admit' || a.key === 'official' ? 'primary' : 'default'}
                      onClick={() => setAction(a.key)}
                      data-testid={`action-${a.key}`}
                    >
                      {t(`people.actions.${a.key}`)}
                    </Button>
                  ))}
              </Flex>
            )}
          </Flex>
        }
      />
      {p.masked.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('people.maskedNote', {
            fields: p.masked.map((f) => t(`people.${f}`, { defaultValue: f })).join(', '),
          })}
        />
      )}
      <Card size="small" title={t('people.details')}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'birth', label: t('people.birthDate'), children: p.birthDate ? formatDate(p.birthDate) : '' },
            { key: 'gender', label: t('people.gender'), children: codeLabel('gender', p.gender) },
            {
              key: 'ethnicity',
              label: t('people.ethnicity'),
              children: isMasked('ethnicity') ? maskedTag : p.ethnicity,
            },
            {
              key: 'residence',
              label: t('people.residence'),
              children: p.residenceVillageCode ? <VillageLink code={p.residenceVillageCode} /> : '',
            },
            {
              key: 'official',
              label: t('people.communeOfficial'),
              children: p.communeOfficial ? t('reg.yes') : t('reg.no'),
            },
            {
              key: 'card',
              label: t('people.card'),
              children: (
                <span data-testid="person-card">
                  {standing.cardNo ?? (status === 'none' ? '' : <span className="muted">{t('people.noCard')}</span>)}
                </span>
              ),
            },
            {
              key: 'cell',
              label: t('people.cell'),
              children: (
                <span data-testid="person-cell">
                  <StandingCell s={standing} />
                </span>
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" style={{ marginTop: 12 }}>
        <Tabs
          items={[
            { key: 'party', label: t('people.tabs.party'), children: <Party p={p} /> },
            { key: 'terms', label: t('people.tabs.terms'), children: <Terms p={p} /> },
            {
              key: 'history',
              label: `${t('people.tabs.history')} (${formatNumber(p.history.length)})`,
              children: <HistoryTable history={p.history} />,
            },
          ]}
        />
      </Card>
      {canWrite && (
        <>
          <AdmitModal open={action === 'admit'} onClose={close} person={p} />
          {current && (
            <OfficialModal open={action === 'official'} onClose={close} person={p} admittedOn={current.admittedOn} />
          )}
          <TransferModal open={action === 'transfer'} onClose={close} person={p} />
          <EndModal open={action === 'end'} onClose={close} person={p} />
        </>
      )}
    </div>
  );
}

/** A person: details (sensitive ones masked for roles that may not see them), memberships, placements, offices, change log, and the changes the role may make. */
export default function PersonPage() {
  const { code = '' } = useParams();
  const [params, setParams] = useSearchParams();
  // ?at= from a page of that day (a cell's members then); today otherwise
  const at = isIsoDate(params.get('at')) ? params.get('at')! : undefined;
  const person = usePerson(code, at);
  const onAt = (day: string) => setParams(day === todayIso() ? {} : { at: day }, { replace: true });
  return (
    <RecordQuery query={person} back="/people">
      {(p) => <Person p={p} onAt={onAt} />}
    </RecordQuery>
  );
}
