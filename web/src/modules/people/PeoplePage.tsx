import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Form, Input, Row, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useCan } from '../../app/auth';
import { EmptyState, ErrorState, PageLoading } from '../../components/States';
import { formatDate, formatNumber } from '../../lib/format';
import { usePeopleSearch, type PersonItem } from '../common/data';
import { codeLabel } from '../common/format';
import { VillageSelect } from '../common/pickers';
import { AddPersonModal } from './PersonForms';
import './i18n';

const PAGE = 50;
export const statusColor = { official: 'red', probationary: 'orange', none: 'default' } as const;

interface Criteria {
  q?: string;
  card?: string;
  village?: string;
}

/** Find people by name without diacritics, by card number or by village; add a person. */
export default function PeoplePage() {
  const { t } = useTranslation();
  const canWrite = useCan('register.write');
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<Criteria>();
  const criteria: Criteria = { q: params.get('q') ?? undefined, card: params.get('card') ?? undefined, village: params.get('village') ?? undefined };
  const page = Math.max(1, Number(params.get('page')) || 1);
  const asked = !!(criteria.q || criteria.card || criteria.village);
  const search = usePeopleSearch({ ...criteria, limit: PAGE, offset: (page - 1) * PAGE }, asked);

  // the form follows the address (back and forward, a shared link)
  useEffect(() => {
    form.setFieldsValue({ q: criteria.q, card: criteria.card, village: criteria.village });
  }, [form, criteria.q, criteria.card, criteria.village]);

  const submit = (c: Criteria) => {
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(c)) if (typeof v === 'string' && v.trim()) next.set(k, v.trim());
    setParams(next);
  };

  const columns: TableColumnsType<PersonItem> = [
    { title: t('people.code'), dataIndex: 'code', width: 130, fixed: 'left', render: (c: string) => <Link to={`/people/${c}`} className="nowrap">{c}</Link> },
    { title: t('people.name'), dataIndex: 'fullName', width: 210, render: (n: string, p) => <Link to={`/people/${p.code}`}>{n}</Link> },
    // the year tells apart people of one name; the whole date on hover
    { title: t('people.birthYear'), dataIndex: 'birthYear', width: 90, render: (y: number | null, p) => (y === null ? '' : <span title={p.birthDate ? formatDate(p.birthDate) : undefined}>{y}</span>) },
    { title: t('people.gender'), dataIndex: 'gender', width: 90, render: (g: string | null) => codeLabel('gender', g) },
    { title: t('people.village'), key: 'village', render: (_, p) => (p.villageCode ? <Link to={`/villages/${p.villageCode}`}>{p.villageName ?? p.villageCode}</Link> : '') },
    { title: t('people.commune'), key: 'commune', width: 200, render: (_, p) => p.commune?.name ?? p.commune?.code ?? '' },
    { title: t('people.card'), dataIndex: 'cardNo', width: 120 },
    { title: t('people.status'), dataIndex: 'status', width: 150, render: (s: PersonItem['status']) => <Tag color={statusColor[s]}>{t(`reg.status.${s}`)}</Tag> },
  ];

  return (
    <div data-testid="people-page">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} style={{ margin: 0 }}>
          {t('people.title')}
        </Typography.Title>
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="add-person">
            {t('people.add')}
          </Button>
        )}
      </Flex>
      <Card size="small" className="filter-card" style={{ marginTop: 12 }}>
        <Form form={form} layout="vertical" onFinish={submit} initialValues={criteria}>
          <Row gutter={[12, 4]} align="bottom">
            <Col xs={24} md={10} xl={8}>
              <Form.Item name="q" label={t('people.byName')} tooltip={t('people.byNameHint')}>
                <Input data-testid="search-name" allowClear placeholder={t('people.byNameHint')} autoFocus />
              </Form.Item>
            </Col>
            <Col xs={12} md={6} xl={4}>
              <Form.Item name="card" label={t('people.byCard')}>
                <Input data-testid="search-card" allowClear placeholder={t('people.byCardHint')} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8} xl={7}>
              <Form.Item name="village" label={t('people.byVillage')}>
                <VillageSelect testId="search-village" />
              </Form.Item>
            </Col>
            <Col xs={24} xl={5}>
              <Form.Item>
                <Flex gap={8}>
                  <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="search-submit">
                    {t('people.search')}
                  </Button>
                  <Button onClick={() => { form.resetFields(); setParams(new URLSearchParams()); }}>{t('people.clear')}</Button>
                </Flex>
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      <div style={{ marginTop: 12 }} aria-live="polite">
        {!asked ? (
          <EmptyState text={t('people.prompt')} />
        ) : search.isPending ? (
          <PageLoading />
        ) : search.isError ? (
          <ErrorState error={search.error} onRetry={() => void search.refetch()} />
        ) : search.data.total === 0 ? (
          <EmptyState text={t('people.empty')} />
        ) : (
          <>
            <Typography.Text strong data-testid="people-found">
              {t('people.found', { total: formatNumber(search.data.total) })}
            </Typography.Text>
            <Table<PersonItem>
              data-testid="people-table"
              rowKey="code"
              size="small"
              style={{ marginTop: 8 }}
              loading={search.isFetching}
              columns={columns}
              dataSource={search.data.items}
              scroll={{ x: 1050 }}
              pagination={{
                current: page,
                pageSize: PAGE,
                total: search.data.total,
                showSizeChanger: false,
                showTotal: (n) => t('reg.total', { total: formatNumber(n) }),
                onChange: (p) => setParams((old) => { const next = new URLSearchParams(old); next.set('page', String(p)); return next; }),
              }}
            />
          </>
        )}
      </div>
      {canWrite && <AddPersonModal open={adding} onClose={() => setAdding(false)} onAdded={(code) => navigate(`/people/${code}`)} />}
    </div>
  );
}
