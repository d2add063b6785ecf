/** The cells module's error codes: founding a cell, and the combined cells it leaves behind. */
import { defineErrors } from '../../platform/errors.js';

export const cellsErrors = defineErrors({
  CELL_EXISTS: {
    status: 409,
    vi: 'Thôn "{code}" đã có chi bộ riêng ({cell})',
    en: 'The village "{code}" already has its own cell ({cell})',
  },
  CELL_TOO_FEW: {
    status: 422,
    vi: 'Chi bộ cần ít nhất {min} đảng viên chính thức; mới có {count}',
    en: 'A cell needs at least {min} official members; there are {count}',
  },
  CELL_MEMBER_NOT_ELIGIBLE: {
    status: 422,
    vi:
      '"{code}" không nằm trong danh sách có thể điều động (không phải đảng viên chính thức gần đó, hoặc chi bộ của ' +
      'người này sẽ còn dưới 3)',
    en:
      '"{code}" is not among those who can be transferred (not an official member nearby, or their own cell would ' +
      'fall below 3)',
  },
  COMBINED_CELL_LEFT_ALONE: {
    status: 422,
    vi:
      'Thành lập chi bộ riêng cho thôn "{village}" thì chi bộ ghép "{cell}" chỉ còn một thôn ("{left}") và sẽ bị ' +
      'tính là chi bộ riêng của thôn đó: hãy chọn giải thể chi bộ ghép "{cell}" hoặc ghép thêm một thôn khác của xã ' +
      'vào đó',
    en:
      'Founding the own cell of "{village}" leaves the combined cell "{cell}" with one village ("{left}"), which ' +
      'would then count as that village\'s own cell: choose to close "{cell}" or to attach another village of the ' +
      'commune to it',
  },
  COMBINED_CELL_MEMBERS_LEFT: {
    status: 422,
    vi:
      'Không giải thể được chi bộ ghép "{cell}" ngày {on}: {count} đảng viên ({people}) sẽ không còn nơi sinh hoạt; ' +
      'hãy chuyển sinh hoạt cho họ trước, hoặc chọn ghép thêm một thôn vào chi bộ này',
    en:
      'The combined cell "{cell}" cannot be closed on {on}: {count} member(s) ({people}) would be left without a ' +
      'placement; transfer them first, or attach another village to this cell',
  },
  COMBINED_CELL_ATTACH_INVALID: {
    status: 422,
    vi:
      'Không ghép được thôn "{code}" vào chi bộ ghép "{cell}" ngày {on}: cần một thôn khác của cùng xã "{commune}", ' +
      'chưa có chi bộ riêng và chưa thuộc chi bộ này',
    en:
      'The village "{code}" cannot be attached to the combined cell "{cell}" on {on}: it must be another village of ' +
      'the same commune "{commune}", without its own cell and not already in this cell',
  },
});
