/**
 * The demo portal: categories, articles of invented text in the manner of a
 * provincial committee's news site (one with an image), the results
 * articles, one open poll and one closed one. Loaded once: a database that
 * has categories already is left as it is.
 *
 * The results articles state the register's figures, so none of them is
 * written here: each is the report of a period over the register just
 * loaded, made by the report-publishing path (narrative, chart and tables)
 * and published the day after its period ends.
 */
import { crc32, deflateSync } from 'node:zlib';
import { withActor, type AuditActor } from '../../platform/audit.js';
import type { Db } from '../../platform/db.js';
import { putSetting } from '../auth/accounts.repository.js';
import {
  insertArticleDraft,
  insertArticleImage,
  insertCategories,
  listCategories,
  setPublication,
  updateArticle,
} from '../portal/articles.repository.js';
import { insertBallot, insertPoll, pollResults } from '../portal/polls.repository.js';
import { vietnamDay } from '../portal/counter.js';
import { addCounts, type DayCounts } from '../portal/visits.repository.js';
import { sanitizeBody } from '../portal/portal.service.js';
import { AppError } from '../errors.js';
import { subtreeAt } from '../units/units.repository.js';
import { buildReport } from '../reports/reports.service.js';
import { reportChartSvg } from '../reports/reports.chart.js';
import { insertReportDraft } from '../reports/reports.publish.js';
import type { Report } from '../reports/reports.schema.js';
import { isoOf } from './demo.dates.js';
import { DIRECTIVE, REFORM, TODAY } from './demo.model.js';

export const DEMO_PORTAL_NAME = 'Cổng thông tin điện tử Tỉnh ủy Hưng Yên (mẫu)';

