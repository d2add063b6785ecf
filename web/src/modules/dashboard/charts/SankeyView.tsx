import { useQueries } from '@tanstack/react-query';
import { Grid } from 'antd';
import { useMemo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, PageLoading } from '../../../components/States';
import { formatDate, formatNumber } from '../../../lib/format';
import { fetchListFlow } from '../data';
import { memberCategories, type Comparison, type ListRequest, type MemberCategory } from '../model';
import { deriveTransitions, type Transition } from '../transitions';
import type { ChartProps } from './DashboardCharts';
import { EChart } from '../../../components/EChart';
import { escapeHtml } from '../../../lib/html';

const colors: Record<string, string> = {
  white: '#cf1322',
  weak: '#fa8c16',
  strong: '#389e0d',
  new: '#8c8c8c',
  ceased: '#8c8c8c',
};
const nodeId = (side: 1 | 2, what: string) => `${what}@${side}`;

/**
 * White, weak and strong villages at D1 flowing to their group at D2, with
 * the villages that ceased and the new ones. A click on a band or a block
 * opens its villages.
 */
export function SankeyView({ scope, scopeName, comparison, onOpen }: ChartProps & { comparison: Comparison }) {
  const { t } = useTranslation();
  // below 768 px the labels would overlap each other and the bands: the chart goes without them, and they are listed below it
  const roomy = Grid.useBreakpoint().md ?? true;
  const { from, to } = { from: comparison.from.at, to: comparison.to.at };
  const lefts = useQueries({
    queries: memberCategories.map((c) => ({
      queryKey: ['village-list-flow', scope, from, to, c, 'left'],
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchListFlow(scope, from, to, c, 'left', signal),
      staleTime: 60_000,
    })),
  });
  const failed = lefts.find((q) => q.isError);
  const [white, weak, strong] = lefts.map((q) => q.data);
  const moves: Transition[] | null = useMemo(() => {
    if (!white || !weak || !strong) return null;
    const targets = (l: typeof white) => l.villages.map((v) => v.to?.category);
    return deriveTransitions(comparison.changes, {
      white: targets(white),
      weak: targets(weak),
      strong: targets(strong),
    });
  }, [comparison, white, weak, strong]);

  const nodeLabel = useCallback(
    (id: string) => {
      const [what, side] = id.split('@');
      if (what === 'new') return t('charts.newNode');
      if (what === 'ceased') return t('charts.ceasedNode');
      return `${t(`category.${what}`)} · ${formatDate(side === '1' ? from : to)}`;
    },
    [t, from, to],
  );
  const option = useMemo(() => {
    const ids = new Set<string>();
    const links = (moves ?? []).map((m) => {
      const source = nodeId(1, m.from);
      const target = nodeId(2, m.to);
      ids.add(source).add(target);
      return { source, target, value: m.count, move: m };
    });
    return {
      tooltip: {
        trigger: 'item',
        formatter: (p: {
          dataType: string;
          name: string;
          value: number;
          data: { source?: string; target?: string };
        }) =>
          // HTML: the labels are text
          p.dataType === 'edge'
            ? `${escapeHtml(nodeLabel(p.data.source!))} → ${escapeHtml(nodeLabel(p.data.target!))}: ${formatNumber(p.value)}`
            : `${escapeHtml(nodeLabel(p.name))}: ${formatNumber(p.value)}`,
      },
      series: [
        {
          type: 'sankey',
          left: 8,
          right: roomy ? 230 : 8,
          top: 16,
          bottom: 16,
          nodeAlign: 'justify',
          layoutIterations: 0,
          emphasis: { focus: 'adjacency' },
          lineStyle: { color: 'gradient', curveness: 0.5, opacity: 0.35 },
          label: {
            show: roomy,
            formatter: (p: { name: string; value: number }) => `${nodeLabel(p.name)}: ${formatNumber(p.value)}`,
          },
          data: [...ids].map((id) => ({ name: id, itemStyle: { color: colors[id.split('@')[0]] } })),
          links,
        },
      ],
    };
  }, [moves, nodeLabel, roomy]);
  // each block's total, for the list that stands in for the labels on a narrow screen
  const totals = useMemo(() => {
    const m = new Map<string, number>();
    for (const x of moves ?? []) {
      m.set(nodeId(1, x.from), (m.get(nodeId(1, x.from)) ?? 0) + x.count);
      m.set(nodeId(2, x.to), (m.get(nodeId(2, x.to)) ?? 0) + x.count);
    }
    return [...m].sort(([a], [b]) => a.split('@')[1].localeCompare(b.split('@')[1]));
  }, [moves]);

  if (failed) return <ErrorState error={failed.error} onRetry={() => lefts.forEach((q) => void q.refetch())} />;
  if (!moves) return <PageLoading />;

  const base = { scope, scopeName };
  const request = (p: { dataType?: string; name: string; data: unknown }): ListRequest | null => {
    if (p.dataType === 'edge') {
      const m = (p.data as { move: Transition }).move;
      const title = `${nodeLabel(nodeId(1, m.from))} → ${nodeLabel(nodeId(2, m.to))}`;
      if (m.from === 'new')
        return { ...base, kind: 'flow', from, to, category: m.to as MemberCategory, flow: 'new', title };
      if (m.to === 'ceased') return { ...base, kind: 'flow', from, to, category: m.from, flow: 'ceased', title };
      if (m.from === m.to) return { ...base, kind: 'stay', from, to, category: m.from, title };
      return { ...base, kind: 'flow', from, to, category: m.from, flow: 'left', toCategory: m.to, title };
    }
    const [what, side] = p.name.split('@');
    const title = nodeLabel(p.name);
    if (what === 'new' || what === 'ceased')
      return { ...base, kind: 'flow', from, to, category: 'all', flow: what, title };
    return { ...base, kind: 'at', at: side === '1' ? from : to, category: what as MemberCategory, title };
  };
  return (
    <>
      <EChart
        testId="chart-sankey"
        label={t('charts.transitions')}
        height={460}
        option={option}
        onClick={
          onOpen &&
          ((p) => {
            const r = request(p);
            if (r) onOpen(r);
          })
        }
      />
      {!roomy && (
        <ul className="chart-key" data-testid="sankey-key">
          {totals.map(([id, n]) => (
            <li key={id}>
              <span className="chart-swatch" style={{ background: colors[id.split('@')[0]] }} aria-hidden />
              {nodeLabel(id)}: {formatNumber(n)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
