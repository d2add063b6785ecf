import { Card, Select, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../../app/auth';
import { EmptyState, ErrorState, PageLoading } from '../../../components/States';
import { todayIso } from '../../../lib/format';
import { findUnit, useUnitTree } from '../../../lib/units';
import { figureByKey, figures } from '../figures';
import type { Comparison, ListRequest } from '../model';
import { ChildrenChart } from './ChildrenChart';
import { MapView } from './MapView';
import { SankeyView } from './SankeyView';
import { YearChart } from './YearChart';

export interface ChartProps {
  scope: string;
  scopeName: string;
  onOpen?: (request: ListRequest) => void;
}

interface Props extends ChartProps {
  /** The date of the per-unit charts and the map: the later date when comparing. */
  at: string;
  dates: { from: string; to: string } | null;
  comparison?: Comparison;
  chartFigure: string | null;
  tab: string | null;
  onChange: (changes: Record<string, string | null>) => void;
}

const tabs = ['byYear', 'byChild', 'map', 'transitions'] as const;

/** The charts under the cards: by year, by unit below, on the map, and the moves between two dates. */
export default function DashboardCharts({
  scope,
  scopeName,
  at,
  dates,
  comparison,
  chartFigure,
  tab,
  onChange,
  onOpen,
}: Props) {
  const { t } = useTranslation();
  const canList = useCan('register.read');
  const figure = figureByKey(chartFigure) ?? figureByKey('ratio')!;
  const tree = useUnitTree(at);
  const node = findUnit(tree.data?.units, scope);
  const active = (tabs as readonly string[]).includes(tab ?? '') ? tab! : 'byYear';
  const common = { scope, scopeName, onOpen };

  // the per-unit chart and the map need the tree at their date first
  const treeState = tree.isPending ? (
    <PageLoading />
  ) : tree.isError ? (
    <ErrorState error={tree.error} onRetry={() => void tree.refetch()} />
  ) : null;
  const transitions =
    !dates || !comparison ? (
      <EmptyState text={t('charts.transitionsNeedTwoDates')} />
    ) : !canList ? (
      <EmptyState text={t('charts.transitionsNotAllowed')} />
    ) : (
      <SankeyView {...common} comparison={comparison} />
    );

  return (
    <Card
      size="small"
      style={{ marginTop: 16 }}
      data-testid="charts"
      title={t('charts.figure')}
      extra={
        <Select
          data-testid="chart-figure"
          aria-label={t('charts.figure')}
          value={figure.key}
          style={{ width: 'min(320px, 60vw)' }}
          options={figures.map((f) => ({ value: f.key, label: t(`figures.${f.key}`) }))}
          onChange={(v) => onChange({ fig: v })}
        />
      }
    >
      <Tabs
        activeKey={active}
        onChange={(k) => onChange({ chart: k })}
        destroyOnHidden
        items={[
          {
            key: 'byYear',
            label: t('charts.byYear'),
            children: <YearChart {...common} figure={figure} today={todayIso()} />,
          },
          {
            key: 'byChild',
            label: t('charts.byChild'),
            children: treeState ?? <ChildrenChart {...common} node={node} at={at} figure={figure} />,
          },
          {
            key: 'map',
            label: t('charts.map'),
            children: treeState ?? (node ? <MapView {...common} node={node} at={at} figure={figure} /> : null),
          },
          { key: 'transitions', label: t('charts.transitions'), children: transitions },
        ]}
      />
      {onOpen && <Typography.Text type="secondary">{t('charts.clickHint')}</Typography.Text>}
    </Card>
  );
}
