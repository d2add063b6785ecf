/**
 * A small React wrapper over echarts 6 (tree-shaken: only the charts and
 * components the screens draw). This module and its users load only when
 * a chart is shown.
 */
import { BarChart, LineChart, MapChart, SankeyChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([
  BarChart,
  LineChart,
  MapChart,
  SankeyChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

export { echarts };
export type EChartsOption = echarts.EChartsCoreOption;

/** What a click on a chart reports: the series item (bar, point, region, sankey node or link). */
export interface ChartClick {
  dataType?: string;
  dataIndex: number;
  name: string;
  data: unknown;
}

export function EChart({
  option,
  onClick,
  height,
  label,
  testId,
}: {
  option: EChartsOption;
  onClick?: (p: ChartClick) => void;
  height?: number;
  label: string;
  testId?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;

  useEffect(() => {
    const c = echarts.init(ref.current!, undefined, { renderer: 'canvas' });
    chart.current = c;
    c.on('click', (p) => clickRef.current?.(p as unknown as ChartClick));
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(ref.current!);
    return () => {
      ro.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ aria: { enabled: true }, ...option }, { notMerge: true });
  }, [option]);

  return (
    <div
      ref={ref}
      className="chart-box"
      style={height ? { height } : undefined}
      role="img"
      aria-label={label}
      data-testid={testId}
    />
  );
}
