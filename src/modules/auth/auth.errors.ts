/** The auth module's error codes: signing in, sessions, CSRF, roles and scope, passwords, accounts. */
import { defineErrors } from '../../platform/errors.js';

export const authErrors = defineErrors({
  AUTH_REQUIRED: { status: 401, vi: 'Cần đăng nhập để dùng chức năng này', en: 'Sign in to use this' },
  AUTH_INVALID: { status: 401, vi: 'Tên đăng nhập hoặc mật khẩu không đúng', en: 'Wrong user name or password' },
  AUTH_PASSWORD_WRONG: { status: 400, vi: 'Mật khẩu hiện tại không đúng', en: 'The current password is wrong' },
  AUTH_LOCKED: {
    status: 429,
    vi: 'Đăng nhập sai quá nhiều lần; tài khoản tạm khóa đến {until}. Hãy thử lại sau hoặc liên hệ quản trị viên',
    en: 'Too many failed sign-ins; the account is locked until {until}. Try again later or ask an administrator',
  },
  AUTH_THROTTLED: {
    status: 429,
    vi: 'Có quá nhiều lần đăng nhập sai từ máy này; hãy thử lại sau {minutes} phút',
    en: 'Too many failed sign-ins from this address; try again in {minutes} minutes',
  },
  SESSION_EXPIRED: {
    status: 401,
    vi: 'Phiên làm việc đã hết hạn; hãy đăng nhập lại',
    en: 'Your session has expired; sign in again',
  },
  CSRF_INVALID: {
    status: 403,
    vi: 'Yêu cầu thiếu mã chống giả mạo (CSRF) hợp lệ; hãy tải lại trang',
    en: 'The request lacks a valid anti-forgery (CSRF) token; reload the page',
  },
  PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    vi: 'Tài khoản đang dùng mật khẩu cấp một lần: hãy đổi mật khẩu (trang Tài khoản) trước khi làm việc khác',
    en: 'This account has a one-time password: change it (the account page) before doing anything else',
  },
  FORBIDDEN_ROLE: {
    status: 403,
    vi: 'Vai trò "{role}" không được phép làm việc này',
    en: 'The role "{role}" may not do this',
  },
  OUT_OF_SCOPE: {
    status: 403,
    vi: '"{code}" nằm ngoài phạm vi tài khoản của bạn',
    en: '"{code}" is outside your account\'s scope',
  },
  PASSWORD_TOO_SHORT: {
    status: 400,
    vi: 'Mật khẩu cần ít nhất {min} ký tự',
    en: 'The password needs at least {min} characters',
  },
  PASSWORD_TOO_LONG: {
    status: 400,
    vi: 'Mật khẩu dài quá {max} ký tự',
    en: 'The password is longer than {max} characters',
  },
  PASSWORD_TOO_COMMON: {
    status: 400,
    vi: 'Mật khẩu quá phổ biến hoặc chứa tên đăng nhập; hãy chọn mật khẩu khác (ví dụ một câu dài)',
    en: 'The password is too common or contains the user name; choose another (a long phrase, say)',
  },
  ACCOUNT_EXISTS: { status: 409, vi: 'Đã có tài khoản "{username}"', en: 'The account "{username}" already exists' },
  ACCOUNT_SELF_DISABLE: {
    status: 409,
    vi: 'Không thể tự khóa tài khoản đang dùng; hãy nhờ quản trị viên khác',
    en: 'You cannot disable the account you are signed in with; ask another administrator',
  },
  ACCOUNT_NOT_FOUND: { status: 404, vi: 'Không có tài khoản "{username}"', en: 'No account "{username}"' },
  UNKNOWN_ROLE: {
    status: 400,
    vi: 'Không có vai trò "{value}"; các vai trò: {allowed}',
    en: 'Unknown role "{value}"; roles: {allowed}',
  },
});
