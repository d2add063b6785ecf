/** The admissions module's error codes: a case not found, and the rules of the admission steps. */
import { defineErrors } from '../../platform/errors.js';

export const admissionsErrors = defineErrors({
  PROSPECT_NOT_FOUND: { status: 404, vi: 'Không có hồ sơ kết nạp số {id}', en: 'No admission case {id}' },
  ADMISSION_TOO_YOUNG: {
    status: 422,
    vi: 'Ngày chi bộ xét kết nạp, người này mới {years} tuổi {months} tháng; cần đủ 18 tuổi',
    en: 'On the day of the cell resolution the prospect is {years} years {months} months old; 18 is the minimum',
  },
  ADMISSION_NEEDS_CONSENT: {
    status: 422,
    vi: 'Ngày chi bộ xét kết nạp, người này đã {years} tuổi {months} tháng: trên 60 tuổi cần tỉnh ủy đồng ý',
    en:
      'On the day of the cell resolution the prospect is {years} years {months} months old: over 60 needs the ' +
      "provincial committee's consent",
  },
  ADMISSION_CERTIFICATE_EXPIRED: {
    status: 422,
    vi: 'Giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng không còn hiệu lực ({years} năm) vào ngày chi bộ xét',
    en: 'The awareness-class certificate is not valid ({years} years) on the day of the cell resolution',
  },
  ADMISSION_INTRODUCERS: {
    status: 422,
    vi:
      'Cần {needed} đảng viên chính thức quen biết ít nhất {months} tháng giới thiệu (có {found}), hoặc Đoàn Thanh ' +
      'niên giới thiệu',
    en:
      '{needed} official members who have known the prospect for {months} months must introduce them ({found} do), ' +
      'or the Youth Union',
  },
  ADMISSION_QUORUM: {
    status: 422,
    vi: 'Nghị quyết chi bộ cần ít nhất {share} số đảng viên chính thức tán thành ({votes}/{members})',
    en: 'The cell resolution needs {share} of the official members ({votes}/{members})',
  },
  ADMISSION_LATE: {
    status: 422,
    vi: 'Bước này làm ngày {date}, quá hạn {due} ({ruleSet})',
    en: 'This step was taken on {date}, after its deadline {due} ({ruleSet})',
  },
  ADMISSION_ORDER: {
    status: 422,
    vi: 'Ngày {step} ({date}) không thể trước ngày {other} ({otherDate})',
    en: 'The date of the {step} ({date}) cannot come before that of the {other} ({otherDate})',
  },
  ADMISSION_BEFORE_PROBATION_END: {
    status: 422,
    vi:
      'Ngày {step} ({date}) trước khi hết {months} tháng dự bị: lễ kết nạp ngày {ceremony}, hết dự bị ngày {ends}; ' +
      'bước này sớm nhất là ngày {ends}',
    en:
      'The {step} is dated {date}, before the {months} months of probation are over: the ceremony was on {ceremony} ' +
      'and probation ends on {ends}; this step may be dated {ends} at the earliest',
  },
  ADMISSION_FUTURE_DATE: {
    status: 422,
    vi:
      'Ngày {step} ({date}) sau hôm nay ({today}): chỉ ghi bước đã diễn ra; ngày dự kiến ghi ở mục "Dự kiến bước ' +
      'tiếp theo"',
    en:
      'The {step} is dated {date}, after today ({today}): record only steps that have taken place; a date planned ' +
      'goes in "Next step planned for"',
  },
  ADMISSION_STEP_MISSING: {
    status: 422,
    vi: 'Chưa ghi {need}: hãy ghi bước đó trước khi ghi {step}',
    en: 'No {need} is recorded yet: record it before the {step}',
  },
});
