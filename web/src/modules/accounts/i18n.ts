/**
 * The words of the accounts screen, added to the app's one translation
 * namespace when the screen loads: Vietnamese first, English with the same keys.
 */
import { addStrings } from '../common/i18n';

const vi = {
  menu: { accounts: 'Tài khoản' },
  accounts: {
    title: 'Tài khoản người dùng',
    intro:
      'Thêm tài khoản cho cán bộ, đặt lại mật khẩu, khóa tài khoản. Mật khẩu dùng một lần chỉ hiện một lần; người dùng phải đổi khi đăng nhập.',
    add: 'Thêm tài khoản',
    username: 'Tên đăng nhập',
    usernameHint: '3–64 chữ cái không dấu, chữ số, dấu . _ -',
    displayName: 'Họ tên hiển thị',
    role: 'Vai trò',
    scope: 'Phạm vi',
    scopeHint: 'Đơn vị mà tài khoản được xem và sửa (để trống chỉ với quản trị: toàn bộ)',
    status: 'Trạng thái',
    created: 'Ngày tạo',
    active: 'Đang dùng',
    mustChange: 'Chờ đổi mật khẩu',
    locked: 'Tạm khóa đến {{time}}',
    disabled: 'Đã khóa',
    reset: 'Đặt lại mật khẩu',
    resetConfirm: 'Đặt mật khẩu dùng một lần mới cho {{username}}? Mọi phiên đăng nhập của tài khoản này sẽ kết thúc.',
    disable: 'Khóa',
    disableConfirm: 'Khóa tài khoản {{username}}? Mọi phiên đăng nhập của tài khoản này kết thúc ngay.',
    enableHint: 'Đặt lại mật khẩu để mở lại tài khoản đã khóa.',
    oneTimeTitle: 'Mật khẩu dùng một lần của {{username}}',
    oneTimeText:
      'Mật khẩu này chỉ hiện một lần. Hãy chuyển cho người dùng qua kênh an toàn; họ phải đổi khi đăng nhập lần đầu.',
    copy: 'Sao chép',
    copied: 'Đã sao chép',
    disabledDone: 'Đã khóa {{username}}; kết thúc {{count}} phiên.',
    required: 'Hãy nhập {{field}}',
    save: 'Thêm',
    cancel: 'Hủy',
    close: 'Đóng',
    all: 'Toàn bộ các đơn vị',
  },
};

const en: typeof vi = {
  menu: { accounts: 'Accounts' },
  accounts: {
    title: 'User accounts',
    intro:
      'Add accounts for staff, reset passwords, disable accounts. A one-time password is shown once; the user must change it at sign-in.',
    add: 'Add account',
    username: 'User name',
    usernameHint: '3–64 unaccented letters, digits, . _ -',
    displayName: 'Display name',
    role: 'Role',
    scope: 'Scope',
    scopeHint: 'The unit the account sees and changes (empty for administrators only: everything)',
    status: 'Status',
    created: 'Created',
    active: 'Active',
    mustChange: 'Must change password',
    locked: 'Locked until {{time}}',
    disabled: 'Disabled',
    reset: 'Reset password',
    resetConfirm: 'Set a new one-time password for {{username}}? All sessions of this account end.',
    disable: 'Disable',
    disableConfirm: 'Disable the account {{username}}? All its sessions end at once.',
    enableHint: 'Reset the password to re-enable a disabled account.',
    oneTimeTitle: 'One-time password of {{username}}',
    oneTimeText:
      'This password is shown only once. Pass it to the user over a safe channel; they must change it at first sign-in.',
    copy: 'Copy',
    copied: 'Copied',
    disabledDone: '{{username}} disabled; {{count}} sessions ended.',
    required: 'Enter the {{field}}',
    save: 'Add',
    cancel: 'Cancel',
    close: 'Close',
    all: 'All units',
  },
};

addStrings(vi, en);
