/** The words of the working-day calendar on the rules screen: Vietnamese first, English with the same keys. */
import { addStrings } from '../common/i18n';

const vi = {
  calendarWf: {
    title: 'Lịch ngày làm việc dùng để tính thời hạn',
    year: 'Năm',
    basis: {
      table: 'Theo thông báo nghỉ lễ của năm (có sẵn)',
      database: 'Theo thông báo nghỉ lễ do quản trị viên nhập',
      rule: 'Chưa có thông báo: tính theo Bộ luật Lao động (tạm tính, có thể khác khi có thông báo)',
    },
    date: 'Ngày',
    kind: 'Loại',
    off: 'Nghỉ',
    worked: 'Làm bù',
    holiday: 'Dịp',
    source: 'Nguồn',
    weekdaysOff: 'Ngày thường được nghỉ',
    saturdaysWorked: 'Ngày cuối tuần làm bù',
    none: 'không có',
  },
};

const en: typeof vi = {
  calendarWf: {
    title: 'The working-day calendar deadlines count on',
    year: 'Year',
    basis: {
      table: "From the year's notice of days off (shipped)",
      database: "From the year's notice of days off entered by an administrator",
      rule: 'No notice yet: counted by the Labour Code (provisional until the notice is entered)',
    },
    date: 'Date',
    kind: 'Kind',
    off: 'Day off',
    worked: 'Worked',
    holiday: 'Break',
    source: 'Source',
    weekdaysOff: 'Weekdays off',
    saturdaysWorked: 'Weekend days worked',
    none: 'none',
  },
};

addStrings(vi, en);
