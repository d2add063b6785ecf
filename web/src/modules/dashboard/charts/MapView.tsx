import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, PageLoading } from '../../../components/States';
import { formatDate } from '../../../lib/format';
import type { UnitNode } from '../../../lib/units';
import type { Figure } from '../figures';
import { useChildFigures } from './ChildrenChart';
import type { ChartProps } from './DashboardCharts';
import { EChart, echarts } from '../../../components/EChart';
import { formatFigure } from './YearChart';
import { escapeHtml } from '../../../lib/html';

/**
 * Boundaries shipped with the app (web/public/geo, see its README): the
 * children of these units, from the date given. Any other scope or an earlier
 * date has no map.
 */
const boundaries: Record<string, { file: string; from: string }> = {
  '33': { file: 'geo/communes_33.geojson', from: '2025-07-01' },
};

interface GeoJson {
  type: 'FeatureCollection';
  features: { id?: string; properties: { code: string } }[];
}

export const hasMap = (scope: string, at: string) => !!boundaries[scope] && at >= boundaries[scope].from;

function useBoundaries(scope: string) {
  const source = boundaries[scope];
  return useQuery({
    queryKey: ['geo', source?.file],
    queryFn: async () => {
      const res = await fetch(`${import.meta.env.BASE_URL}${source!.file}`);
      if (!res.ok) throw new Error(`${source!.file}: HTTP ${res.status}`);
      return (await res.json()) as GeoJson;
    },
    enabled: !!source,
    staleTime: Infinity,
  });
}

/** Registers the boundaries of just these units, so that the map frames them; returns the map's name and the codes drawn. */
function useUnitsMap(geo: GeoJson | undefined, codes: string[]) {
  // the same codes in a new array draw the same map: the memo is keyed on their text
  // biome-ignore lint/correctness/useExhaustiveDependencies: codes.join() stands for codes
  return useMemo(() => {
    if (!geo) return null;
    const wanted = new Set(codes);
    const features = geo.features.filter((f) => wanted.has(f.properties.code));
    const name = `units-${[...wanted].sort().join('-')}`;
    echarts.registerMap(name, { ...geo, features } as never);
    return { name, codes: new Set(features.map((f) => f.properties.code)) };
  }, [geo, codes.join()]);
}

/** The units below the scope coloured by the chosen figure; a click on one opens its villages. */
export function MapView({
  node,
  at,
  figure,
  onOpen,
}: Omit<ChartProps, 'scope'> & { node: UnitNode; at: string; figure: Figure }) {
  const { t } = useTranslation();
  const available = hasMap(node.code, at);
  const geo = useBoundaries(available ? node.code : '');
  const { rows, loading, done, children } = useChildFigures(available ? node : undefined, at);
  const map = useUnitsMap(
    geo.data,
    children.map((c) => c.code),
  );
  const label = t(`figures.${figure.key}`);
  const shown = useMemo(() => rows.filter((r) => map?.codes.has(r.unit.code)), [rows, map]);
  // the colour scale: more is worse red, more is better or neutral blue; drawn below the map (never over it, whatever the width)
  const scale = useMemo(() => {
    const values = shown.map((r) => figure.value(r.snapshot));
    return {
      min: Math.min(0, ...values),
      max: Math.max(1, ...values),
      colors: figure.better === 'down' ? ['#fff1f0', '#a8071a'] : ['#f0f5ff', '#1f5fbf'],
    };
  }, [shown, figure]);
  const option = useMemo(() => {
    return {
      // the formatter's answer is HTML: a unit's name is text
      tooltip: {
        trigger: 'item',
        formatter: (p: { data?: { unitName: string; value: number } }) =>
          p.data ? `${escapeHtml(p.data.unitName)}: ${formatFigure(figure, p.data.value)}` : '',
      },
      visualMap: { show: false, min: scale.min, max: scale.max, inRange: { color: scale.colors } },
      series: [
        {
          type: 'map',
          map: map?.name,
          nameProperty: 'code',
          roam: true,
          top: 8,
          bottom: 8,
          aspectScale: 0.95,
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#ffd666' } },
          select: { disabled: true },
          data: shown.map((r) => ({ name: r.unit.code, value: figure.value(r.snapshot), unitName: r.unit.name })),
        },
      ],
    };
  }, [shown, figure, map, scale]);

  if (!available) return <EmptyState text={t('charts.noMap', { scope: node.name, at: formatDate(at) })} />;
  if (geo.isError) return <ErrorState error={geo.error} onRetry={() => void geo.refetch()} />;
  if (geo.isPending || loading || !map)
    return <PageLoading label={t('charts.loadingCount', { done, total: children.length })} />;
  const missing = rows.length - shown.length;
  return (
    <>
      <EChart
        testId="chart-map"
        label={`${label}: ${t('charts.map')}`}
        height={520}
        option={option}
        onClick={
          onOpen &&
          ((p) => {
            const r = shown.find((x) => x.unit.code === p.name);
            if (r)
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
      <div className="map-scale" data-testid="map-scale">
        <span>{formatFigure(figure, scale.min)}</span>
        <span
          className="map-scale-bar"
          aria-hidden="true"
          style={{ background: `linear-gradient(to right, ${scale.colors[0]}, ${scale.colors[1]})` }}
        />
        <span>{formatFigure(figure, scale.max)}</span>
      </div>
      {missing > 0 && <div className="muted">{t('charts.mapMissing', { count: missing })}</div>}
    </>
  );
}
