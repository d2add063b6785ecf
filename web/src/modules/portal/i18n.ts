/** The words of the portal editors' screens: Vietnamese first, English with the same keys. */
import i18n from '../../i18n';

const vi = {
  menu: { portal: 'Cổng thông tin' },
  portal: {
    title: 'Cổng thông tin',
    open: 'Xem cổng thông tin',
    tabs: { articles: 'Bài viết', polls: 'Bình chọn', visits: 'Lượt truy cập' },
    newArticle: 'Viết bài mới',
    editArticle: 'Sửa bài viết',
    newTitle: 'Bài viết mới',
    fields: {
      title: 'Tiêu đề', summary: 'Tóm tắt', body: 'Nội dung', author: 'Dòng tác giả', category: 'Chuyên mục', state: 'Trạng thái',
      publishedAt: 'Thời gian đăng', views: 'Lượt xem', updatedAt: 'Sửa lần cuối', scheduleAt: 'Hẹn giờ đăng',
    },
    bodyHint: 'Gõ văn bản (mỗi đoạn cách một dòng trống) hoặc HTML đơn giản; ảnh chèn bằng nút bên dưới.',
    authorHint: 'Ví dụ: HY- VPTU',
    noCategory: '(không chuyên mục)',
    insertImage: 'Chèn ảnh',
    imageInserted: 'Đã tải ảnh lên và chèn vào nội dung.',
    saveDraft: 'Lưu',
    publish: 'Đăng ngay',
    schedule: 'Hẹn giờ đăng',
    unpublish: 'Gỡ bài',
    view: 'Xem trên cổng',
    saved: 'Đã lưu.',
    published: 'Đã đăng.',
    scheduled: 'Đã hẹn giờ đăng.',
    unpublished: 'Đã gỡ bài.',
    pickTime: 'Chọn thời điểm đăng',
    states: { draft: 'Bản nháp', scheduled: 'Hẹn giờ', public: 'Đang đăng', unpublished: 'Đã gỡ' },
    pollStates: { upcoming: 'Chưa mở', open: 'Đang mở', closed: 'Đã đóng' },
    newPoll: 'Tạo bình chọn',
    editPoll: 'Sửa bình chọn',
    poll: {
      question: 'Câu hỏi', multiple: 'Cho chọn nhiều phương án', opensAt: 'Mở từ', closesAt: 'Đóng lúc', options: 'Các phương án (mỗi dòng một phương án)',
      ballots: 'Số người bình chọn', results: 'Kết quả', noClose: 'Không hạn', optionsHint: 'Ít nhất 2 phương án; không sửa được khi đã có phiếu.',
      baseSingle: 'Tỷ lệ tính trên tổng số {{n}} phiếu.',
      baseMultiple: 'Tỷ lệ tính trên {{n}} người bình chọn; mỗi người chọn được nhiều phương án nên tổng các tỷ lệ có thể vượt quá 100%.',
    },
    visits: { title: 'Lượt truy cập theo ngày', days: '{{n}} ngày', guests: 'Lượt truy cập của khách', members: 'Lượt truy cập của thành viên', views: 'Lượt xem trang', total: 'Tổng {{n}} lượt truy cập' },
  },
};

const en: typeof vi = {
  menu: { portal: 'Portal' },
  portal: {
    title: 'Public portal',
    open: 'Open the portal',
    tabs: { articles: 'Articles', polls: 'Polls', visits: 'Visits' },
    newArticle: 'New article',
    editArticle: 'Edit article',
    newTitle: 'New article',
    fields: {
      title: 'Title', summary: 'Summary', body: 'Body', author: 'Byline', category: 'Category', state: 'State',
      publishedAt: 'Published', views: 'Views', updatedAt: 'Last changed', scheduleAt: 'Publish at',
    },
    bodyHint: 'Type text (paragraphs separated by a blank line) or simple HTML; insert images with the button below.',
    authorHint: 'For example: HY- VPTU',
    noCategory: '(no category)',
    insertImage: 'Insert image',
    imageInserted: 'The image was uploaded and inserted.',
    saveDraft: 'Save',
    publish: 'Publish now',
    schedule: 'Schedule',
    unpublish: 'Unpublish',
    view: 'View on the portal',
    saved: 'Saved.',
    published: 'Published.',
    scheduled: 'Scheduled.',
    unpublished: 'Unpublished.',
    pickTime: 'Choose when to publish',
    states: { draft: 'Draft', scheduled: 'Scheduled', public: 'Published', unpublished: 'Unpublished' },
    pollStates: { upcoming: 'Not open yet', open: 'Open', closed: 'Closed' },
    newPoll: 'New poll',
    editPoll: 'Edit poll',
    poll: {
      question: 'Question', multiple: 'Allow several options', opensAt: 'Opens', closesAt: 'Closes', options: 'Options (one per line)',
      ballots: 'People who voted', results: 'Results', noClose: 'No end', optionsHint: 'At least 2 options; they cannot change once there are ballots.',
      baseSingle: 'Shares of the {{n}} ballots in all.',
      baseMultiple: 'Shares of the {{n}} people who voted; each could choose several options, so the shares may add up to more than 100%.',
    },
    visits: { title: 'Visits per day', days: '{{n}} days', guests: 'Guest visits', members: 'Member visits', views: 'Page views', total: '{{n}} visits in all' },
  },
};

i18n.addResourceBundle('vi', 'translation', vi, true, false);
i18n.addResourceBundle('en', 'translation', en, true, false);
