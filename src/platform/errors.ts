/**
 * The one registry of error codes. Each code has an HTTP status and a message
 * in Vietnamese and English; `{name}` placeholders are filled from params.
 * docs/errors.md documents every code (a test checks it).
 */
export const errorRegistry = {
  VALIDATION_FAILED: { status: 400, vi: 'Dữ liệu gửi lên không hợp lệ: {detail}', en: 'Invalid input: {detail}' },
  INVALID_DATE: { status: 400, vi: 'Ngày không hợp lệ: "{value}" (dùng yyyy-mm-dd hoặc dd/mm/yyyy)', en: 'Invalid date: "{value}" (use yyyy-mm-dd or dd/mm/yyyy)' },
  DATE_RANGE_INVALID: { status: 400, vi: 'Ngày bắt đầu ({from}) phải trước ngày kết thúc ({to})', en: 'The start date ({from}) must be before the end date ({to})' },
  UNKNOWN_CATEGORY: { status: 400, vi: 'Không có nhóm chỉ tiêu "{value}"; các nhóm hợp lệ: {allowed}', en: 'Unknown category "{value}"; valid categories: {allowed}' },
  UNKNOWN_FLOW: { status: 400, vi: 'Không có loại biến động "{value}"; các loại hợp lệ: {allowed}', en: 'Unknown flow "{value}"; valid flows: {allowed}' },
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy địa chỉ {path}', en: 'No such address: {path}' },
  UNIT_NOT_FOUND: { status: 404, vi: 'Không có đơn vị mã "{code}"', en: 'No unit with code "{code}"' },
  UNIT_NOT_VALID_AT: { status: 404, vi: 'Đơn vị "{code}" không tồn tại vào ngày {at}', en: 'Unit "{code}" does not exist on {at}' },
  VILLAGE_NOT_FOUND: { status: 404, vi: 'Không có thôn, tổ dân phố mã "{code}"', en: 'No village with code "{code}"' },
  PERSON_EXISTS: { status: 409, vi: 'Đã có người mã "{code}"', en: 'A person with code "{code}" already exists' },
  ORG_NOT_FOUND: { status: 404, vi: 'Không có tổ chức đảng mã "{code}"', en: 'No party organisation with code "{code}"' },
  MEMBERSHIP_NOT_FOUND: { status: 404, vi: '"{code}" không có đợt là đảng viên nào phù hợp', en: '"{code}" has no matching membership' },
  CHANGE_REJECTED: { status: 422, vi: 'Thay đổi không hợp lệ: {detail}', en: 'The change is not valid: {detail}' },
  HEAD_INTERIM_TOO_LONG: { status: 422, vi: 'Trưởng thôn tạm thời giữ chức tối đa {months} tháng (đến {limit})', en: 'An interim head serves at most {months} months (until {limit})' },
  HEAD_TOO_YOUNG: { status: 422, vi: 'Trưởng thôn phải đủ {age} tuổi vào ngày bắt đầu nhiệm kỳ ({from}); người này đủ {age} tuổi ngày {birthday}', en: 'A village head must be {age} on the first day of the term ({from}); this person turns {age} on {birthday}' },
  HEAD_BIRTH_DATE_MISSING: { status: 422, vi: 'Chưa ghi ngày sinh của người này: không xác định được đã đủ {age} tuổi để làm trưởng thôn', en: 'This person\'s birth date is not recorded: whether they are {age} or older cannot be told' },
  HEAD_NOT_RESIDENT: { status: 422, vi: 'Trưởng thôn phải cư trú ở thôn "{village}"; người này cư trú ở "{residence}"', en: 'A village head must live in the village "{village}"; this person lives in "{residence}"' },
  TRANSFER_LETTER_LATE: { status: 422, vi: 'Rời nơi sinh hoạt cũ ngày {left}: phải nộp giấy giới thiệu và bắt đầu sinh hoạt ở nơi mới trong {days} ngày (đến {limit}), không phải {on}', en: 'Left the old placement on {left}: the letter must be presented and the new placement start within {days} days (by {limit}), not on {on}' },
  TEMPORARY_TOO_SHORT: { status: 422, vi: 'Sinh hoạt tạm thời ít nhất {months} tháng: kết thúc sớm nhất ngày {earliest}', en: 'A temporary placement lasts at least {months} months: it ends on {earliest} at the earliest' },
  TEMPORARY_TOO_LONG: { status: 422, vi: 'Sinh hoạt tạm thời tối đa {months} tháng: kết thúc muộn nhất ngày {latest}', en: 'A temporary placement lasts at most {months} months: it ends on {latest} at the latest' },
  TEMPORARY_STUDY_TOO_LONG: { status: 422, vi: 'Sinh hoạt tạm thời để đi học tối đa {months} tháng: kết thúc muộn nhất ngày {latest}', en: 'A temporary placement for study lasts at most {months} months: it ends on {latest} at the latest' },
  PLACEMENT_NOT_FOUND: { status: 404, vi: '"{code}" không có nơi sinh hoạt nào còn hiệu lực ngày {on}', en: '"{code}" has no placement running on {on}' },
  EXPEL_PROBATIONARY: { status: 422, vi: 'Chỉ khai trừ đảng viên chính thức; ngày {on} người này còn là đảng viên dự bị (đảng viên dự bị không đủ điều kiện thì bị xóa tên)', en: 'Only official members are expelled; on {on} this member is probationary (a probationary member who does not qualify is removed)' },
  READMISSION_LIMIT: { status: 422, vi: 'Chỉ kết nạp lại {times} lần; người này đã được kết nạp lại ngày {readmitted}', en: 'A person is readmitted at most {times} time(s); this person was readmitted on {readmitted}' },
  READMISSION_TOO_SOON: { status: 422, vi: 'Kết nạp lại ít nhất {months} tháng sau khi ra khỏi Đảng ({ended}): sớm nhất ngày {earliest}', en: 'Readmission comes at least {months} months after leaving the Party ({ended}): on {earliest} at the earliest' },
  CELL_EXISTS: { status: 409, vi: 'Thôn "{code}" đã có chi bộ riêng ({cell})', en: 'The village "{code}" already has its own cell ({cell})' },
  CELL_TOO_FEW: { status: 422, vi: 'Chi bộ cần ít nhất {min} đảng viên chính thức; mới có {count}', en: 'A cell needs at least {min} official members; there are {count}' },
  CELL_MEMBER_NOT_ELIGIBLE: { status: 422, vi: '"{code}" không nằm trong danh sách có thể điều động (không phải đảng viên chính thức gần đó, hoặc chi bộ của người này sẽ còn dưới 3)', en: '"{code}" is not among those who can be transferred (not an official member nearby, or their own cell would fall below 3)' },
  COMBINED_CELL_LEFT_ALONE: { status: 422, vi: 'Thành lập chi bộ riêng cho thôn "{village}" thì chi bộ ghép "{cell}" chỉ còn một thôn ("{left}") và sẽ bị tính là chi bộ riêng của thôn đó: hãy chọn giải thể chi bộ ghép "{cell}" hoặc ghép thêm một thôn khác của xã vào đó', en: 'Founding the own cell of "{village}" leaves the combined cell "{cell}" with one village ("{left}"), which would then count as that village\'s own cell: choose to close "{cell}" or to attach another village of the commune to it' },
  COMBINED_CELL_MEMBERS_LEFT: { status: 422, vi: 'Không giải thể được chi bộ ghép "{cell}" ngày {on}: {count} đảng viên ({people}) sẽ không còn nơi sinh hoạt; hãy chuyển sinh hoạt cho họ trước, hoặc chọn ghép thêm một thôn vào chi bộ này', en: 'The combined cell "{cell}" cannot be closed on {on}: {count} member(s) ({people}) would be left without a placement; transfer them first, or attach another village to this cell' },
  COMBINED_CELL_ATTACH_INVALID: { status: 422, vi: 'Không ghép được thôn "{code}" vào chi bộ ghép "{cell}" ngày {on}: cần một thôn khác của cùng xã "{commune}", chưa có chi bộ riêng và chưa thuộc chi bộ này', en: 'The village "{code}" cannot be attached to the combined cell "{cell}" on {on}: it must be another village of the same commune "{commune}", without its own cell and not already in this cell' },
  PERIOD_ENDS_BEFORE_START: { status: 422, vi: 'Thời gian không hợp lệ: ngày kết thúc ({to}) trước ngày bắt đầu ({from})', en: 'Invalid period: the end date ({to}) is before the start date ({from})' },
  PROSPECT_NOT_FOUND: { status: 404, vi: 'Không có hồ sơ kết nạp số {id}', en: 'No admission case {id}' },
  ADMISSION_TOO_YOUNG: { status: 422, vi: 'Ngày chi bộ xét kết nạp, người này mới {years} tuổi {months} tháng; cần đủ 18 tuổi', en: 'On the day of the cell resolution the prospect is {years} years {months} months old; 18 is the minimum' },
  ADMISSION_NEEDS_CONSENT: { status: 422, vi: 'Ngày chi bộ xét kết nạp, người này đã {years} tuổi {months} tháng: trên 60 tuổi cần tỉnh ủy đồng ý', en: 'On the day of the cell resolution the prospect is {years} years {months} months old: over 60 needs the provincial committee\'s consent' },
  ADMISSION_CERTIFICATE_EXPIRED: { status: 422, vi: 'Giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng không còn hiệu lực ({years} năm) vào ngày chi bộ xét', en: 'The awareness-class certificate is not valid ({years} years) on the day of the cell resolution' },
  ADMISSION_INTRODUCERS: { status: 422, vi: 'Cần {needed} đảng viên chính thức quen biết ít nhất {months} tháng giới thiệu (có {found}), hoặc Đoàn Thanh niên giới thiệu', en: '{needed} official members who have known the prospect for {months} months must introduce them ({found} do), or the Youth Union' },
  ADMISSION_QUORUM: { status: 422, vi: 'Nghị quyết chi bộ cần ít nhất {share} số đảng viên chính thức tán thành ({votes}/{members})', en: 'The cell resolution needs {share} of the official members ({votes}/{members})' },
  ADMISSION_LATE: { status: 422, vi: 'Bước này làm ngày {date}, quá hạn {due} ({ruleSet})', en: 'This step was taken on {date}, after its deadline {due} ({ruleSet})' },
  CALENDAR_NOTICE_INVALID: { status: 422, vi: 'Thông báo ngày nghỉ năm {year}, dòng {row}: {detail}; không ghi gì', en: 'The notice of days off for {year}, row {row}: {detail}; nothing was written' },
  ADMISSION_ORDER: { status: 422, vi: 'Ngày {step} ({date}) không thể trước ngày {other} ({otherDate})', en: 'The date of the {step} ({date}) cannot come before that of the {other} ({otherDate})' },
  ADMISSION_BEFORE_PROBATION_END: { status: 422, vi: 'Ngày {step} ({date}) trước khi hết {months} tháng dự bị: lễ kết nạp ngày {ceremony}, hết dự bị ngày {ends}; bước này sớm nhất là ngày {ends}', en: 'The {step} is dated {date}, before the {months} months of probation are over: the ceremony was on {ceremony} and probation ends on {ends}; this step may be dated {ends} at the earliest' },
  ADMISSION_FUTURE_DATE: { status: 422, vi: 'Ngày {step} ({date}) sau hôm nay ({today}): chỉ ghi bước đã diễn ra; ngày dự kiến ghi ở mục "Dự kiến bước tiếp theo"', en: 'The {step} is dated {date}, after today ({today}): record only steps that have taken place; a date planned goes in "Next step planned for"' },
  ADMISSION_STEP_MISSING: { status: 422, vi: 'Chưa ghi {need}: hãy ghi bước đó trước khi ghi {step}', en: 'No {need} is recorded yet: record it before the {step}' },
  PERSON_NOT_FOUND: { status: 404, vi: 'Không có người mã "{code}"', en: 'No person with code "{code}"' },
  IMPORT_REJECTED: { status: 422, vi: 'Tệp nhập có {count} lỗi; không ghi dữ liệu nào', en: 'The import has {count} errors; nothing was written' },
  IMPORT_FILE_UNREADABLE: { status: 400, vi: 'Không đọc được tệp "{file}": {reason}', en: 'Cannot read file "{file}": {reason}' },
  // Import issues: each is reported with its sheet, row, column and value beside the message.
  IMPORT_MISSING_COLUMN: { status: 422, vi: 'Trang tính "{sheet}" thiếu cột "{column}"', en: 'Sheet "{sheet}" lacks the column "{column}"' },
  IMPORT_EXTRA_COLUMN: { status: 422, vi: 'Cột "{column}" không có trong mẫu nhập; đã bỏ qua', en: 'Column "{column}" is not part of the import format; ignored' },
  IMPORT_UNKNOWN_SHEET: { status: 422, vi: 'Trang tính "{sheet}" không có trong mẫu nhập; đã bỏ qua', en: 'Sheet "{sheet}" is not part of the import format; ignored' },
  IMPORT_MISSING_VALUE: { status: 422, vi: 'Cột "{column}" không được để trống', en: 'Column "{column}" must not be empty' },
  IMPORT_BAD_DATE: { status: 422, vi: 'Không đọc được ngày "{value}" (dùng yyyy-mm-dd, dd/mm/yyyy hoặc ô kiểu ngày)', en: 'Cannot read the date "{value}" (use yyyy-mm-dd, dd/mm/yyyy or a date cell)' },
  IMPORT_BAD_NUMBER: { status: 422, vi: 'Không đọc được số "{value}" ở cột "{column}" (cần {expected})', en: 'Cannot read the number "{value}" in column "{column}" (expected {expected})' },
  IMPORT_BAD_CHARACTER: { status: 422, vi: 'Ô ở cột "{column}" chứa ký tự NUL (mã 0), không lưu được; hãy xóa ký tự này', en: 'The cell in column "{column}" holds a NUL character (code 0), which cannot be stored; remove it' },
  IMPORT_TOO_LONG: { status: 422, vi: 'Mã ở cột "{column}" dài {length} ký tự, quá giới hạn {max} ký tự', en: 'The code in column "{column}" is {length} characters long, over the limit of {max}' },
  IMPORT_BAD_VALUE: { status: 422, vi: 'Giá trị "{value}" không hợp lệ ở cột "{column}"; dùng một trong: {allowed}', en: 'Invalid value "{value}" in column "{column}"; use one of: {allowed}' },
  IMPORT_DUPLICATE_ROW: { status: 422, vi: 'Dòng trùng khóa ({key}) với dòng {other} của cùng trang tính', en: 'Duplicate key ({key}): same as row {other} of this sheet' },
  IMPORT_UNKNOWN_CODE: { status: 422, vi: 'Không có {what} mã "{value}" (trong tệp nhập hay trong cơ sở dữ liệu)', en: 'No {what} with code "{value}" (neither in the import nor in the database)' },
  IMPORT_WRONG_KIND: { status: 422, vi: 'Mã "{value}" là {actual}, nhưng cột "{column}" cần {expected}', en: 'Code "{value}" is {actual}, but column "{column}" needs {expected}' },
  IMPORT_LEVEL_CHANGED: { status: 422, vi: '"{code}" có cấp/loại "{value}" khác với "{other}" ở {where}; cấp của một mã không đổi', en: '"{code}" has level/kind "{value}", unlike "{other}" in {where}; a code keeps its level' },
  IMPORT_OVERLAP: { status: 422, vi: 'Thời gian {interval} chồng lên {where} ({otherInterval}) của cùng {subject}', en: 'Period {interval} overlaps {where} ({otherInterval}) of the same {subject}' },
  IMPORT_RANGE: { status: 422, vi: '{toColumn} ({to}) phải sau {fromColumn} ({from})', en: '{toColumn} ({to}) must be after {fromColumn} ({from})' },
  IMPORT_OFFICIAL_BEFORE_ADMITTED: { status: 422, vi: 'Ngày chính thức ({official}) trước ngày kết nạp ({admitted})', en: 'Official date ({official}) is before the admission date ({admitted})' },
  IMPORT_PLACEMENT_OUTSIDE_MEMBERSHIP: { status: 422, vi: 'Nơi sinh hoạt {interval} của "{person}" nằm ngoài mọi đợt là đảng viên của người này ({memberships})', en: 'Placement {interval} of "{person}" lies outside every membership of this person ({memberships})' },
  IMPORT_VILLAGE_PARENT_NOT_COMMUNE: { status: 422, vi: 'Thôn, tổ dân phố "{code}" có đơn vị cấp trên "{value}" là {level}, không phải cấp xã', en: 'Village "{code}" has parent "{value}" which is {level}, not a commune' },
  IMPORT_PARENT_LEVEL: { status: 422, vi: 'Đơn vị cấp trên "{value}" là {parentLevel}, không ở trên {level}', en: 'Parent "{value}" is {parentLevel}, not above {level}' },
  IMPORT_PARENT_NOT_VALID: { status: 422, vi: 'Đơn vị cấp trên "{value}" không có hiệu lực suốt {interval}', en: 'Parent "{value}" is not valid throughout {interval}' },
  IMPORT_TWO_HEADS: { status: 422, vi: 'Thôn "{village}" có hai trưởng thôn cùng lúc: nhiệm kỳ {interval} chồng lên {where} ({otherInterval})', en: 'Village "{village}" has two heads in office at once: term {interval} overlaps {where} ({otherInterval})' },
  IMPORT_TWO_OFFICIAL_PLACEMENTS: { status: 422, vi: 'Đảng viên "{person}" có hai nơi sinh hoạt chính thức cùng lúc: {interval} chồng lên {where} ({otherInterval})', en: 'Member "{person}" has two official placements at once: {interval} overlaps {where} ({otherInterval})' },
  IMPORT_ADMITTED_TOO_YOUNG: { status: 422, vi: 'Kết nạp khi chưa đủ 18 tuổi ({years} tuổi {months} tháng)', en: 'Admitted before the age of 18 ({years} years {months} months)' },
  IMPORT_ADMITTED_TOO_OLD: { status: 422, vi: 'Kết nạp khi đã trên 60 tuổi ({years} tuổi {months} tháng); cần ý kiến của tỉnh ủy', en: 'Admitted over the age of 60 ({years} years {months} months); needs the provincial committee\'s consent' },
  IMPORT_EXPELLED_PROBATIONARY: { status: 422, vi: 'Khai trừ ngày {on} khi còn là đảng viên dự bị; chỉ khai trừ đảng viên chính thức (dự bị không đủ điều kiện thì xóa tên)', en: 'Expelled on {on} while probationary; only official members are expelled (a probationary member is removed)' },
  IMPORT_READMITTED_AGAIN: { status: 422, vi: 'Kết nạp lại lần nữa sau lần kết nạp lại ngày {readmitted}; chỉ kết nạp lại một lần', en: 'Readmitted again after the readmission of {readmitted}; a person is readmitted once' },
  IMPORT_HEAD_TOO_YOUNG: { status: 422, vi: 'Trưởng thôn chưa đủ {age} tuổi vào ngày bắt đầu nhiệm kỳ (sinh ngày {birth})', en: 'The head is under {age} on the first day of the term (born {birth})' },
  IMPORT_CARD_WITHOUT_OFFICIAL: { status: 422, vi: 'Có số thẻ đảng viên "{value}" nhưng chưa có ngày chính thức; thẻ chỉ cấp khi công nhận chính thức', en: 'Party card "{value}" without an official date; cards are issued on official recognition' },
  DB_SOURCE_MISSING: { status: 404, vi: 'Không có cơ sở dữ liệu nhúng trong thư mục {dir}', en: 'No embedded database in the directory {dir}' },
  DB_CONNECT_FAILED: { status: 502, vi: 'Không kết nối được cơ sở dữ liệu {url}: {reason}', en: 'Cannot connect to the database {url}: {reason}' },
  DB_DUMP_UNWRITABLE: { status: 500, vi: 'Không ghi được tệp sao lưu "{file}": {reason}', en: 'Cannot write the backup file "{file}": {reason}' },
  DB_DUMP_INVALID: { status: 400, vi: 'Tệp "{file}" không phải bản sao lưu hợp lệ hoặc đã hỏng: {reason}; không khôi phục gì', en: 'The file "{file}" is not a valid backup or is damaged: {reason}; nothing was restored' },
  DB_DUMP_SCHEMA_MISMATCH: { status: 409, vi: 'Bản sao lưu thuộc phiên bản lược đồ khác ({dump}) với cơ sở dữ liệu đích ({database}); không khôi phục gì', en: 'The backup has another schema version ({dump}) than the target database ({database}); nothing was restored' },
  DB_TARGET_NOT_EMPTY: { status: 409, vi: 'Cơ sở dữ liệu đích đã có dữ liệu (bảng {table}); chỉ khôi phục vào cơ sở dữ liệu trống', en: 'The target database already holds data (table {table}); restore only into an empty database' },
  DB_RESTORE_FAILED: { status: 422, vi: 'Không ghi được bảng {table} từ bản sao lưu: {reason}; không khôi phục gì', en: 'Cannot write the table {table} from the backup: {reason}; nothing was restored' },
  DB_MOVE_MISMATCH: { status: 500, vi: 'Sau khi chuyển, bảng {table} có {target} dòng ở đích nhưng {source} dòng ở nguồn', en: 'After the move, the table {table} has {target} rows on the target but {source} rows on the source' },
  AUTH_REQUIRED: { status: 401, vi: 'Cần đăng nhập để dùng chức năng này', en: 'Sign in to use this' },
  AUTH_INVALID: { status: 401, vi: 'Tên đăng nhập hoặc mật khẩu không đúng', en: 'Wrong user name or password' },
  AUTH_PASSWORD_WRONG: { status: 400, vi: 'Mật khẩu hiện tại không đúng', en: 'The current password is wrong' },
  AUTH_LOCKED: { status: 429, vi: 'Đăng nhập sai quá nhiều lần; tài khoản tạm khóa đến {until}. Hãy thử lại sau hoặc liên hệ quản trị viên', en: 'Too many failed sign-ins; the account is locked until {until}. Try again later or ask an administrator' },
  AUTH_THROTTLED: { status: 429, vi: 'Có quá nhiều lần đăng nhập sai từ máy này; hãy thử lại sau {minutes} phút', en: 'Too many failed sign-ins from this address; try again in {minutes} minutes' },
  SESSION_EXPIRED: { status: 401, vi: 'Phiên làm việc đã hết hạn; hãy đăng nhập lại', en: 'Your session has expired; sign in again' },
  CSRF_INVALID: { status: 403, vi: 'Yêu cầu thiếu mã chống giả mạo (CSRF) hợp lệ; hãy tải lại trang', en: 'The request lacks a valid anti-forgery (CSRF) token; reload the page' },
  PASSWORD_CHANGE_REQUIRED: { status: 403, vi: 'Tài khoản đang dùng mật khẩu cấp một lần: hãy đổi mật khẩu (trang Tài khoản) trước khi làm việc khác', en: 'This account has a one-time password: change it (the account page) before doing anything else' },
  FORBIDDEN_ROLE: { status: 403, vi: 'Vai trò "{role}" không được phép làm việc này', en: 'The role "{role}" may not do this' },
  OUT_OF_SCOPE: { status: 403, vi: '"{code}" nằm ngoài phạm vi tài khoản của bạn', en: '"{code}" is outside your account\'s scope' },
  PASSWORD_TOO_SHORT: { status: 400, vi: 'Mật khẩu cần ít nhất {min} ký tự', en: 'The password needs at least {min} characters' },
  PASSWORD_TOO_LONG: { status: 400, vi: 'Mật khẩu dài quá {max} ký tự', en: 'The password is longer than {max} characters' },
  PASSWORD_TOO_COMMON: { status: 400, vi: 'Mật khẩu quá phổ biến hoặc chứa tên đăng nhập; hãy chọn mật khẩu khác (ví dụ một câu dài)', en: 'The password is too common or contains the user name; choose another (a long phrase, say)' },
  ACCOUNT_EXISTS: { status: 409, vi: 'Đã có tài khoản "{username}"', en: 'The account "{username}" already exists' },
  ACCOUNT_SELF_DISABLE: { status: 409, vi: 'Không thể tự khóa tài khoản đang dùng; hãy nhờ quản trị viên khác', en: 'You cannot disable the account you are signed in with; ask another administrator' },
  ACCOUNT_NOT_FOUND: { status: 404, vi: 'Không có tài khoản "{username}"', en: 'No account "{username}"' },
  UNKNOWN_ROLE: { status: 400, vi: 'Không có vai trò "{value}"; các vai trò: {allowed}', en: 'Unknown role "{value}"; roles: {allowed}' },
  PAYLOAD_TOO_LARGE: { status: 413, vi: 'Tệp hoặc dữ liệu gửi lên quá lớn (tối đa {max})', en: 'The upload is too large (at most {max})' },
  ARCHIVE_TOO_LARGE: { status: 413, vi: 'Tệp nén "{file}" có {what} vượt giới hạn ({value} > {max}); không giải nén', en: 'The archive "{file}" has {what} over the limit ({value} > {max}); not unpacked' },
  ARCHIVE_PART_TOO_LARGE: { status: 413, vi: 'Phần "{part}" ({kind}) của tệp "{file}" khi giải nén vượt giới hạn {max}; không đọc tiếp', en: 'The part "{part}" ({kind}) of the file "{file}" inflates past its limit of {max}; not read further' },
  ARCHIVE_PART_TOO_COMPLEX: { status: 413, vi: 'Phần "{part}" của tệp "{file}" có {what} vượt giới hạn {max}; không đọc tiếp', en: 'The part "{part}" of the file "{file}" has {what} over the limit of {max}; not read further' },
  IMPORT_MEMORY_LIMIT: { status: 413, vi: 'Đọc tệp "{file}" cần quá {max} bộ nhớ; tệp bị từ chối, không ghi dữ liệu nào', en: 'Reading the file "{file}" needs more than {max} of memory; the file is refused, nothing was written' },
  IMPORT_TIME_LIMIT: { status: 413, vi: 'Đọc tệp "{file}" lâu quá giới hạn {max}; tệp bị từ chối, không ghi dữ liệu nào', en: 'Reading the file "{file}" takes longer than the limit of {max}; the file is refused, nothing was written' },
  UPLOAD_UNSUPPORTED_TYPE: { status: 415, vi: 'Không nhận tệp "{file}"; chỉ nhận một tệp {allowed}', en: 'The file "{file}" is not accepted; send one {allowed} file' },
  DATA_DIR_IN_USE: { status: 409, vi: 'Thư mục dữ liệu {dir} đang được máy chủ (tiến trình {pid}) sử dụng; hãy dừng máy chủ hoặc dùng API', en: 'The data directory {dir} is held by a running server (process {pid}); stop the server or use the API' },
  PDF_BROWSER_MISSING: { status: 503, vi: 'Không in được PDF: không có trình duyệt Chromium ở {path}. Hãy cài gói chromium của Debian (apt-get install chromium) hoặc đặt CHROMIUM_PATH', en: 'Cannot print the PDF: no Chromium browser at {path}. Install Debian\'s chromium package (apt-get install chromium) or set CHROMIUM_PATH' },
  PDF_FAILED: { status: 500, vi: 'Chromium không in được PDF: {reason}', en: 'Chromium could not print the PDF: {reason}' },
  ARTICLE_NOT_FOUND: { status: 404, vi: 'Không có bài viết số {id}', en: 'No article {id}' },
  PORTAL_CATEGORY_NOT_FOUND: { status: 400, vi: 'Không có chuyên mục số {id}', en: 'No category {id}' },
  IMAGE_UNSUPPORTED: { status: 415, vi: 'Ảnh "{type}" không được nhận; chỉ nhận {allowed}', en: 'The image type "{type}" is not accepted; send {allowed}' },
  IMAGE_TOO_LARGE: { status: 413, vi: 'Ảnh nặng {size}, quá giới hạn {max}', en: 'The image is {size}, over the limit of {max}' },
  POLL_NOT_FOUND: { status: 404, vi: 'Không có cuộc bình chọn số {id}', en: 'No poll {id}' },
  POLL_NOT_OPEN: { status: 409, vi: 'Cuộc bình chọn này không mở vào lúc này (thời gian bình chọn: {period})', en: 'This poll is not open now (voting period: {period})' },
  POLL_ALREADY_VOTED: { status: 409, vi: 'Bạn đã bình chọn trong cuộc bình chọn này; mỗi người chỉ được bình chọn một lần', en: 'You have already voted in this poll; each person votes once' },
  POLL_RATE_LIMITED: { status: 429, vi: 'Có quá nhiều phiếu bình chọn của khách từ địa chỉ mạng này; hãy thử lại sau hoặc đăng nhập để bình chọn', en: 'Too many guest ballots from this network address; try again later, or sign in to vote' },
  POLL_NO_CHOICE: { status: 400, vi: 'Hãy chọn một phương án trước khi bình chọn', en: 'Choose an option before voting' },
  POLL_SINGLE_CHOICE: { status: 400, vi: 'Cuộc bình chọn này chỉ cho chọn một phương án', en: 'This poll allows one option only' },
  POLL_OPTION_UNKNOWN: { status: 400, vi: 'Phương án {options} không thuộc cuộc bình chọn này', en: 'Option {options} is not in this poll' },
  POLL_HAS_VOTES: { status: 409, vi: 'Cuộc bình chọn đã có {count} phiếu; không sửa được các phương án', en: 'The poll already has {count} ballots; its options cannot change' },
  DB_UNAVAILABLE: { status: 503, vi: 'Cơ sở dữ liệu không trả lời; hãy thử lại sau', en: 'The database does not answer; try again later' },
  SERVER_STARTING: { status: 503, vi: 'Máy chủ đang khởi động; hãy thử lại sau ít phút', en: 'The server is starting; try again in a few minutes' },
  SERVER_STOPPING: { status: 503, vi: 'Máy chủ đang dừng; hãy thử lại sau', en: 'The server is shutting down; try again later' },
  INTERNAL: { status: 500, vi: 'Lỗi hệ thống; mã yêu cầu {requestId}', en: 'Internal error; request id {requestId}' },
} as const satisfies Record<string, { status: number; vi: string; en: string }>;

export type ErrorCode = keyof typeof errorRegistry;
export type Lang = 'vi' | 'en';
export type ErrorParams = Record<string, string | number>;

/** Fills `{name}` placeholders of a registry message. */
export function formatMessage(code: ErrorCode, lang: Lang, params: ErrorParams = {}): string {
  return errorRegistry[code][lang].replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/** A domain error: services throw these, never HTTP errors. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
    readonly details?: unknown,
  ) {
    super(formatMessage(code, 'en', params));
    this.name = 'AppError';
    this.status = errorRegistry[code].status;
  }

  /** The wire shape of an error, with both languages and the requested one first. */
  toJSON(lang: Lang = 'vi') {
    return {
      error: {
        code: this.code,
        message: formatMessage(this.code, lang, this.params),
        messages: { vi: formatMessage(this.code, 'vi', this.params), en: formatMessage(this.code, 'en', this.params) },
        ...(this.details === undefined ? {} : { details: this.details }),
      },
    };
  }
}
