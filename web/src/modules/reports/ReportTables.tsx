import { Collapse, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { Schema } from '../../api/types';

type AppendixVillage = Schema<'AppendixVillage'>;
type Report = Schema<'Report'>;
type ReportRow = Schema<'ReportRow'>;
import { formatDate, formatNumber, formatPercent, formatSigned } from '../../lib/format';

const n = formatNumber;

/** D1 and D2 side by side with the flows between them. */
export function ComparisonTable({ report }: { report: Report }) {
  const { t } = useTranslation();
  const c = report.comparison;
  type Line = {
    key: string;
    label: string;
    from: string;
    to: string;
    left?: number;
    entered?: number;
    ceased?: number;
    new?: number;
    net?: string;
  };
  const flow = (key: 'white' | 'weak' | 'strong' | 'noCell' | 'nonPartyHead'): Line => {
    const x = c.changes[key];
    return {
      key,
      label: t(`rep.rows.${key}`),
      from: n(x.from),
      to: n(x.to),
      left: x.left,
      entered: x.entered,
      ceased: x.ceased,
      new: x.new,
      net: formatSigned(x.net),
    };
  };
  const data: Line[] = [
    {
      key: 'villages',
      label: t('rep.rows.villages'),
      from: n(c.from.villages),
      to: n(c.to.villages),
      net: formatSigned(c.to.villages - c.from.villages),
    },
    flow('white'),
    flow('weak'),
    flow('strong'),
    flow('noCell'),
    flow('nonPartyHead'),
    { key: 'ratio', label: t('rep.rows.ratio'), from: c.from.nonPartyHeadRatio.text, to: c.to.nonPartyHeadRatio.text },
  ];
  const num = (v?: number) => (v === undefined ? '' : n(v));
  const columns: ColumnsType<Line> = [
    { title: t('rep.indicator'), dataIndex: 'label', fixed: 'left', width: 180 },
    { title: formatDate(report.from), dataIndex: 'from', align: 'right' },
    { title: formatDate(report.to), dataIndex: 'to', align: 'right' },
    { title: t('rep.left'), dataIndex: 'left', align: 'right', render: num },
    { title: t('rep.entered'), dataIndex: 'entered', align: 'right', render: num },
    { title: t('rep.ceased'), dataIndex: 'ceased', align: 'right', render: num },
    { title: t('rep.new'), dataIndex: 'new', align: 'right', render: num },
    { title: t('rep.net'), dataIndex: 'net', align: 'right' },
  ];
  return (
    <Table<Line>
      data-testid="report-comparison"
      size="small"
      bordered
      pagination={false}
      columns={columns}
      dataSource={data}
      scroll={{ x: 900 }}
    />
  );
}

type UnitLine = ReportRow & { key: string; name: string; total?: boolean };

/** The figures at D2 by unit, with the scope's total as the last row. */
export function UnitsTable({ report }: { report: Report }) {
  const { t } = useTranslation();
  const data: UnitLine[] = [
    ...report.rows.map((r) => ({ ...r, key: r.unit.code, name: r.unit.name })),
    { ...report.total, unit: { ...report.scope }, key: '__total', name: t('rep.total'), total: true },
  ];
  const col = (title: string, get: (r: UnitLine) => number): ColumnsType<UnitLine>[number] => ({
    title,
    align: 'right',
    render: (_: unknown, r: UnitLine) => n(get(r)),
  });
  const columns: ColumnsType<UnitLine> = [
    {
      title: t('rep.unit'),
      dataIndex: 'name',
      fixed: 'left',
      width: 150,
      render: (v: string, r) => (r.total ? <b>{v}</b> : v),
    },
    col(t('rep.villages'), (r) => r.figures.villages),
    col(t('rep.whiteShort'), (r) => r.figures.white),
    col(t('rep.weakShort'), (r) => r.figures.weak),
    col(t('rep.strongShort'), (r) => r.figures.strong),
    col(t('rep.ownCell'), (r) => r.figures.ownCell),
    col(t('rep.combined'), (r) => r.figures.combinedOnly),
    col(t('rep.noCell'), (r) => r.figures.noCell),
    col(t('rep.partyHead'), (r) => r.figures.heads.party),
    col(t('rep.nonPartyHeadShort'), (r) => r.figures.heads.nonParty),
    col(t('rep.vacant'), (r) => r.figures.heads.vacant),
    {
      title: t('rep.ratio'),
      align: 'right',
      render: (_: unknown, r: UnitLine) => formatPercent(r.figures.nonPartyHeadRatio.percent),
    },
    col(t('rep.members'), (r) => r.figures.members.total),
    col(t('rep.admissions'), (r) => r.admissions),
  ];
  return (
    <Table<UnitLine>
      data-testid="report-units"
      size="small"
      bordered
      pagination={false}
      columns={columns}
      dataSource={data}
      rowClassName={(r) => (r.total ? 'report-total' : '')}
      // at least 1000 px: the whole table on a desktop (1366 px), headings wrapped; sideways with the unit kept in view on a phone
      scroll={{ x: 1000 }}
    />
  );
}

/** A list of villages: with a district column while there were districts, and the head's name where the report names heads. */
function VillageTable({
  villages,
  district,
  heads,
}: {
  villages: AppendixVillage[];
  district: boolean;
  heads: boolean;
}) {
  const { t } = useTranslation();
  const columns: ColumnsType<AppendixVillage> = [
    { title: t('rep.village'), dataIndex: 'name' },
    ...(district
      ? [{ title: t('rep.district'), render: (_: unknown, v: AppendixVillage) => v.district?.name ?? '' }]
      : []),
    { title: t('rep.commune'), render: (_, v) => v.commune.name ?? '' },
    ...(heads ? [{ title: t('rep.head'), render: (_: unknown, v: AppendixVillage) => v.head ?? '' }] : []),
    { title: t('rep.members'), align: 'right', render: (_, v) => n(v.members.total) },
    { title: t('rep.official'), align: 'right', render: (_, v) => n(v.members.official) },
    { title: t('rep.cell'), render: (_, v) => t(`rep.cellKind.${v.cell}`) },
  ];
  return (
    <Table<AppendixVillage>
      size="small"
      rowKey="code"
      columns={columns}
      dataSource={villages}
      pagination={villages.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
    />
  );
}

/** The three lists of villages behind the directive's targets. */
export function Appendices({ report }: { report: Report }) {
  const { t } = useTranslation();
  const a = report.appendices;
  const district =
    report.scope.level === 'province' && [...a.white, ...a.weak, ...a.nonPartyHead].some((v) => v.district !== null);
  return (
    <>
      <Typography.Title level={5}>{t('rep.appendices')}</Typography.Title>
      <Collapse
        data-testid="report-appendices"
        items={(['white', 'weak', 'nonPartyHead'] as const).map((k) => ({
          key: k,
          label: t(`rep.${k}`, { count: a[k].length }),
          children: (
            <VillageTable villages={a[k]} district={district} heads={k === 'nonPartyHead' && report.headNames} />
          ),
        }))}
      />
    </>
  );
}
