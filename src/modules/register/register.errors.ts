/**
 * The register module's error codes: a change refused, and the rules every write checks
 * (an import reports each with its sheet, row, column and value beside the message).
 */
import { defineErrors } from '../../platform/errors.js';

export const registerErrors = defineErrors({
  CHANGE_REJECTED: { status: 422, vi: 'Thay đổi không hợp lệ: {detail}', en: 'The change is not valid: {detail}' },
  IMPORT_DUPLICATE_ROW: {
    status: 422,
    vi: 'Dòng trùng khóa ({key}) với dòng {other} của cùng trang tính',
    en: 'Duplicate key ({key}): same as row {other} of this sheet',
  },
  IMPORT_UNKNOWN_CODE: {
    status: 422,
    vi: 'Không có {what} mã "{value}" (trong tệp nhập hay trong cơ sở dữ liệu)',
    en: 'No {what} with code "{value}" (neither in the import nor in the database)',
  },
  IMPORT_WRONG_KIND: {
    status: 422,
    vi: 'Mã "{value}" là {actual}, nhưng cột "{column}" cần {expected}',
    en: 'Code "{value}" is {actual}, but column "{column}" needs {expected}',
  },
  IMPORT_LEVEL_CHANGED: {
    status: 422,
    vi: '"{code}" có cấp/loại "{value}" khác với "{other}" ở {where}; cấp của một mã không đổi',
    en: '"{code}" has level/kind "{value}", unlike "{other}" in {where}; a code keeps its level',
  },
  IMPORT_OVERLAP: {
    status: 422,
    vi: 'Thời gian {interval} chồng lên {where} ({otherInterval}) của cùng {subject}',
    en: 'Period {interval} overlaps {where} ({otherInterval}) of the same {subject}',
  },
  IMPORT_RANGE: {
    status: 422,
    vi: '{toColumn} ({to}) phải sau {fromColumn} ({from})',
    en: '{toColumn} ({to}) must be after {fromColumn} ({from})',
  },
  IMPORT_OFFICIAL_BEFORE_ADMITTED: {
    status: 422,
    vi: 'Ngày chính thức ({official}) trước ngày kết nạp ({admitted})',
    en: 'Official date ({official}) is before the admission date ({admitted})',
  },
  IMPORT_PLACEMENT_OUTSIDE_MEMBERSHIP: {
    status: 422,
    vi: 'Nơi sinh hoạt {interval} của "{person}" nằm ngoài mọi đợt là đảng viên của người này ({memberships})',
    en: 'Placement {interval} of "{person}" lies outside every membership of this person ({memberships})',
  },
  IMPORT_VILLAGE_PARENT_NOT_COMMUNE: {
    status: 422,
    vi: 'Thôn, tổ dân phố "{code}" có đơn vị cấp trên "{value}" là {level}, không phải cấp xã',
    en: 'Village "{code}" has parent "{value}" which is {level}, not a commune',
  },
  IMPORT_PARENT_LEVEL: {
    status: 422,
    vi: 'Đơn vị cấp trên "{value}" là {parentLevel}, không ở trên {level}',
    en: 'Parent "{value}" is {parentLevel}, not above {level}',
  },
  IMPORT_PARENT_NOT_VALID: {
    status: 422,
    vi: 'Đơn vị cấp trên "{value}" không có hiệu lực suốt {interval}',
    en: 'Parent "{value}" is not valid throughout {interval}',
  },
  IMPORT_TWO_HEADS: {
    status: 422,
    vi: 'Thôn "{village}" có hai trưởng thôn cùng lúc: nhiệm kỳ {interval} chồng lên {where} ({otherInterval})',
    en: 'Village "{village}" has two heads in office at once: term {interval} overlaps {where} ({otherInterval})',
  },
  IMPORT_TWO_OFFICIAL_PLACEMENTS: {
    status: 422,
    vi: 'Đảng viên "{person}" có hai nơi sinh hoạt chính thức cùng lúc: {interval} chồng lên {where} ({otherInterval})',
    en: 'Member "{person}" has two official placements at once: {interval} overlaps {where} ({otherInterval})',
  },
  IMPORT_ADMITTED_TOO_YOUNG: {
    status: 422,
    vi: 'Kết nạp khi chưa đủ 18 tuổi ({years} tuổi {months} tháng)',
    en: 'Admitted before the age of 18 ({years} years {months} months)',
  },
  IMPORT_ADMITTED_TOO_OLD: {
    status: 422,
    vi: 'Kết nạp khi đã trên 60 tuổi ({years} tuổi {months} tháng); cần ý kiến của tỉnh ủy',
    en: "Admitted over the age of 60 ({years} years {months} months); needs the provincial committee's consent",
  },
  IMPORT_EXPELLED_PROBATIONARY: {
    status: 422,
    vi:
      'Khai trừ ngày {on} khi còn là đảng viên dự bị; chỉ khai trừ đảng viên chính thức (dự bị không đủ điều kiện ' +
      'thì xóa tên)',
    en: 'Expelled on {on} while probationary; only official members are expelled (a probationary member is removed)',
  },
  IMPORT_READMITTED_AGAIN: {
    status: 422,
    vi: 'Kết nạp lại lần nữa sau lần kết nạp lại ngày {readmitted}; chỉ kết nạp lại một lần',
    en: 'Readmitted again after the readmission of {readmitted}; a person is readmitted once',
  },
  IMPORT_HEAD_TOO_YOUNG: {
    status: 422,
    vi: 'Trưởng thôn chưa đủ {age} tuổi vào ngày bắt đầu nhiệm kỳ (sinh ngày {birth})',
    en: 'The head is under {age} on the first day of the term (born {birth})',
  },
  IMPORT_CARD_WITHOUT_OFFICIAL: {
    status: 422,
    vi: 'Có số thẻ đảng viên "{value}" nhưng chưa có ngày chính thức; thẻ chỉ cấp khi công nhận chính thức',
    en: 'Party card "{value}" without an official date; cards are issued on official recognition',
  },
});
