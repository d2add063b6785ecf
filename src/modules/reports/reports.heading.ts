/**
 * The heading of the report as an official party document (Quy định
 * 66-QĐ/TW, Hướng dẫn 36-HD/VPTW on the layout of party documents): the
 * committee's name at the top left, "ĐẢNG CỘNG SẢN VIỆT NAM" at the top right
 * with the place and date below it, the title, and the signer block. Pure.
 */
import { formatDateVi } from '../../platform/dates.js';
import type { UnitAtRow } from './reports.repository.js';
import type { DocumentHeading } from './reports.schema.js';
import { documentSettingsAt, type DocumentSettings } from './reports.settings.js';

type Unit = Pick<UnitAtRow, 'level' | 'name' | 'subtype'>;

const upper = (s: string) => s.toLocaleUpperCase('vi');

/** The name without its kind: "Tỉnh Hưng Yên" -> "Hưng Yên". */
export function bareName(u: Pick<Unit, 'name' | 'subtype'>): string {
  const prefix = `${u.subtype} `;
  return u.name.toLocaleLowerCase('vi').startsWith(prefix.toLocaleLowerCase('vi'))
    ? u.name.slice(prefix.length)
    : u.name;
}

const committeeWords: Record<string, string> = {
  tỉnh: 'Tỉnh ủy',
  'thành phố': 'Thành ủy',
  huyện: 'Huyện ủy',
  quận: 'Quận ủy',
  'thị xã': 'Thị ủy',
};

/** The party committee of a unit as a sentence names it: Tỉnh ủy Hưng Yên, Huyện ủy Khoái Châu, Đảng ủy Xã Tân Dân. */
export function committeeName(u: Unit): string {
  const word = committeeWords[u.subtype.toLocaleLowerCase('vi')];
  if ((u.level === 'province' || u.level === 'district') && word) return `${word} ${bareName(u)}`;
  if (u.level === 'village') return `Chi bộ ${u.name}`;
  return `Đảng ủy ${u.name}`;
}

/** The party committee in a heading: TỈNH ỦY HƯNG YÊN, HUYỆN ỦY KHOÁI CHÂU, ĐẢNG ỦY XÃ TÂN DÂN, CHI BỘ THÔN AN VĨ. */
export const committeeOf = (u: Unit) => upper(committeeName(u));

/**
 * The abbreviation of a unit's own committee in a document's number
 * (Hướng dẫn 36-HD/VPTW): TU for a tỉnh ủy, thành ủy or thị ủy, HU for a
 * huyện ủy, QU for a quận ủy, ĐU for the đảng ủy of a commune, CB for a
 * village's cell.
 */
export function committeeAbbreviation(u: Unit): string {
  if (u.level === 'village') return 'CB';
  if (u.level === 'commune') return 'ĐU';
  const kind = u.subtype.toLocaleLowerCase('vi');
  return kind === 'huyện' ? 'HU' : kind === 'quận' ? 'QU' : committeeWords[kind] ? 'TU' : 'ĐU';
}

/** The kind of document in its number: a report (báo cáo). */
export const reportKind = 'BC';
/** Where the number is left blank, to be written in by hand once the document is registered. */
export const blankNumber = ' '.repeat(8);

/** "Số 12-BC/BTCTU", or "Số        -BC/BTCTU" with the number left blank. */
export function numberLine(number: string | null | undefined, abbreviation: string, kind = reportKind): string {
  return `Số ${number || blankNumber}-${kind}/${abbreviation}`;
}

/** The party organisation of a unit as the line above a committee: ĐẢNG BỘ TỈNH HƯNG YÊN. */
const partyOf = (u: Unit) => (u.level === 'village' ? `CHI BỘ ${upper(u.name)}` : `ĐẢNG BỘ ${upper(u.name)}`);

/**
 * "Hưng Yên, ngày 27 tháng 11 năm 2026": days below 10 and months below 3
 * take a leading zero (Hướng dẫn 36-HD/VPTW).
 */
export function dateLine(place: string, isoDay: string): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  const day = d < 10 ? `0${d}` : String(d);
  const month = m < 3 ? `0${m}` : String(m);
  return `${place}, ngày ${day} tháng ${month} năm ${y}`;
}

/**
 * The country's report is the Central Committee's organisation board's (Ban
 * Tổ chức Trung ương), in Hà Nội: "BAN CHẤP HÀNH TRUNG ƯƠNG" over "BAN TỔ
 * CHỨC", "Số 12-BC/BTCTW".
 */
const central = { heading: 'BAN CHẤP HÀNH TRUNG ƯƠNG', name: 'Trung ương', abbreviation: 'BTCTW', place: 'Hà Nội' };

/**
 * The heading of a report on `chain[0]` (the scope, then its ancestors at D2).
 * A province's report is issued by its committee's organisation board, as the
 * province's document settings in force on the day of issue name it
 * (reports.settings.ts), the country's by the Central Committee's board; any
 * other by the scope's own committee under its parent's party organisation.
 */
export function reportHeading(
  chain: Unit[],
  period: { from: string; to: string },
  opts: { issuedOn: string; signer?: string; number?: string | null; settings?: DocumentSettings },
): DocumentHeading {
  const scope = chain[0];
  const parent = chain[1];
  const province = chain.find((u) => u.level === 'province') ?? scope;
  const board = scope.level === 'province' || !parent;
  const settings = opts.settings ?? documentSettingsAt(opts.issuedOn);
  // the settings name the province's board; a unit without a parent that is not a province has a board of the same kind
  const country = scope.level === 'country';
  const own = scope.level === 'province' ? settings.committee : country ? central : null;
  const issuer: [string, string] = board
    ? [own?.heading ?? committeeOf(scope), settings.body]
    : [partyOf(parent), committeeOf(scope)];
  const abbreviation =
    scope.level === 'province'
      ? settings.abbreviation
      : country
        ? central.abbreviation
        : board
          ? `BTC${committeeAbbreviation(scope)}`
          : committeeAbbreviation(scope);
  const place = country
    ? central.place
    : bareName(
        scope.level === 'village'
          ? (chain.find((u) => u.level === 'commune') ?? scope)
          : scope.level === 'commune'
            ? scope
            : province,
      );
  const signer = board
    ? { on: null, title: 'TRƯỞNG BAN' }
    : scope.level === 'district'
      ? { on: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ' }
      : scope.level === 'commune'
        ? { on: 'T/M ĐẢNG ỦY', title: 'BÍ THƯ' }
        : { on: 'T/M CHI BỘ', title: 'BÍ THƯ' };
  const issuerName = board ? `${settings.bodyName} ${own?.name ?? committeeName(scope)}` : committeeName(scope);
  const number = opts.number || null;
  return {
    issuer,
    issuerName,
    abbreviation,
    number,
    numberLine: numberLine(number, abbreviation),
    place,
    issuedOn: opts.issuedOn,
    dateLine: dateLine(place, opts.issuedOn),
    title: 'BÁO CÁO',
    subtitle: 'Kết quả xây dựng Đảng ở thôn, tổ dân phố',
    period: `${scope.name}, từ ngày ${formatDateVi(period.from)} đến ngày ${formatDateVi(period.to)}`,
    signer: { ...signer, name: opts.signer ?? '' },
  };
}
