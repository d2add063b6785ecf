/**
 * The empty import workbook: one sheet per register sheet with its header
 * row, a Vietnamese note on every header cell, and a first sheet
 * (`huong_dan`, skipped by the importer) that explains every column. The
 * texts follow docs/import-format.md.
 */
import ExcelJS from 'exceljs';
import { guideSheet, sheetColumns } from '../imports/imports.parse.js';
import { sheetNames, type SheetName } from '../register/register.schema.js';

const date = 'Ngày dạng yyyy-mm-dd, dd/mm/yyyy hoặc ô kiểu ngày.';
const from = `Ngày bắt đầu. ${date} Để trống nghĩa là "từ trước đến nay".`;
const to = `Ngày kết thúc (không tính ngày này). ${date} Để trống nghĩa là "vẫn còn".`;

/** What one row of each sheet is. */
export const sheetHelp: Record<SheetName, string> = {
  units:
    'Mỗi dòng là một phiên bản của một đơn vị hành chính. Đơn vị đổi tên hoặc đổi cấp trên thì có nhiều dòng cùng mã, thời gian không chồng nhau.',
  unit_lineage: 'Mỗi dòng là một quan hệ đơn vị trước - đơn vị sau (sáp nhập, chia tách, đổi tên, chuyển).',
  party_orgs: 'Mỗi dòng là một phiên bản của một tổ chức đảng (đảng bộ, chi bộ).',
  cell_villages: 'Mỗi dòng là một chi bộ phụ trách một thôn, tổ dân phố trong một khoảng thời gian.',
  people: 'Mỗi dòng là một người, là đảng viên hay không (trưởng thôn chưa là đảng viên cũng ghi ở đây).',
  memberships: 'Mỗi dòng là một đợt là đảng viên của một người.',
  placements: 'Mỗi dòng là một nơi sinh hoạt đảng của một đảng viên trong một khoảng thời gian.',
  head_terms: 'Mỗi dòng là một nhiệm kỳ trưởng thôn, tổ trưởng tổ dân phố (hoặc phó).',
  secretary_terms: 'Mỗi dòng là một nhiệm kỳ bí thư chi bộ.',
};

/** What each column holds; `*` marks a column that must not be empty. */
export const columnHelp: Record<SheetName, Record<string, string>> = {
  units: {
    code: '* Mã đơn vị (mã của Tổng cục Thống kê nếu có). Các phiên bản của một đơn vị dùng chung mã.',
    name: '* Tên đơn vị trong phiên bản này.',
    level:
      '* Cấp: province (tỉnh), district (huyện), commune (xã, phường, thị trấn) hoặc village (thôn, tổ dân phố). Cấp của một mã không đổi.',
    subtype: '* Tên gọi địa phương: Tỉnh, Huyện, Xã, Phường, Thị trấn, Thôn, Bản, Tổ dân phố, Khu phố...',
    parent_code: 'Mã đơn vị cấp trên trong thời gian của phiên bản này; thôn phải thuộc một xã. Để trống với cấp tỉnh.',
    valid_from: from,
    valid_to: to,
  },
  unit_lineage: {
    from_code: '* Mã đơn vị trước khi thay đổi.',
    to_code: '* Mã đơn vị sau khi thay đổi.',
    on: `* Ngày thay đổi có hiệu lực. ${date}`,
    kind: '* Loại thay đổi: merge (sáp nhập), split (chia tách), rename (đổi tên) hoặc move (chuyển sang đơn vị cấp trên khác).',
    decision: 'Số hiệu văn bản quyết định (không bắt buộc).',
  },
  party_orgs: {
    code: '* Mã tổ chức đảng. Các phiên bản của một tổ chức dùng chung mã.',
    name: '* Tên đảng bộ, chi bộ trong phiên bản này.',
    kind: '* Loại: committee (đảng bộ) hoặc cell (chi bộ).',
    parent_code: 'Mã tổ chức đảng cấp trên (có thể để trống).',
    unit_code: 'Mã đơn vị hành chính là địa bàn của tổ chức.',
    valid_from: from,
    valid_to: to,
  },
  cell_villages: {
    cell_code: '* Mã chi bộ.',
    village_code: '* Mã thôn, tổ dân phố mà chi bộ phụ trách.',
    valid_from: from,
    valid_to: to,
  },
  people: {
    person_code: '* Mã người, duy nhất.',
    full_name: '* Họ và tên.',
    birth_date: `Ngày sinh. ${date}`,
    gender: 'Giới tính: nam hoặc nữ.',
    ethnicity: 'Dân tộc (dữ liệu cá nhân nhạy cảm).',
    residence_village_code: 'Mã thôn, tổ dân phố nơi cư trú; có thể để trống.',
    commune_official: 'Là cán bộ, công chức cấp xã: có hoặc không (cũng nhận yes / no, 1 / 0). Để trống là không.',
  },
  memberships: {
    person_code: '* Mã người (có ở sheet people hoặc đã có trong cơ sở dữ liệu).',
    card_no: 'Số thẻ đảng viên, 8 chữ số dạng NN.NNNNNN; để trống cho đến khi được công nhận chính thức.',
    admitted_on: `* Ngày kết nạp. ${date}`,
    official_on: `Ngày công nhận đảng viên chính thức, không trước ngày kết nạp. ${date}`,
    ended_on: `Ngày thôi là đảng viên; để trống nếu vẫn là đảng viên. ${date}`,
    end_reason: 'Lý do thôi: death (từ trần), removed (xóa tên), expelled (khai trừ) hoặc resigned (xin ra khỏi Đảng).',
  },
  placements: {
    person_code: '* Mã đảng viên; nơi sinh hoạt phải nằm trong một đợt là đảng viên của người này.',
    cell_code: '* Mã chi bộ nơi sinh hoạt.',
    village_code:
      'Mã thôn, tổ dân phố mà đảng viên được tính vào; để trống nếu không tính cho thôn nào (ví dụ chi bộ cơ quan xã). Không nhất thiết là thôn chi bộ phụ trách.',
    valid_from: from,
    valid_to: to,
    kind: '* official (sinh hoạt chính thức; mỗi lúc nhiều nhất một nơi) hoặc temporary (sinh hoạt tạm thời, chạy song song và không được tính).',
    reason:
      'Lý do: admission (kết nạp), transfer (chuyển sinh hoạt), reinforcement (tăng cường), return (trở về), study (đi học, sinh hoạt tạm thời đến 2 năm) hoặc other (khác).',
  },
  head_terms: {
    village_code: '* Mã thôn, tổ dân phố.',
    person_code: '* Mã người giữ chức vụ (có ở sheet people hoặc trong cơ sở dữ liệu).',
    role: '* head (trưởng thôn, tổ trưởng tổ dân phố) hoặc deputy (phó). Mỗi lúc một thôn chỉ có một trưởng thôn.',
    valid_from: `Ngày bắt đầu nhiệm kỳ. ${date}`,
    valid_to: `Ngày kết thúc nhiệm kỳ (không tính ngày này); để trống nếu còn đương nhiệm. ${date}`,
    how: 'Cách giữ chức: elected (được bầu) hoặc interim (tạm thời).',
  },
  secretary_terms: {
    cell_code: '* Mã chi bộ.',
    person_code: '* Mã người làm bí thư chi bộ.',
    valid_from: `Ngày bắt đầu nhiệm kỳ. ${date}`,
    valid_to: `Ngày kết thúc nhiệm kỳ (không tính ngày này); để trống nếu còn đương nhiệm. ${date}`,
  },
};

