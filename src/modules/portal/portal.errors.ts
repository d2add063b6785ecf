/** The portal module's error codes: articles, images and polls. */
import { defineErrors } from '../../platform/errors.js';

export const portalErrors = defineErrors({
  ARTICLE_NOT_FOUND: { status: 404, vi: 'Không có bài viết số {id}', en: 'No article {id}' },
  PORTAL_CATEGORY_NOT_FOUND: { status: 400, vi: 'Không có chuyên mục số {id}', en: 'No category {id}' },
  IMAGE_UNSUPPORTED: {
    status: 415,
    vi: 'Ảnh "{type}" không được nhận; chỉ nhận {allowed}',
    en: 'The image type "{type}" is not accepted; send {allowed}',
  },
  IMAGE_TOO_LARGE: {
    status: 413,
    vi: 'Ảnh nặng {size}, quá giới hạn {max}',
    en: 'The image is {size}, over the limit of {max}',
  },
  POLL_NOT_FOUND: { status: 404, vi: 'Không có cuộc bình chọn số {id}', en: 'No poll {id}' },
  POLL_NOT_OPEN: {
    status: 409,
    vi: 'Cuộc bình chọn này không mở vào lúc này (thời gian bình chọn: {period})',
    en: 'This poll is not open now (voting period: {period})',
  },
  POLL_ALREADY_VOTED: {
    status: 409,
    vi: 'Bạn đã bình chọn trong cuộc bình chọn này; mỗi người chỉ được bình chọn một lần',
    en: 'You have already voted in this poll; each person votes once',
  },
  POLL_RATE_LIMITED: {
    status: 429,
    vi: 'Có quá nhiều phiếu bình chọn của khách từ địa chỉ mạng này; hãy thử lại sau hoặc đăng nhập để bình chọn',
    en: 'Too many guest ballots from this network address; try again later, or sign in to vote',
  },
  POLL_NO_CHOICE: {
    status: 400,
    vi: 'Hãy chọn một phương án trước khi bình chọn',
    en: 'Choose an option before voting',
  },
  POLL_SINGLE_CHOICE: {
    status: 400,
    vi: 'Cuộc bình chọn này chỉ cho chọn một phương án',
    en: 'This poll allows one option only',
  },
  POLL_OPTION_UNKNOWN: {
    status: 400,
    vi: 'Phương án {options} không thuộc cuộc bình chọn này',
    en: 'Option {options} is not in this poll',
  },
  POLL_HAS_VOTES: {
    status: 409,
    vi: 'Cuộc bình chọn đã có {count} phiếu; không sửa được các phương án',
    en: 'The poll already has {count} ballots; its options cannot change',
  },
});
