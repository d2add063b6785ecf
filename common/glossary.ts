/**
 * The domain's words, once: every label that names an indicator, a category
 * of villages, a flow between two dates or a column of the report, in
 * Vietnamese and English. The server (report tables, narrative, workbook,
 * PDF, CLI tables) and the web app (its i18n resources) take their labels
 * from here instead of repeating them; test/glossary.test.ts fails when a
 * screen or a document uses a label outside it, or a spelling it forbids.
 *
 * One spelling per term: "Tỷ lệ" (with y, never with i); a head who is not
 * a member "chưa là đảng viên" (never with "không là"); the band "1–2" with
 * an en dash; negative numbers with the minus sign U+2212 (see formatMinus).
 *
 * Several keys of one term are its forms for different places: the plain key
 * is the figure's label (dashboard, CLI); `…Row` the line of the report's
 * comparison table and the appendix titles; `…Column` the short heading of a
 * column under a group heading (the table by unit).
 */

export type Lang = 'vi' | 'en';

export interface Term {
  vi: string;
  en: string;
}

export const glossary = {
  // places and the report's frame
  unit: { vi: 'Đơn vị', en: 'Unit' },
  village: { vi: 'Thôn, tổ dân phố', en: 'Village' },
  province: { vi: 'Tỉnh, thành phố', en: 'Province' },
  district: { vi: 'Huyện, thị xã, thành phố', en: 'District' },
  commune: { vi: 'Xã, phường', en: 'Commune' },
  communeBefore2025: { vi: 'Xã, phường, thị trấn', en: 'Commune' },
  communeFrom2025: { vi: 'Xã, phường, đặc khu', en: 'Commune' },
  indicator: { vi: 'Chỉ tiêu', en: 'Indicator' },
  ordinal: { vi: 'TT', en: 'No.' },
  total: { vi: 'Tổng cộng', en: 'Total' },
  onDate: { vi: 'Ngày', en: 'On' },
  inPeriod: { vi: 'Trong kỳ', en: 'In the period' },

  // how many villages
  villages: { vi: 'Số thôn, tổ dân phố', en: 'Villages' },
  villagesTotal: { vi: 'Tổng số thôn, tổ dân phố', en: 'All villages' },
  villagesWith: { vi: 'Số thôn, tổ dân phố có', en: 'Villages with' },

  // members of a village: white (0), weak (1–2), 3 or more
  white: { vi: 'Thôn "trắng" đảng viên', en: 'White villages (no member)' },
  whiteRow: { vi: 'Thôn, tổ dân phố chưa có đảng viên', en: 'Villages with no party member' },
  whiteColumn: { vi: 'Chưa có đảng viên', en: 'No member' },
  whiteTag: { vi: 'Trắng', en: 'White' },
  weak: { vi: 'Thôn có 1–2 đảng viên', en: 'Villages with 1–2 members' },
  weakRow: { vi: 'Thôn, tổ dân phố có 1–2 đảng viên', en: 'Villages with 1–2 party members' },
  weakColumn: { vi: '1–2 đảng viên', en: '1–2 members' },
  weakTag: { vi: '1–2 ĐV', en: '1–2 members' },
  strong: { vi: 'Thôn có từ 3 đảng viên trở lên', en: 'Villages with 3 or more members' },
  strongRow: { vi: 'Thôn, tổ dân phố có từ 3 đảng viên trở lên', en: 'Villages with 3 or more party members' },
  strongColumn: { vi: 'Từ 3 đảng viên', en: '3 or more members' },
  strongTag: { vi: '3+ ĐV', en: '3+ members' },

  // cells
  cell: { vi: 'Chi bộ', en: 'Cell' },
  ownCell: { vi: 'Có chi bộ riêng', en: 'With their own cell' },
  ownCellColumn: { vi: 'Chi bộ riêng', en: 'Own cell' },
  combinedOnly: { vi: 'Chỉ có chi bộ ghép', en: 'In a combined cell only' },
  combinedColumn: { vi: 'Chi bộ ghép', en: 'Combined cell' },
  noCell: { vi: 'Chưa có chi bộ', en: 'With no cell' },
  noCellRow: { vi: 'Thôn, tổ dân phố chưa có chi bộ', en: 'Villages with no party cell' },
  noCellColumn: { vi: 'Chưa có chi bộ', en: 'No cell' },
  readyForCell: { vi: 'Đủ điều kiện lập chi bộ', en: 'Ready for a cell' },
  readyForCellHint: {
    vi: 'Có từ 3 đảng viên chính thức nhưng chưa có chi bộ riêng',
    en: '3 or more official members but no cell of their own',
  },
  cellOwn: { vi: 'Riêng', en: 'Own' },
  cellCombined: { vi: 'Ghép', en: 'Combined' },
  cellNone: { vi: 'Chưa có', en: 'None' },

  // village heads
  heads: { vi: 'Trưởng thôn, tổ trưởng tổ dân phố', en: 'Village heads' },
  head: { vi: 'Trưởng thôn, tổ trưởng', en: 'Head' },
  headName: { vi: 'Họ và tên trưởng thôn, tổ trưởng tổ dân phố', en: 'Name of the head' },
  partyHead: { vi: 'Trưởng thôn là đảng viên', en: 'Head is a party member' },
  partyHeadColumn: { vi: 'Là đảng viên', en: 'A member' },
  nonPartyHead: { vi: 'Trưởng thôn chưa là đảng viên', en: 'Head is not a party member' },
  nonPartyHeadRow: {
    vi: 'Thôn, tổ dân phố có trưởng thôn, tổ trưởng chưa là đảng viên',
    en: 'Villages whose head is not a party member',
  },
  nonPartyHeadColumn: { vi: 'Chưa là đảng viên', en: 'Not a member' },
  vacantHead: { vi: 'Khuyết trưởng thôn', en: 'No head in office' },
  vacant: { vi: 'Khuyết', en: 'Vacant' },
  secretaryIsHead: { vi: 'Bí thư chi bộ kiêm trưởng thôn', en: 'Cell secretary is the head' },

  // the ratio of non-party heads
  ratio: { vi: 'Tỷ lệ thôn có trưởng thôn chưa là đảng viên', en: 'Share of villages whose head is not a member' },
  ratioRow: { vi: 'Tỷ lệ trưởng thôn, tổ trưởng chưa là đảng viên', en: 'Share of heads who are not party members' },
  ratioColumn: { vi: 'Tỷ lệ chưa là đảng viên', en: 'Share not a member' },

  // members
  members: { vi: 'Đảng viên', en: 'Members' },
  membersCount: { vi: 'Số đảng viên', en: 'Members' },
  membersTotal: { vi: 'Tổng số đảng viên', en: 'Members' },
  membersInVillages: { vi: 'Đảng viên sinh hoạt ở thôn', en: 'Members counted in villages' },
  official: { vi: 'Chính thức', en: 'Official' },
  probationary: { vi: 'Dự bị', en: 'Probationary' },
  membersOfficial: { vi: 'Đảng viên chính thức', en: 'Official members' },
  membersProbationary: { vi: 'Đảng viên dự bị', en: 'Probationary members' },
  admissions: { vi: 'Kết nạp trong kỳ', en: 'Admitted in the period' },

  // the flows between two dates
  left: { vi: 'Ra khỏi', en: 'Left' },
  entered: { vi: 'Vào', en: 'Entered' },
  ceased: { vi: 'Không còn', en: 'Ceased' },
  new: { vi: 'Mới', en: 'New' },
  net: { vi: 'Tăng, giảm', en: 'Net' },
  netSigned: { vi: 'Tăng (+), giảm (−)', en: 'Net (+/−)' },

  // the import: a sheet of a workbook, or its <sheet>.csv file
  sheet: { vi: 'Trang tính', en: 'Sheet' },
} as const satisfies Record<string, Term>;