const general = [
  'Mẫu nhập sổ đăng ký thôn, tổ dân phố và đảng viên.',
  'Mỗi sheet dưới đây giữ nguyên tên; dòng đầu là tên cột, giữ nguyên (thứ tự cột tùy ý; cột thừa bị bỏ qua kèm cảnh báo). Sheet hướng dẫn này được bỏ qua khi nhập.',
  'Cột có dấu * không được để trống. Ngày ghi yyyy-mm-dd, dd/mm/yyyy hoặc ô kiểu ngày; khoảng thời gian tính từ ngày bắt đầu đến trước ngày kết thúc.',
  'Nhập là "tất cả hoặc không": có một lỗi thì không ghi gì, mọi lỗi được báo kèm sheet, dòng, cột và giá trị. Nhập lại cùng một tệp không thay đổi gì; dòng vắng mặt trong tệp không bị xóa.',
  'Ô bắt đầu bằng dấu nháy đơn rồi đến =, +, -, @ được đọc bỏ dấu nháy đơn đó (dấu nháy chống chèn công thức).',
];

let built: Promise<Buffer> | null = null;

/** The empty import workbook as an .xlsx buffer (built once: it never changes while the program runs). */
export function templateWorkbook(): Promise<Buffer> {
  built ??= buildTemplate().catch((e: unknown) => {
    built = null;
    throw e;
  });
  return built;
}

async function buildTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const guide = wb.addWorksheet(guideSheet);
  guide.columns = [{ width: 18 }, { width: 26 }, { width: 110 }];
  for (const line of general) guide.addRow(['', '', line]);
  guide.addRow([]);
  guide.addRow(['sheet', 'cột', 'ý nghĩa']).font = { bold: true };
  for (const sheet of sheetNames) {
    guide.addRow([sheet, '', sheetHelp[sheet]]).font = { bold: true };
    for (const col of sheetColumns[sheet]) guide.addRow([sheet, col, columnHelp[sheet][col]]);
  }
  guide.getColumn(3).alignment = { wrapText: true, vertical: 'top' };

  for (const sheet of sheetNames) {
    const ws = wb.addWorksheet(sheet);
    const header = ws.addRow([...sheetColumns[sheet]]);
    header.font = { bold: true };
    sheetColumns[sheet].forEach((col, i) => {
      header.getCell(i + 1).note = columnHelp[sheet][col];
      ws.getColumn(i + 1).width = Math.max(14, col.length + 4);
    });
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
