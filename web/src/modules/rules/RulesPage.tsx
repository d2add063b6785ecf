import { useQuery } from '@tanstack/react-query';
import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/States';
import { apiGet } from '../../lib/api';
import { formatDate } from '../../lib/format';
import type { ApiAnswer, Schema } from '../../api/types';
import { CalendarCard } from './CalendarCard';

type ProvinceChoice = Schema<'ProvinceChoice'>;

// rule values may have decimals (a term of 2,5 years)
const num = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

const groups = ['admission', 'probation', 'membership', 'cells', 'heads', 'transfers'] as const;

type Rules = ApiAnswer<'/api/rules'>;

interface Row {
  key: string;
  group: string;
  name: string;
  values: Record<string, string>;
}

/** The rule sets side by side: one column per set (by effective date), one row per rule; then the province's own choices. */
export default function RulesPage() {
  const { t } = useTranslation();
  const q = useQuery({
    queryKey: ['rules'],
    queryFn: ({ signal }) => apiGet<Rules>('/api/rules', {}, signal),
    staleTime: Infinity,
  });
  const sets = [...(q.data?.sets ?? [])].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  const show = (v: unknown): string => {
    if (v && typeof v === 'object' && 'numerator' in v) {
      const f = v as { numerator: number; denominator: number };
      return `${f.numerator}/${f.denominator}`;
    }
    if (typeof v === 'boolean') return t(v ? 'rulesWf.yes' : 'rulesWf.no');
    if (typeof v === 'number') return num.format(v);
    return t(`rulesWf.values.${String(v)}`, { defaultValue: String(v) });
  };
  const rows: Row[] = [];
  for (const g of groups) {
    const keys = Object.keys(sets[0]?.[g] ?? {});
    for (const k of keys)
      rows.push({
        key: `${g}.${k}`,
        group: t(`rulesWf.groups.${g}`),
        name: t(`rulesWf.keys.${k}`, { defaultValue: k }),
        values: Object.fromEntries(sets.map((s) => [s.id, show((s[g] as Record<string, unknown>)[k])])),
      });
  }
  const province = [...(q.data?.province ?? [])].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  return (
    <div data-testid="rules">
      <Typography.Title level={1} style={{ marginTop: 0 }}>
        {t('rulesWf.title')}
      </Typography.Title>
      <Typography.Paragraph className="muted">{t('rulesWf.intro')}</Typography.Paragraph>
      <Card size="small">
        {q.error ? (
          <ErrorState error={q.error} onRetry={() => void q.refetch()} />
        ) : (
          <Table<Row>
            data-testid="rules-table"
            size="small"
            loading={q.isLoading}
            pagination={false}
            dataSource={rows}
            scroll={{ x: true }}
            columns={[
              {
                key: 'group',
                title: '',
                dataIndex: 'group',
                onCell: (r, i) => ({
                  rowSpan:
                    i !== undefined && i > 0 && rows[i - 1].group === r.group
                      ? 0
                      : rows.filter((x) => x.group === r.group).length,
                }),
              },
              { key: 'name', title: t('rulesWf.rule'), dataIndex: 'name' },
              ...sets.map((s) => ({
                key: s.id,
                align: 'center' as const,
                title: (
                  <div>
                    <div>{s.id}</div>
                    <div className="muted" style={{ fontWeight: 'normal' }}>
                      {t('rulesWf.effectiveFrom')} {formatDate(s.effectiveFrom)}
                    </div>
                  </div>
                ),
                render: (_: unknown, r: Row) => r.values[s.id],
              })),
            ]}
          />
        )}
      </Card>
      {province.length > 0 && (
        <Card size="small" title={t('rulesWf.province')} style={{ marginTop: 12 }}>
          <Table<ProvinceChoice>
            data-testid="province-rules-table"
            size="small"
            pagination={false}
            rowKey="effectiveFrom"
            dataSource={province}
            columns={[
              {
                key: 'from',
                title: t('rulesWf.effectiveFrom'),
                dataIndex: 'effectiveFrom',
                width: 140,
                render: (d: string) => formatDate(d),
              },
              {
                key: 'term',
                title: t('rulesWf.keys.headTermYears'),
                dataIndex: 'headTermYears',
                width: 200,
                align: 'center',
                render: (n: number) => num.format(n),
              },
              { key: 'basis', title: t('rulesWf.basis'), dataIndex: 'basis' },
            ]}
          />
        </Card>
      )}
      <CalendarCard />
    </div>
  );
}