/** A PNG of a red band fading to gold: enough of a picture for the demo, made here rather than shipped. */
export function demoPng(width = 480, height = 270): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) {
      const t = x / width;
      const star = Math.hypot(x - width * 0.5, y - height * 0.5) < height * 0.18;
      raw[row + 1 + x * 3] = star ? 255 : Math.round(179 + 60 * t);
      raw[row + 2 + x * 3] = star ? 214 : Math.round(18 + 150 * t * (y / height));
      raw[row + 3 + x * 3] = star ? 0 : 31;
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const categories = [
  { slug: 'tin-tuc-su-kien', name: 'Tin tức - Sự kiện', nameEn: 'News', position: 1 },
  { slug: 'xay-dung-dang', name: 'Xây dựng Đảng', nameEn: 'Party building', position: 2 },
  { slug: 'chi-dao-dieu-hanh', name: 'Chỉ đạo - Điều hành', nameEn: 'Directions', position: 3 },
  { slug: 'thong-bao', name: 'Thông báo', nameEn: 'Notices', position: 4 },
];

const p = (...paras: string[]) => paras.map((x) => `<p>${x}</p>`).join('\n');

/** [category slug, title, summary, body, hours ago] */
const articles: [string, string, string, string, number][] = [
  [
    'tin-tuc-su-kien',
    'Hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm',
    'Hội nghị đánh giá kết quả công tác tổ chức xây dựng Đảng, triển khai nhiệm vụ trọng tâm 6 tháng cuối năm.',
    p(
      'Sáng nay, Ban Tổ chức Tỉnh ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm. Dự hội nghị có đại diện lãnh đạo các đảng bộ trực thuộc.',
      '{IMG}',
      'Trong 6 tháng, toàn Đảng bộ kết nạp được nhiều đảng viên mới, trong đó có đảng viên ở các thôn trước đây chưa có đảng viên. Công tác kiểm tra, giám sát được tăng cường.',
      'Hội nghị thống nhất các nhiệm vụ trọng tâm: tiếp tục rà soát thôn chưa có chi bộ riêng, chuẩn bị nhân sự bầu trưởng thôn nhiệm kỳ mới.',
    ),
    30,
  ],
  [
    'xay-dung-dang',
    'Kết nạp đảng viên đầu tiên tại thôn chưa có đảng viên',
    'Lễ kết nạp được tổ chức trang trọng tại nhà văn hóa thôn, đánh dấu thôn chính thức xóa "trắng" đảng viên.',
    p(
      'Chi bộ ghép đã tổ chức lễ kết nạp đảng viên cho quần chúng ưu tú là đoàn viên thanh niên của thôn. Đây là đảng viên đầu tiên của thôn sau nhiều năm.',
      'Phát biểu tại buổi lễ, đồng chí Bí thư Đảng ủy xã đề nghị đảng viên mới không ngừng học tập, rèn luyện, phát huy vai trò tiên phong, gương mẫu ở khu dân cư.',
    ),
    54,
  ],
  [
    'chi-dao-dieu-hanh',
    'Điều động đảng viên là cán bộ xã về sinh hoạt tại các thôn ít đảng viên',
    'Các đảng ủy xã được yêu cầu rà soát, điều động đảng viên là cán bộ, công chức xã về sinh hoạt tại thôn chỉ có 1–2 đảng viên.',
    p(
      'Thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy, các đảng ủy xã rà soát danh sách thôn, tổ dân phố chỉ có 1–2 đảng viên, xây dựng kế hoạch điều động đảng viên là cán bộ, công chức xã về sinh hoạt, đủ điều kiện thành lập chi bộ.',
      'Việc điều động bảo đảm chi bộ nơi đi vẫn đủ số đảng viên chính thức theo quy định; đảng viên được điều động tham gia sinh hoạt chi bộ ở thôn và giúp đỡ quần chúng ưu tú phấn đấu vào Đảng.',
    ),
    80,
  ],
  [
    'xay-dung-dang',
    'Thành lập chi bộ thôn sau khi đủ ba đảng viên chính thức',
    'Quyết định thành lập chi bộ được trao ngay sau khi thôn có đủ 3 đảng viên chính thức theo Điều lệ Đảng.',
    p(
      'Đảng ủy xã đã trao quyết định thành lập chi bộ thôn và chỉ định Bí thư chi bộ lâm thời. Trước đó, thôn sinh hoạt trong chi bộ ghép cùng thôn bên cạnh.',
      'Việc có chi bộ riêng giúp công tác lãnh đạo ở khu dân cư sát hơn, tạo điều kiện phát triển đảng viên mới tại chỗ.',
    ),
    110,
  ],
  [
    'tin-tuc-su-kien',
    'Bầu trưởng thôn nhiệm kỳ mới: giới thiệu đảng viên có năng lực ứng cử',
    'Nhiều thôn bầu được trưởng thôn là đảng viên, góp phần nâng tỷ lệ trưởng thôn là đảng viên.',
    p(
      'Các đảng ủy xã đã chủ động giới thiệu đảng viên có uy tín, năng lực ứng cử trưởng thôn trong các cuộc bầu cử định kỳ. Kết quả, nhiều thôn lần đầu có trưởng thôn là đảng viên.',
      'Ban Tổ chức Tỉnh ủy đề nghị các địa phương theo dõi thời hạn nhiệm kỳ của trưởng thôn để chuẩn bị nhân sự từ sớm.',
    ),
    150,
  ],
  [
    'chi-dao-dieu-hanh',
    'Hướng dẫn cập nhật sổ đăng ký đảng viên theo đơn vị hành chính mới',
    'Từ 1/7/2025, dữ liệu thôn, tổ dân phố được chuyển về xã, phường mới theo quyết định sắp xếp đơn vị hành chính.',
    p(
      'Văn phòng Tỉnh ủy hướng dẫn các đảng ủy cơ sở cập nhật nơi sinh hoạt của đảng viên theo thôn, tổ dân phố thuộc xã, phường mới. Lịch sử trước ngày sắp xếp được giữ nguyên để phục vụ báo cáo so sánh.',
    ),
    200,
  ],
  [
    'thong-bao',
    'Thông báo lịch tiếp công dân của Thường trực Tỉnh ủy',
    'Thường trực Tỉnh ủy tiếp công dân định kỳ vào ngày 15 hằng tháng.',
    p(
      'Thường trực Tỉnh ủy tiếp công dân định kỳ vào ngày 15 hằng tháng tại Trụ sở Tiếp công dân tỉnh. Trường hợp trùng ngày nghỉ, lịch tiếp được chuyển sang ngày làm việc kế tiếp.',
    ),
    260,
  ],
  [
    'thong-bao',
    'Thông báo mở lớp bồi dưỡng nhận thức về Đảng',
    'Các đảng ủy cơ sở gửi danh sách quần chúng ưu tú trước ngày 20 tháng này.',
    p(
      'Trung tâm Chính trị cấp huyện mở lớp bồi dưỡng nhận thức về Đảng cho quần chúng ưu tú. Giấy chứng nhận có giá trị 5 năm.',
    ),
    320,
  ],
  [
    'tin-tuc-su-kien',
    'Tổ công tác huyện về thôn "xóa trắng" đảng viên',
    'Tổ công tác làm việc với chi bộ ghép và ban công tác mặt trận thôn.',
    p(
      'Tổ công tác đã khảo sát, nắm danh sách quần chúng ưu tú, phân công đảng viên giúp đỡ và lập kế hoạch bồi dưỡng, kết nạp trong năm.',
    ),
    400,
  ],
  [
    'xay-dung-dang',
    'Chi bộ ghép và lộ trình tách chi bộ ở khu dân cư',
    'Chi bộ ghép là bước chuyển tiếp khi thôn chưa đủ 3 đảng viên chính thức.',
    p(
      'Khi thôn chưa đủ 3 đảng viên chính thức, đảng viên sinh hoạt ở chi bộ ghép với thôn bên cạnh. Khi đủ điều kiện, đảng ủy xã xem xét tách và thành lập chi bộ riêng.',
    ),
    500,
  ],
  [
    'thong-bao',
    'Thông báo về việc thử nghiệm cổng thông tin',
    'Cổng thông tin đang chạy thử nghiệm với dữ liệu mẫu.',
    p(
      'Đây là dữ liệu mẫu để thử nghiệm cổng thông tin. Các bài viết, số liệu và tên người trên trang này là giả định.',
    ),
    700,
  ],
];

/**
 * The periods of the results articles: the directive's first years (from its
 * issue on 15/3/2013 to the end of 2017), and the time since the communes of
 * 1/7/2025 up to the last day of the demo's history.
 */
export const resultPeriods: { from: string; to: string }[] = [
  { from: isoOf(DIRECTIVE)!, to: '2017-12-31' },
  { from: isoOf(REFORM)!, to: isoOf(TODAY)! },
];

/** When a results article is published: 8:00 in Vietnam the day after its period, or an hour ago if that is still to come. */
export function resultPublishedAt(to: string, now: number): string {
  const next = Date.parse(`${to}T01:00:00Z`) + 86400_000;
  return new Date(Math.min(next, now - 3600_000)).toISOString();
}

/**
 * The reports of the results articles: the province of the register on the
 * demo's last day, over each period it existed through. None when the
 * register has no province then.
 */
async function resultReports(db: Db): Promise<Report[]> {
  // the tree's root is the country; the province stands below it
  const province = (await subtreeAt(db, isoOf(TODAY)!, null, 1)).find((u) => u.level === 'province');
  if (!province) return [];
  const reports: Report[] = [];
  for (const { from, to } of resultPeriods) {
    try {
      reports.push(await buildReport(db, { scope: province.code, from, to }));
    } catch (e) {
      if (!(e instanceof AppError && e.code === 'UNIT_NOT_VALID_AT')) throw e;
    }
  }
  return reports;
}

/** Loads the demo portal unless the database already has categories. */
export async function loadPortalDemo(db: Db, actor: AuditActor, now = Date.now()): Promise<void> {
  if ((await listCategories(db)).length > 0) return;
  // read before the transaction: the embedded database has one connection
  const reports = await resultReports(db);
  const charts = await Promise.all(reports.map((r) => reportChartSvg(r, 'vi')));
  await withActor(db, actor, async (tx) => {
    await putSetting(tx, 'portal.name', DEMO_PORTAL_NAME);
    const cats = await insertCategories(tx, categories);
    for (const [slug, title, summary, body, hoursAgo] of [...articles].reverse()) {
      const a = await insertArticleDraft(tx, {
        title,
        summary,
        authorLine: 'HY- VPTU',
        categoryId: cats.find((c) => c.slug === slug)!.id,
      });
      let html = body;
      if (html.includes('{IMG}')) {
        const img = await insertArticleImage(tx, {
          articleId: a.id,
          contentType: 'image/png',
          data: demoPng(),
          alt: 'Ảnh minh họa',
        });
        html = html.replace(
          '<p>{IMG}</p>',
          `<figure><img src="/anh/${img}" alt="Ảnh minh họa"><figcaption>Ảnh minh họa (dữ liệu mẫu)</figcaption></figure>`,
        );
      }
      await updateArticle(tx, a.id, {
        title,
        summary,
        bodyHtml: sanitizeBody(html),
        authorLine: 'HY- VPTU',
        categoryId: cats.find((c) => c.slug === slug)!.id,
      });
      await setPublication(tx, a.id, {
        publishedAt: new Date(now - hoursAgo * 3600_000).toISOString(),
        unpublishedAt: null,
      });
    }
    const results = cats.find((c) => c.slug === 'xay-dung-dang')!.id;
    for (const [i, r] of reports.entries()) {
      const a = await insertReportDraft(tx, r, { lang: 'vi', svg: charts[i], categoryId: results });
      await setPublication(tx, a.id, { publishedAt: resultPublishedAt(r.to, now), unpublishedAt: null });
    }
    await insertPoll(
      tx,
      {
        question: 'Theo bạn, giải pháp nào hiệu quả nhất để xóa thôn chưa có chi bộ riêng?',
        multiple: false,
        opensAt: new Date(now - 86400_000).toISOString(),
        closesAt: new Date(now + 60 * 86400_000).toISOString(),
      },
      [
        'Điều động đảng viên là cán bộ xã về sinh hoạt tại thôn',
        'Tăng cường kết nạp đảng viên mới tại thôn',
        'Cử tổ công tác của cấp trên về thôn',
        'Giới thiệu đảng viên ứng cử trưởng thôn',
      ],
    );
    const closed = await insertPoll(
      tx,
      {
        question: 'Bạn thường đọc tin tức của Tỉnh ủy trên thiết bị nào?',
        multiple: true,
        opensAt: new Date(now - 40 * 86400_000).toISOString(),
        closesAt: new Date(now - 10 * 86400_000).toISOString(),
      },
      ['Điện thoại', 'Máy tính', 'Máy tính bảng'],
    );
    // the closed poll's ballots and two months of visits, made up, so the demo shows results and a chart
    const [poll] = await pollResults(tx, { id: closed });
    for (let i = 0; i < 57; i++) {
      const choice = poll.options.filter((_, k) => (i * 7 + k * 3) % 5 < (k === 0 ? 4 : 2)).map((o) => o.id);
      await insertBallot(
        tx,
        closed,
        { guestCookie: `demo-${i}`, guestHash: `demo-${i}` },
        choice.length ? choice : [poll.options[0].id],
      );
    }
    const days = new Map<string, DayCounts>();
    for (let d = 60; d >= 1; d--) {
      const day = vietnamDay(now - d * 86400_000);
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      const base = (weekday === 0 || weekday === 6 ? 140 : 260) + ((d * 37) % 90);
      days.set(day, { guestVisits: base, memberVisits: Math.round(base / 9), views: Math.round(base * 2.6) });
    }
    await addCounts(tx, new Map(), days);
  });
}
