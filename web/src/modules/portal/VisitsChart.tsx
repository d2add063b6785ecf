import { useQuery } from '@tanstack/react-query';
import { Flex, Segmented, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, PageLoading } from '../../components/States';
import { apiGet } from '../../lib/api';
import { formatDate, formatNumber, todayIso } from '../../lib/format';
import type { Schema } from '../../api/types';

type VisitDay = Schema<'VisitDay'>;
import { EChart } from '../../components/EChart';

/** Every day of the range, those without visits as zeros, so the chart's axis is the calendar. */
function fillDays(rows: VisitDay[], days: number): VisitDay[] {
  const byDay = new Map(rows.map((r) => [r.day, r]));
  const now = Date.now();
  return Array.from({ length: days }, (_, i) => {
    const day = todayIso(new Date(now - (days - 1 - i) * 86400_000));
    return byDay.get(day) ?? { day, guestVisits: 0, memberVisits: 0, views: 0 };
  });
}

/** Visits per day (guests and members stacked) and page views, from the daily rollups. */
export default function VisitsChart() {
  const { t } = useTranslation();
  const [days, setDays] = useState(30);
  const q = useQuery({
    queryKey: ['portal', 'visits', days],
    queryFn: () => apiGet<VisitDay[]>('/api/editorial/visits', { days }),
  });
  const data = useMemo(() => fillDays(q.data ?? [], days), [q.data, days]);
  const option = useMemo(
    () => ({
      grid: { left: 48, right: 48, top: 36, bottom: 28 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => formatNumber(v) },
      xAxis: { type: 'category', data: data.map((d) => formatDate(d.day).slice(0, 5)) },
      yAxis: [
        { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => formatNumber(v) } },
        {
          type: 'value',
          minInterval: 1,
          splitLine: { show: false },
          axisLabel: { formatter: (v: number) => formatNumber(v) },
        },
      ],
      series: [
        {
          name: t('portal.visits.guests'),
          type: 'bar',
          stack: 'v',
          color: '#b3121f',
          data: data.map((d) => d.guestVisits),
        },
        {
          name: t('portal.visits.members'),
          type: 'bar',
          stack: 'v',
          color: '#d4a000',
          data: data.map((d) => d.memberVisits),
        },
        {
          name: t('portal.visits.views'),
          type: 'line',
          yAxisIndex: 1,
          color: '#1f5fbf',
          data: data.map((d) => d.views),
        },
      ],
    }),
    [data, t],
  );
  if (q.error) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  if (q.isLoading) return <PageLoading />;
  const total = data.reduce((a, d) => a + d.guestVisits + d.memberVisits, 0);
  return (
    <div>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text strong>
          {t('portal.visits.title')} · {t('portal.visits.total', { n: formatNumber(total) })}
        </Typography.Text>
        <Segmented
          value={days}
          onChange={(v) => setDays(Number(v))}
          options={[7, 30, 90, 365].map((n) => ({ value: n, label: t('portal.visits.days', { n }) }))}
        />
      </Flex>
      <EChart testId="visits-chart" height={340} label={t('portal.visits.title')} option={option} />
    </div>
  );
}
