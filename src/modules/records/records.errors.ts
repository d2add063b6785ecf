/** The records module's error codes: the rules of the forms (heads, placements, memberships). */
import { defineErrors } from '../../platform/errors.js';

export const recordsErrors = defineErrors({
  MEMBERSHIP_NOT_FOUND: {
    status: 404,
    vi: '"{code}" không có đợt là đảng viên nào phù hợp',
    en: '"{code}" has no matching membership',
  },
  HEAD_INTERIM_TOO_LONG: {
    status: 422,
    vi: 'Trưởng thôn tạm thời giữ chức tối đa {months} tháng (đến {limit})',
    en: 'An interim head serves at most {months} months (until {limit})',
  },
  HEAD_TOO_YOUNG: {
    status: 422,
    vi: 'Trưởng thôn phải đủ {age} tuổi vào ngày bắt đầu nhiệm kỳ ({from}); người này đủ {age} tuổi ngày {birthday}',
    en: 'A village head must be {age} on the first day of the term ({from}); this person turns {age} on {birthday}',
  },
  HEAD_BIRTH_DATE_MISSING: {
    status: 422,
    vi: 'Chưa ghi ngày sinh của người này: không xác định được đã đủ {age} tuổi để làm trưởng thôn',
    en: "This person's birth date is not recorded: whether they are {age} or older cannot be told",
  },
  HEAD_NOT_RESIDENT: {
    status: 422,
    vi: 'Trưởng thôn phải cư trú ở thôn "{village}"; người này cư trú ở "{residence}"',
    en: 'A village head must live in the village "{village}"; this person lives in "{residence}"',
  },
  TRANSFER_LETTER_LATE: {
    status: 422,
    vi:
      'Rời nơi sinh hoạt cũ ngày {left}: phải nộp giấy giới thiệu và bắt đầu sinh hoạt ở nơi mới trong {days} ngày ' +
      '(đến {limit}), không phải {on}',
    en:
      'Left the old placement on {left}: the letter must be presented and the new placement start within {days} days ' +
      '(by {limit}), not on {on}',
  },
  TEMPORARY_TOO_SHORT: {
    status: 422,
    vi: 'Sinh hoạt tạm thời ít nhất {months} tháng: kết thúc sớm nhất ngày {earliest}',
    en: 'A temporary placement lasts at least {months} months: it ends on {earliest} at the earliest',
  },
  TEMPORARY_TOO_LONG: {
    status: 422,
    vi: 'Sinh hoạt tạm thời tối đa {months} tháng: kết thúc muộn nhất ngày {latest}',
    en: 'A temporary placement lasts at most {months} months: it ends on {latest} at the latest',
  },
  TEMPORARY_STUDY_TOO_LONG: {
    status: 422,
    vi: 'Sinh hoạt tạm thời để đi học tối đa {months} tháng: kết thúc muộn nhất ngày {latest}',
    en: 'A temporary placement for study lasts at most {months} months: it ends on {latest} at the latest',
  },
  PLACEMENT_NOT_FOUND: {
    status: 404,
    vi: '"{code}" không có nơi sinh hoạt nào còn hiệu lực ngày {on}',
    en: '"{code}" has no placement running on {on}',
  },
  EXPEL_PROBATIONARY: {
    status: 422,
    vi:
      'Chỉ khai trừ đảng viên chính thức; ngày {on} người này còn là đảng viên dự bị (đảng viên dự bị không đủ điều ' +
      'kiện thì bị xóa tên)',
    en:
      'Only official members are expelled; on {on} this member is probationary (a probationary member who does not ' +
      'qualify is removed)',
  },
  READMISSION_LIMIT: {
    status: 422,
    vi: 'Chỉ kết nạp lại {times} lần; người này đã được kết nạp lại ngày {readmitted}',
    en: 'A person is readmitted at most {times} time(s); this person was readmitted on {readmitted}',
  },
  READMISSION_TOO_SOON: {
    status: 422,
    vi: 'Kết nạp lại ít nhất {months} tháng sau khi ra khỏi Đảng ({ended}): sớm nhất ngày {earliest}',
    en: 'Readmission comes at least {months} months after leaving the Party ({ended}): on {earliest} at the earliest',
  },
  PERIOD_ENDS_BEFORE_START: {
    status: 422,
    vi: 'Thời gian không hợp lệ: ngày kết thúc ({to}) trước ngày bắt đầu ({from})',
    en: 'Invalid period: the end date ({to}) is before the start date ({from})',
  },
});