export type TermKey = keyof typeof glossary;

/**
 * Spellings the glossary forbids, each with the one to use: `lang` when the
 * variant is wrong in one language only (a Vietnamese screen says "trang
 * tính", an English one "sheet"). test/glossary.test.ts looks for them in the
 * sources, the web app's i18n resources (every screen, the workflows' too)
 * and the server's error messages.
 */
export const variants: readonly { re: RegExp; use: string; lang?: Lang }[] = [
  { re: /t[ỉỈ] lệ/iu, use: '"Tỷ lệ"' },
  { re: /không là đảng viên/iu, use: '"chưa là đảng viên"' },
  { re: /\b1-2 (?:đảng viên|ĐV|party members?|members?)\b/iu, use: '"1–2" (en dash)' },
  { re: /\(-\)/u, use: '"(−)" (the minus sign U+2212)' },
  { re: /\bsheets?\b/iu, use: '"trang tính"', lang: 'vi' },
  { re: /thôn\s*\/\s*tổ dân phố/iu, use: '"thôn, tổ dân phố"' },
  { re: /“trắng”/u, use: '"trắng" in straight quotes, as in \'Thôn "trắng" đảng viên\'' },
  { re: /sinh hoạt ghép/iu, use: '"chi bộ ghép"' },
  { re: /\bfull member(?:s|ship)?\b/iu, use: '"official member(s)", "recognition as an official member"', lang: 'en' },
];

/** Every term in one language: key -> label (what an i18n resource spreads). */
export function terms(lang: Lang): Record<TermKey, string> {
  return Object.fromEntries(Object.entries(glossary).map(([k, t]) => [k, t[lang]])) as Record<TermKey, string>;
}

/** The minus sign that negative numbers are shown with (not the hyphen-minus). */
export const MINUS = '\u2212';

/** A formatted number with its leading hyphen-minus (what Intl writes) turned into the minus sign. */
export const formatMinus = (formatted: string): string => formatted.replace(/^-/, MINUS);

/** '+12', '−3', '0': a formatted number with its sign always shown. */
export function signedText(n: number, format: (abs: number) => string): string {
  return n > 0 ? `+${format(n)}` : n < 0 ? `${MINUS}${format(-n)}` : format(0);
}
