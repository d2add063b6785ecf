import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, PageLoading } from '../../../components/States';
import { formatDate } from '../../../lib/format';
import type { UnitNode } from '../../../lib/units';
import type { Figure } from '../figures';
import type { Snapshot } from '../model';
import type { ChartProps } from './DashboardCharts';
import { EChart } from '../../../components/EChart';
import { useSnapshots } from './useSnapshots';
import { formatFigure } from './YearChart';

/** The children of the scope at the date with their snapshots (one request each). */
export function useChildFigures(node: UnitNode | undefined, at: string) {
  const children = node?.children ?? [];
  const snaps = useSnapshots(children.map((c) => ({ scope: c.code, at })));
  const rows = children
    .map((c, i) => ({ unit: c, snapshot: snaps.data[i] }))
    .filter((r): r is { unit: UnitNode; snapshot: Snapshot } => r.snapshot !== null);
  return { children, rows, loading: snaps.done < children.length, done: snaps.done };
}

/** One bar per unit below the scope, largest first; a click opens that unit's villages. */
export function ChildrenChart({
  node,
  at,
  figure,
  onOpen,
}: Omit<ChartProps, 'scope'> & { node: UnitNode | undefined; at: string; figure: Figure }) {
  const { t } = useTranslation();
  const { children, rows, loading, done } = useChildFigures(node, at);
  const label = t(`figures.${figure.key}`);
  const sorted = useMemo(
    () => [...rows].sort((a, b) => figure.value(a.snapshot) - figure.value(b.snapshot)),
    [rows, figure],
  );
  const option = useMemo(
    () => ({
      grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (v: number) => formatFigure(figure, v),
      },
      xAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatFigure(figure, v) } },
      yAxis: {
        type: 'category',
        data: sorted.map((r) => r.unit.name),
        axisLabel: { width: 150, overflow: 'truncate' },
      },
      series: [
        {
          name: label,
          type: 'bar',
          data: sorted.map((r) => figure.value(r.snapshot)),
          itemStyle: { color: '#1f5fbf' },
          label: { show: true, position: 'right', formatter: (p: { value: number }) => formatFigure(figure, p.value) },
        },
      ],
    }),
    [sorted, figure, label],
  );
  if (!node || children.length === 0)
    return <EmptyState text={t('charts.noChildren', { scope: node?.name ?? '', at: formatDate(at) })} />;
  if (loading) return <PageLoading label={t('charts.loadingCount', { done, total: children.length })} />;
  return (
    <div style={{ maxHeight: 640, overflowY: 'auto' }}>
      <EChart
        testId="chart-by-child"
        label={`${label}: ${t('charts.byChild')}`}
        height={Math.max(240, sorted.length * 24 + 24)}
        option={option}
        onClick={
          onOpen &&
          ((p) => {
            const r = sorted[p.dataIndex];
            onOpen({
              kind: 'at',
              scope: r.unit.code,
              scopeName: r.unit.name,
              at,
              category: figure.category,
              title: label,
              sumMembers: figure.kind === 'members',
            });
          })
        }
      />
    </div>
  );
}
