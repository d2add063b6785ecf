import { useQuery } from '@tanstack/react-query';
import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/States';
import { apiGet } from '../../lib/api';
import { formatDate } from '../../lib/format';
import type { RuleSet } from '../../../../src/modules/rules/rules.config';

const groups = ['admission', 'probation', 'cells', 'heads', 'transfers'] as const;

interface Row {
  key: string;
  group: string;
  name: string;
  values: Record<string, string>;
}

function show(v: unknown): string {
  if (v && typeof v === 'object' && 'numerator' in v) {
    const q = v as { numerator: number; denominator: number };
    return `${q.numerator}/${q.denominator}`;
  }
  return String(v);
}

/** The rule sets side by side: one column per set (by effective date), one row per rule. */
export default function RulesPage() {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['rules'], queryFn: ({ signal }) => apiGet<RuleSet[]>('/api/rules', {}, signal), staleTime: Infinity });
  const sets = [...(q.data ?? [])].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  const rows: Row[] = [];
  for (const g of groups) {
    const keys = Object.keys(sets[0]?.[g] ?? {});
    for (const k of keys)
      rows.push({ key: `${g}.${k}`, group: t(`rulesWf.groups.${g}`), name: t(`rulesWf.keys.${k}`, { defaultValue: k }), values: Object.fromEntries(sets.map((s) => [s.id, show((s[g] as Record<string, unknown>)[k])])) });
  }
  return (
    <div data-testid="rules">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
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
              { key: 'group', title: '', dataIndex: 'group', onCell: (r, i) => ({ rowSpan: i !== undefined && i > 0 && rows[i - 1].group === r.group ? 0 : rows.filter((x) => x.group === r.group).length }) },
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
    </div>
  );
}
