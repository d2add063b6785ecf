/**
 * The villages behind a number as an .xlsx workbook: a title row naming the
 * figure, the scope and the date (or both dates of a flow), a header row, one
 * row per village with its commune (and district, while there were
 * districts), the columns the dashboard's list shows, and a total row.
 */
import ExcelJS from 'exceljs';
import { formatDateVi, formatNumberVi } from '../../platform/dates.js';
import type { Lang } from '../../platform/errors.js';
import type {
  ListFlow,
  MemberGroup,
  VillageCategory,
  VillageFlowItem,
  VillageItem,
  VillageList,
} from './indicators.schema.js';

type District = { code: string; name: string };

const labels = {
  vi: {
    figures: {
      white: 'Thôn "trắng" đảng viên (chưa có đảng viên)',
      weak: 'Thôn có 1–2 đảng viên',
      strong: 'Thôn có từ 3 đảng viên trở lên',
      ownCell: 'Thôn có chi bộ riêng',
      combinedOnly: 'Thôn chỉ có chi bộ ghép',
      noCell: 'Thôn chưa có chi bộ',
      readyForCell: 'Thôn đủ điều kiện lập chi bộ (từ 3 đảng viên chính thức, chưa có chi bộ riêng)',
      partyHead: 'Thôn có trưởng thôn là đảng viên',
      nonPartyHead: 'Thôn có trưởng thôn chưa là đảng viên',
      vacantHead: 'Thôn khuyết trưởng thôn',
      secretaryIsHead: 'Thôn có bí thư chi bộ kiêm trưởng thôn',
      all: 'Tất cả thôn, tổ dân phố',
    } satisfies Record<VillageCategory, string>,
    flows: {
      left: 'ra khỏi nhóm',
      entered: 'vào nhóm',
      ceased: 'không còn (sáp nhập, chia tách)',
      new: 'mới có (thành lập, chuyển đến)',
      stayed: 'vẫn ở trong nhóm',
    } satisfies Record<ListFlow, string>,
    toGroup: (g: string) => `sang nhóm ${g}`,
    groups: { white: 'Trắng', weak: '1–2 ĐV', strong: '3+ ĐV' } satisfies Record<MemberGroup, string>,
    cells: { own: 'Riêng', combined: 'Ghép', none: 'Chưa có' },
    title: 'Danh sách thôn, tổ dân phố',
    at: (d: string) => `ngày ${d}`,
    between: (a: string, b: string) => `từ ngày ${a} đến ngày ${b}`,
    no: 'STT',
    code: 'Mã',
    name: 'Tên thôn, tổ dân phố',
    district: 'Huyện, thị xã, thành phố',
    commune: 'Xã, phường, thị trấn',
    members: 'Đảng viên',
    official: 'Chính thức',
    probationary: 'Dự bị',
    group: 'Nhóm',
    cell: 'Chi bộ',
    head: 'Trưởng thôn',
    headMember: 'Trưởng thôn là đảng viên',
    vacant: 'Khuyết',
    yes: 'Có',
    no_: 'Chưa',
    notThere: 'không có',
    total: 'Cộng',
    count: (n: number) => `${formatNumberVi(n)} thôn, tổ dân phố`,
    none: 'Không có thôn nào.',
    sheet: 'Danh sách thôn',
  },
  en: {
    figures: {
      white: 'White villages (no member)',
      weak: 'Villages with 1–2 members',
      strong: 'Villages with 3 or more members',
      ownCell: 'Villages with their own cell',
      combinedOnly: 'Villages in a combined cell only',
      noCell: 'Villages with no cell',
      readyForCell: 'Villages ready for a cell (3+ official members, no own cell)',
      partyHead: 'Villages whose head is a party member',
      nonPartyHead: 'Villages whose head is not a party member',
      vacantHead: 'Villages with no head in office',
      secretaryIsHead: 'Villages whose cell secretary is the head',
      all: 'All villages',
    } satisfies Record<VillageCategory, string>,
    flows: {
      left: 'left the group',
      entered: 'entered the group',
      ceased: 'ceased (merged, split)',
      new: 'new (founded, moved in)',
      stayed: 'stayed in the group',
    } satisfies Record<ListFlow, string>,
    toGroup: (g: string) => `to ${g}`,
    groups: { white: 'White', weak: '1–2 members', strong: '3+ members' } satisfies Record<MemberGroup, string>,
    cells: { own: 'Own', combined: 'Combined', none: 'None' },
    title: 'Villages',
    at: (d: string) => `on ${d}`,
    between: (a: string, b: string) => `from ${a} to ${b}`,
    no: 'No.',
    code: 'Code',
    name: 'Village',
    district: 'District',
    commune: 'Commune',
    members: 'Members',
    official: 'Official',
    probationary: 'Probationary',
    group: 'Group',
    cell: 'Cell',
    head: 'Head',
    headMember: 'Head is a member',
    vacant: 'Vacant',
    yes: 'Yes',
    no_: 'No',
    notThere: 'not there',
    total: 'Total',
    count: (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'village' : 'villages'}`,
    none: 'No village.',
    sheet: 'Villages',
  },
} as const;

/** The figure a list stands for, in words: "Thôn có 1–2 đảng viên, ra khỏi nhóm sang nhóm Trắng". */
export function figureName(list: VillageList, lang: Lang): string {
  const l = labels[lang];
  const figure = l.figures[list.category];
  if (!('flow' in list)) return figure;
  const to = list.toCategory ? ` ${l.toGroup(l.groups[list.toCategory])}` : '';
  return `${figure}, ${l.flows[list.flow]}${to}`;
}

/** The title row: what, where and when. */
export function listTitle(list: VillageList, lang: Lang): string {
  const l = labels[lang];
  const when = 'at' in list ? l.at(formatDateVi(list.at)) : l.between(formatDateVi(list.from), formatDateVi(list.to));
  return `${l.title}: ${figureName(list, lang)} — ${list.scope.name} (${list.scope.code}), ${when}`;
}

const font = 'Times New Roman';
const thin = { style: 'thin' as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };
/** Counts with the vi-VN grouping dot, as numbers (as the report's workbook writes them). */
const countFormat = '[>=1000000]#"."###"."##0;[>=1000]#"."##0;0';

type Cell = string | number;
interface Column {
  header: string;
  width: number;
  numeric?: boolean;
}

/**
 * The workbook of a village list. `districts` gives, by commune code, the
 * district of each side's date (`at`, or `from` and `to`); the district column
 * is there only when some village of the list has one.
 */
export async function villageListWorkbook(
  list: VillageList,
  districts: { at?: Map<string, District>; from?: Map<string, District>; to?: Map<string, District> },
  lang: Lang,
): Promise<Buffer> {
  const l = labels[lang];
  const member = (v: VillageItem | null): Cell => (v ? v.members.total : l.notThere);
  const group = (v: VillageItem | null): Cell => (v ? l.groups[v.category] : l.notThere);
  const cell = (v: VillageItem | null): Cell => (v ? l.cells[v.cell] : l.notThere);
  const head = (v: VillageItem | null): Cell[] =>
    !v ? ['', ''] : v.head ? [v.head.name, v.head.isMember ? l.yes : l.no_] : [l.vacant, ''];

  // each village once, with the side whose commune it shows (the later date's, as the dashboard does)
  type Line = {
    code: string;
    name: string;
    commune: VillageItem['commune'];
    district: District | undefined;
    cells: Cell[];
  };
  let lines: Line[];
  let columns: Column[];
  let totals: (number | null)[];
  if ('at' in list) {
    columns = [
      { header: l.members, width: 11, numeric: true },
      { header: l.official, width: 11, numeric: true },
      { header: l.probationary, width: 10, numeric: true },
      { header: l.group, width: 12 },
      { header: l.cell, width: 11 },
      { header: l.head, width: 26 },
      { header: l.headMember, width: 14 },
    ];
    lines = list.villages.map((v) => ({
      code: v.code,
      name: v.name,
      commune: v.commune,
      district: v.commune.code ? districts.at?.get(v.commune.code) : undefined,
      cells: [v.members.total, v.members.official, v.members.probationary, group(v), cell(v), ...head(v)],
    }));
    const sum = (f: (v: VillageItem) => number) => list.villages.reduce((s, v) => s + f(v), 0);
    totals = [
      sum((v) => v.members.total),
      sum((v) => v.members.official),
      sum((v) => v.members.probationary),
      null,
      null,
      null,
      null,
    ];
  } else {
    const [d1, d2] = [formatDateVi(list.from), formatDateVi(list.to)];
    columns = [
      { header: `${l.members} ${d1}`, width: 12, numeric: true },
      { header: `${l.members} ${d2}`, width: 12, numeric: true },
      { header: `${l.group} ${d1}`, width: 12 },
      { header: `${l.group} ${d2}`, width: 12 },
      { header: `${l.cell} ${d1}`, width: 11 },
      { header: `${l.cell} ${d2}`, width: 11 },
      { header: l.head, width: 26 },
      { header: l.headMember, width: 14 },
    ];
    lines = list.villages.map((v) => {
      const side = v.to ?? v.from;
      const map = v.to ? districts.to : districts.from;
      return {
        code: v.code,
        name: v.name,
        commune: side?.commune ?? { code: null, name: null },
        district: side?.commune.code ? map?.get(side.commune.code) : undefined,
        cells: [member(v.from), member(v.to), group(v.from), group(v.to), cell(v.from), cell(v.to), ...head(side)],
      };
    });
    const sum = (f: (v: VillageFlowItem) => number) => list.villages.reduce((s, v) => s + f(v), 0);
    totals = [
      sum((v) => v.from?.members.total ?? 0),
      sum((v) => v.to?.members.total ?? 0),
      null,
      null,
      null,
      null,
      null,
      null,
    ];
  }

  const withDistrict = lines.some((x) => x.district !== undefined);
  const place: Column[] = [
    { header: l.no, width: 6, numeric: true },
    { header: l.code, width: 12 },
    { header: l.name, width: 28 },
    ...(withDistrict ? [{ header: l.district, width: 22 }] : []),
    { header: l.commune, width: 24 },
  ];
  const all = [...place, ...columns];

  const wb = new ExcelJS.Workbook();
  wb.creator = 'grassroots';
  const ws = wb.addWorksheet(l.sheet, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '2:2',
    },
    views: [{ state: 'frozen', ySplit: 2 }],
  });
  for (const [i, c] of all.entries()) ws.getColumn(i + 1).width = c.width;

  ws.mergeCells(1, 1, 1, all.length);
  const title = ws.getCell(1, 1);
  title.value = listTitle(list, lang);
  title.font = { name: font, size: 14, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  ws.getRow(1).height = 40;

  all.forEach((c, i) => {
    const x = ws.getCell(2, i + 1);
    x.value = c.header;
    x.font = { name: font, size: 11, bold: true };
    x.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    x.border = border;
  });
  ws.getRow(2).height = 32;

  const write = (r: number, values: (Cell | null)[], bold = false) =>
    values.forEach((v, j) => {
      const x = ws.getCell(r, j + 1);
      if (v !== null) x.value = v;
      x.font = { name: font, size: 12, bold };
      x.border = border;
      x.alignment = { horizontal: all[j].numeric ? 'right' : 'left', vertical: 'middle', wrapText: true };
      if (typeof v === 'number') x.numFmt = countFormat;
    });
  lines.forEach((x, i) => {
    write(3 + i, [
      i + 1,
      x.code,
      x.name,
      ...(withDistrict ? [x.district?.name ?? ''] : []),
      x.commune.name ?? '',
      ...x.cells,
    ]);
  });
  const last = 3 + lines.length;
  if (lines.length === 0) {
    ws.mergeCells(last, 1, last, all.length);
    write(last, [l.none]);
  } else {
    write(last, [null, l.total, l.count(lines.length), ...(withDistrict ? [null] : []), null, ...totals], true);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
