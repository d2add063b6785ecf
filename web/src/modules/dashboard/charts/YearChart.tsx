import { Grid } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../../components/States';
import { formatDate, formatNumber, formatPercent } from '../../../lib/format';
import type { Figure } from '../figures';
import { EChart } from '../../../components/EChart';
import type { ChartProps } from './DashboardCharts';
import { useSnapshots } from './useSnapshots';

const FIRST_YEAR = 2013;

/** 30/6 of each year from the directive's year, then today: the last point matches the cards. */
export function yearDates(today: string): { at: string; label: string }[] {
  const out: { at: string; label: string }[] = [];
  for (let y = FIRST_YEAR; `${y}-06-30` <= today; y++) out.push({ at: `${y}-06-30`, label: String(y) });
  if (out.at(-1)?.at !== today) out.push({ at: today, label: formatDate(today) });
  return out;
}

export const formatFigure = (f: Figure, v: number) => (f.kind === 'ratio' ? formatPercent(v) : formatNumber(v));

/** The chosen figure by year: one snapshot request per year. A click on a point opens that year's villages. */
export function YearChart({ scope, scopeName, figure, today, onOpen }: ChartProps & { figure: Figure; today: string }) {
  const { t } = useTranslation();
  const dates = useMemo(() => yearDates(today), [today]);
  const snaps = useSnapshots(dates.map(({ at }) => ({ scope, at })));
  const label = t(`figures.${figure.key}`);
  // on a narrow screen the values of neighbouring years would overlap; the tooltip gives them
  const roomy = Grid.useBreakpoint().md ?? true;
  const option = useMemo(
    () => ({
      grid: { left: 56, right: 24, top: 40, bottom: 36 },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => formatFigure(figure, v) },
      xAxis: { type: 'category', data: dates.map((d) => d.label) },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatFigure(figure, v) } },
      series: [
        {
          name: label,
          type: 'line',
          smooth: false,
          symbolSize: 9,
          label: { show: roomy, formatter: (p: { value: number }) => formatFigure(figure, p.value) },
          data: snaps.data.map((s) => (s ? figure.value(s) : null)),
        },
      ],
    }),
    [dates, snaps.data, figure, label, roomy],
  );
  if (snaps.done < dates.length)
    return <PageLoading label={t('charts.loadingCount', { done: snaps.done, total: dates.length })} />;
  return (
    <>
      <EChart
        testId="chart-by-year"
        label={`${label}: ${t('charts.byYear')}`}
        option={option}
        onClick={
          onOpen &&
          ((p) => {
            const { at } = dates[p.dataIndex];
            onOpen({
              kind: 'at',
              scope,
              scopeName,
              at,
              category: figure.category,
              title: label,
              sumMembers: figure.kind === 'members',
            });
          })
        }
      />
      <div className="muted">{t('charts.byYearNote')}</div>
    </>
  );
}
