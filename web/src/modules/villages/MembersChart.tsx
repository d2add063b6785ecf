import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schema } from '../../api/types';

type VillageTimeline = Schema<'VillageTimeline'>;
import { formatNumber } from '../../lib/format';
import { EChart } from '../../components/EChart';
import './i18n';

/** Members of a village on 31/12 of each year, full and probationary stacked; loaded with echarts only when shown. */
export default function MembersChart({ years }: { years: VillageTimeline['membersByYear'] }) {
  const { t } = useTranslation();
  const option = useMemo(
    () => ({
      grid: { left: 36, right: 12, top: 30, bottom: 24 },
      legend: { top: 0, itemWidth: 12, itemHeight: 10 },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => formatNumber(v) },
      xAxis: { type: 'category', data: years.map((y) => String(y.year)) },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => formatNumber(v) } },
      series: [
        {
          name: t('reg.short.official'),
          type: 'bar',
          stack: 'm',
          color: '#1f5fbf',
          data: years.map((y) => y.official),
        },
        {
          name: t('reg.short.probationary'),
          type: 'bar',
          stack: 'm',
          color: '#faad14',
          data: years.map((y) => y.probationary),
        },
      ],
    }),
    [years, t],
  );
  return <EChart testId="members-chart" height={220} label={t('villages.membersByYear')} option={option} />;
}
