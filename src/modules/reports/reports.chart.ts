/**
 * The report's chart, drawn on the server by echarts as an SVG string (its
 * server-side rendering: no DOM, no canvas): the villages in each category at
 * D1 and at D2, side by side.
 */
import type * as Echarts from 'echarts/core';
import { glossary } from '../../../common/glossary.js';
import { formatDateVi, formatNumberVi } from '../../platform/dates.js';
import type { Lang } from '../../platform/errors.js';
import type { Report } from './reports.schema.js';

let loaded: Promise<typeof Echarts> | undefined;

/** echarts, loaded on first use: it is large, and a server may never draw a chart. */
function loadEcharts(): Promise<typeof Echarts> {
  loaded ??= (async () => {
    const [echarts, charts, components, renderers] = await Promise.all([
      import('echarts/core'),
      import('echarts/charts'),
      import('echarts/components'),
      import('echarts/renderers'),
    ]);
    echarts.use([
      charts.BarChart,
      components.GridComponent,
      components.LegendComponent,
      components.TitleComponent,
      renderers.SVGRenderer,
    ]);
    return echarts;
  })();
  return loaded;
}

/** The categories along the axis, in the glossary's words. */
const categories = ['whiteColumn', 'weakColumn', 'strongColumn', 'noCellColumn', 'nonPartyHead'] as const;
const labels = { vi: categories.map((k) => glossary[k].vi), en: categories.map((k) => glossary[k].en) };

/** The comparison of D1 and D2 as an SVG document. */
export async function reportChartSvg(
  r: Report,
  lang: Lang = 'vi',
  size = { width: 760, height: 380 },
  fontFamily = 'Arial, Helvetica, sans-serif',
): Promise<string> {
  const echarts = await loadEcharts();
  const c = r.comparison;
  const values = (s: typeof c.from) => [s.white, s.weak, s.strong, s.noCell, s.heads.nonParty];
  const day = (d: string) => (lang === 'vi' ? `Ngày ${formatDateVi(d)}` : formatDateVi(d));
  const number = (v: number) => (lang === 'vi' ? formatNumberVi(v) : v.toLocaleString('en-US'));
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...size });
  chart.setOption({
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily },
    title: {
      text: lang === 'vi' ? `Thôn, tổ dân phố: ${r.scope.name}` : `Villages and residential groups: ${r.scope.name}`,
      left: 'center',
      textStyle: { fontSize: 15 },
    },
    legend: { top: 32 },
    grid: { left: 52, right: 16, top: 72, bottom: 56 },
    xAxis: { type: 'category', data: labels[lang], axisLabel: { interval: 0, width: 130, overflow: 'break' } },
    // counts: whole numbers only, grouped as the reader writes them
    yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => number(v) } },
    color: ['#9e9e9e', '#c62828'],
    series: [c.from, c.to].map((s, i) => ({
      name: day(i === 0 ? r.from : r.to),
      type: 'bar',
      data: values(s),
      // no white halo: above the bars it is not needed, and Chromium prints stroked text as Type 3 glyphs, not in the document's font
      label: {
        show: true,
        position: 'top',
        textBorderColor: 'none',
        textBorderWidth: 0,
        formatter: ({ value }: { value: number }) => number(value),
      },
    })),
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}
