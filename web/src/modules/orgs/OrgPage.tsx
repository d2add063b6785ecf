import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Descriptions, Flex, Form, Row, Table, Tag, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Schema } from '../../api/types';

type OrgDetail = Schema<'OrgDetail'>;
import { useCan } from '../../app/auth';
import { EmptyState } from '../../components/States';
import { apiGet } from '../../lib/api';
import { formatDate, formatNumber, isIsoDate, todayIso } from '../../lib/format';
import { useOrgs } from '../common/data';
import { codeLabel } from '../common/format';
import { IsoDatePicker } from '../../components/DateField';
import { useNames, VillageLink } from '../common/names';
import { RecordHeader } from '../common/RecordHeader';
import { RecordQuery } from '../common/RecordStates';
import { CommitteeDueTag } from './CommitteeDueTag';
import { SecretaryTermModal } from './SecretaryTermForm';
import './i18n';

type Member = OrgDetail['memberList'][number];

function useOrg(code: string, at: string) {
  return useQuery({
    queryKey: ['org', code, at],
    queryFn: ({ signal }) => apiGet<OrgDetail>(`/api/orgs/${encodeURIComponent(code)}`, { at }, signal),
    staleTime: 30_000,
  });
}

function Org({ o, at, onAt }: { o: OrgDetail; at: string; onAt: (d: string) => void }) {
  const { t } = useTranslation();
  const canWrite = useCan('register.write');
  const [adding, setAdding] = useState(false);
  const names = useNames();
  const orgs = useOrgs(at);
  const parent = orgs.data?.orgs.find((x) => x.code === o.parentCode);
  const children = useMemo(
    () => (orgs.data?.orgs ?? []).filter((x) => x.parentCode === o.code && x.code !== o.code),
    [orgs.data, o.code],
  );
  const members = useMemo(() => o.memberList.map((m) => ({ code: m.code, fullName: m.name })), [o.memberList]);

  // a member's page at the cell page's day: the status, card and cell of then
  const person = (code: string) => (at === todayIso() ? `/people/${code}` : `/people/${code}?at=${at}`);
  const columns: TableColumnsType<Member> = [
    {
      title: t('reg.code'),
      dataIndex: 'code',
      width: 100,
      sorter: (a, b) => a.code.localeCompare(b.code),
      render: (c: string) => <Link to={person(c)}>{c}</Link>,
    },
    {
      title: t('reg.name'),
      dataIndex: 'name',
      sorter: (a, b) => a.name.localeCompare(b.name, 'vi'),
      defaultSortOrder: 'ascend',
      render: (n: string, m) => <Link to={person(m.code)}>{n}</Link>,
    },
    {
      title: t('orgs.memberStatus'),
      dataIndex: 'official',
      width: 130,
      sorter: (a, b) => Number(b.official) - Number(a.official),
      render: (x: boolean) =>
        x ? <Tag color="red">{t('reg.short.official')}</Tag> : <Tag color="orange">{t('reg.short.probationary')}</Tag>,
    },
    { title: t('orgs.memberKind'), dataIndex: 'kind', width: 130, render: (k: string) => codeLabel('kind', k) },
    {
      title: t('orgs.memberVillage'),
      dataIndex: 'villageCode',
      width: 220,
      render: (c: string | null) => (c ? <VillageLink code={c} /> : ''),
    },
    {
      title: t('orgs.since'),
      dataIndex: 'since',
      width: 120,
      sorter: (a, b) => (a.since ?? '').localeCompare(b.since ?? ''),
      render: (d: string | null) => (d ? formatDate(d) : ''),
    },
  ];

  return (
    <div data-testid="org-page">
      <RecordHeader
        back={`/orgs?at=${at}`}
        backLabel={t('orgs.backToList')}
        title={o.name}
        code={o.code}
        testId="org-name"
        tags={
          <>
            <Tag color={o.kind === 'cell' ? 'blue' : 'volcano'}>{t(`orgs.kinds.${o.kind}`)}</Tag>
            {o.committeeDue && <CommitteeDueTag at={at} />}
          </>
        }
        extra={
          <Form layout="inline">
            <Form.Item label={t('orgs.at')} style={{ marginInlineEnd: 0 }}>
              <IsoDatePicker testId="org-at" value={at} allowClear={false} onChange={(d) => d && onAt(d)} />
            </Form.Item>
          </Form>
        }
      />
      <Card size="small">
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            {
              key: 'parent',
              label: t('orgs.parent'),
              children: o.parentCode ? (
                <Link to={`/orgs/${o.parentCode}?at=${at}`}>{parent?.name ?? o.parentCode}</Link>
              ) : (
                ''
              ),
            },
            {
              key: 'unit',
              label: t('orgs.territory'),
              children: o.unitCode ? `${names.unit(o.unitCode) ?? ''} (${o.unitCode})`.trim() : '',
            },
            {
              key: 'members',
              label: t('orgs.members'),
              children: (
                <span data-testid="org-members">
                  {t('orgs.membersOf', {
                    total: formatNumber(o.members.total),
                    official: formatNumber(o.members.official),
                  })}
                </span>
              ),
            },
            {
              key: 'villages',
              label: t('orgs.villages'),
              span: 2,
              children: o.villages.length
                ? o.villages.map((v) => (
                    <Link key={v.code} to={`/villages/${v.code}`} style={{ marginRight: 8 }}>
                      {v.name}
                    </Link>
                  ))
                : '',
            },
            {
              key: 'secretary',
              label: t('orgs.secretary'),
              children: (
                <Flex gap={8} align="center" wrap>
                  {o.secretary ? (
                    <Link to={`/people/${o.secretary.code}`} data-testid="org-secretary">
                      {o.secretary.name}
                    </Link>
                  ) : (
                    <span className="muted">{t('orgs.noSecretary')}</span>
                  )}
                  {canWrite && o.kind === 'cell' && (
                    <Button
                      size="small"
                      icon={<PlusOutlined />}
                      onClick={() => setAdding(true)}
                      data-testid="add-secretary"
                    >
                      {t('orgs.addSecretary')}
                    </Button>
                  )}
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      {children.length > 0 && (
        <Card size="small" title={t('orgs.children')} style={{ marginTop: 12 }}>
          <Row gutter={[8, 8]}>
            {children.map((c) => (
              <Col key={c.code} xs={24} md={12} xl={8}>
                <Link to={`/orgs/${c.code}?at=${at}`}>{c.name}</Link>{' '}
                <span className="muted">· {formatNumber(c.members.total)}</span>
              </Col>
            ))}
          </Row>
        </Card>
      )}
      {(o.kind === 'cell' || o.memberList.length > 0) && (
        <Card
          size="small"
          title={`${t('orgs.memberList')} (${formatNumber(o.memberList.length)})`}
          style={{ marginTop: 12 }}
        >
          {o.memberList.length === 0 ? (
            <EmptyState text={t('orgs.noMembers', { at: formatDate(at) })} />
          ) : (
            <Table<Member>
              data-testid="org-members-table"
              rowKey={(m) => `${m.code}-${m.kind}`}
              size="small"
              columns={columns}
              dataSource={o.memberList}
              scroll={{ x: 800 }}
              pagination={{ defaultPageSize: 50, hideOnSinglePage: true }}
            />
          )}
        </Card>
      )}
      {canWrite && o.kind === 'cell' && (
        <SecretaryTermModal
          open={adding}
          onClose={() => setAdding(false)}
          cell={{ code: o.code, name: o.name }}
          members={members}
        />
      )}
    </div>
  );
}

/** A committee or cell at a date: where it sits, what it covers, its members and secretary. */
export default function OrgPage() {
  const { code = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const at = isIsoDate(params.get('at')) ? params.get('at')! : todayIso();
  const org = useOrg(code, at);
  return (
    <RecordQuery query={org} back={`/orgs?at=${at}`}>
      {(o) => <Org o={o} at={at} onAt={(d) => setParams({ at: d }, { replace: true })} />}
    </RecordQuery>
  );
}
