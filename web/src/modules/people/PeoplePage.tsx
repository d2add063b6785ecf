import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Tag, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCan } from '../../app/auth';
import { Filter, ListPage, ListTable } from '../../components/ListPage';
import { EmptyState, QueryState } from '../../components/States';
import { formatDate, formatNumber } from '../../lib/format';
import { pageParam, useUrlState } from '../../lib/urlState';
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
  const [params, update] = useUrlState({ push: true });
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<Criteria>();
  const criteria: Criteria = {
    q: params.get('q') ?? undefined,
    card: params.get('card') ?? undefined,
    village: params.get('village') ?? undefined,
  };
  const page = pageParam(params);
  const asked = !!(criteria.q || criteria.card || criteria.village);
  const search = usePeopleSearch({ ...criteria, limit: PAGE, offset: (page - 1) * PAGE }, asked);

  // the form follows the address (back and forward, a shared link)
  useEffect(() => {
    form.setFieldsValue({ q: criteria.q, card: criteria.card, village: criteria.village });
  }, [form, criteria.q, criteria.card, criteria.village]);

  // a new search starts at its first page
  const submit = (c: Criteria) =>
    update({ q: c.q?.trim(), card: c.card?.trim(), village: c.village?.trim(), page: null });

  const columns: TableColumnsType<PersonItem> = [
    {
      title: t('people.code'),
      dataIndex: 'code',
      width: 130,
      fixed: 'left',
      render: (c: string) => (
        <Link to={`/people/${c}`} className="nowrap">
          {c}
        </Link>
      ),
    },
    {
      title: t('people.name'),
      dataIndex: 'fullName',
      width: 210,
      render: (n: string, p) => <Link to={`/people/${p.code}`}>{n}</Link>,
    },
    // the year tells apart people of one name; the whole date on hover
    {
      title: t('people.birthYear'),
      dataIndex: 'birthYear',
      width: 90,
      render: (y: number | null, p) =>
        y === null ? '' : <span title={p.birthDate ? formatDate(p.birthDate) : undefined}>{y}</span>,
    },
    { title: t('people.gender'), dataIndex: 'gender', width: 90, render: (g: string | null) => codeLabel('gender', g) },
    {
      title: t('people.village'),
      key: 'village',
      render: (_, p) =>
        p.villageCode ? <Link to={`/villages/${p.villageCode}`}>{p.villageName ?? p.villageCode}</Link> : '',
    },
    {
      title: t('people.commune'),
      key: 'commune',
      width: 200,
      render: (_, p) => p.commune?.name ?? p.commune?.code ?? '',
    },
    { title: t('people.card'), dataIndex: 'cardNo', width: 120 },
    {
      title: t('people.status'),
      dataIndex: 'status',
      width: 150,
      render: (s: PersonItem['status']) => <Tag color={statusColor[s]}>{t(`reg.status.${s}`)}</Tag>,
    },
  ];

  return (
    <ListPage<Criteria>
      testId="people-page"
      title={t('people.title')}
      actions={
        canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="add-person">
            {t('people.add')}
          </Button>
        )
      }
      form={{ form, onFinish: submit, initialValues: criteria }}
      filters={
        <>
          <Filter xs={24} md={10} xl={8} name="q" label={t('people.byName')} tooltip={t('people.byNameHint')}>
            <Input data-testid="search-name" allowClear placeholder={t('people.byNameHint')} autoFocus />
          </Filter>
          <Filter xs={12} md={6} xl={4} name="card" label={t('people.byCard')}>
            <Input data-testid="search-card" allowClear placeholder={t('people.byCardHint')} />
          </Filter>
          <Filter xs={12} md={8} xl={7} name="village" label={t('people.byVillage')}>
            <VillageSelect testId="search-village" />
          </Filter>
          <Filter xs={24} xl={5}>
            <Flex gap={8}>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="search-submit">
                {t('people.search')}
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  submit({});
                }}
              >
                {t('people.clear')}
              </Button>
            </Flex>
          </Filter>
        </>
      }
      after={
        canWrite && (
          <AddPersonModal
            open={adding}
            onClose={() => setAdding(false)}
            onAdded={(code) => navigate(`/people/${code}`)}
          />
        )
      }
    >
      {!asked ? (
        <EmptyState text={t('people.prompt')} />
      ) : (
        <QueryState query={search} empty={search.data?.total === 0 && t('people.empty')}>
          {(found) => (
            <>
              <Typography.Text strong data-testid="people-found">
                {t('people.found', { total: formatNumber(found.total) })}
              </Typography.Text>
              <ListTable<PersonItem>
                data-testid="people-table"
                style={{ marginTop: 8 }}
                loading={search.isFetching}
                columns={columns}
                dataSource={found.items}
                scroll={{ x: 1050 }}
                pageSize={PAGE}
                total={found.total}
              />
            </>
          )}
        </QueryState>
      )}
    </ListPage>
  );
}
