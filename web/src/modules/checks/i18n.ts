/** The words of the data-quality checks screen: Vietnamese first, English with the same keys. */
import { addStrings } from '../common/i18n';

const vi = {
  menu: { checks: 'Kiểm tra dữ liệu' },
  chk: {
    title: 'Kiểm tra dữ liệu',
    at: 'Ngày kiểm tra',
    all: 'Toàn bộ lịch sử',
    errors: 'Lỗi',
    warnings: 'Cảnh báo',
    error: 'Lỗi',
    warning: 'Cảnh báo',
    none: 'Không phát hiện sai sót nào',
    noCommune: 'Không rõ xã',
    severity: 'Mức độ',
    finding: 'Phát hiện',
    record: 'Hồ sơ',
    dates: 'Thời gian',
    rule: 'Căn cứ',
    now: 'nay',
    card: 'Kiểm tra dữ liệu hôm nay',
    cardText: '{{errors}} lỗi, {{warnings}} cảnh báo',
    open: 'Xem chi tiết',
    xlsx: 'Tải Excel',
    downloaded: 'Đã tải {{name}}',
  },
};

const en: typeof vi = {
  menu: { checks: 'Data checks' },
  chk: {
    title: 'Data checks',
    at: 'Date checked',
    all: 'All history',
    errors: 'Errors',
    warnings: 'Warnings',
    error: 'Error',
    warning: 'Warning',
    none: 'Nothing found',
    noCommune: 'No commune',
    severity: 'Severity',
    finding: 'Finding',
    record: 'Record',
    dates: 'Period',
    rule: 'Rule',
    now: 'now',
    card: 'Data checks today',
    cardText: '{{errors}} errors, {{warnings}} warnings',
    open: 'Show',
    xlsx: 'Download Excel',
    downloaded: 'Downloaded {{name}}',
  },
};

addStrings(vi, en);
