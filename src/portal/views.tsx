/**
 * The portal's pages as React components rendered to static HTML on the
 * server (renderToStaticMarkup escapes every text and attribute). Only an
 * article's body, sanitised when it is saved and again when it is shown, goes
 * in as HTML.
 */
import type { ReactNode } from 'react';
import type { Category, LiveStatsView, PollResultView } from '../modules/portal/portal.schema.js';
import { formatDateTimeVi as viTime } from '../platform/dates.js';

export const NO_ACTIVE_POLL = 'Hiện tại không có bình chọn nào đang hoạt động.';

const vn = new Intl.NumberFormat('vi-VN');
export const num = (n: number) => vn.format(n);

export interface Site {
  name: string;
  /** The page's own path, where a vote sent by a form comes back to. */
  path: string;
  categories: Category[];
  polls: PollResultView[];
  closedPoll: PollResultView | null;
  stats: LiveStatsView;
  /** The outcome of a vote sent by a form (no JavaScript), shown above its poll. */
  voted?: { pollId: number; message: string; ok: boolean } | null;
  /** Open polls in which this request has voted: their results are shown instead of their forms (a page rendered for one request). */
  results?: number[];
}

export interface ListItem {
  id: number;
  url: string;
  title: string;
  summary: string;
  authorLine: string;
  publishedAt: string;
  imageUrl: string | null;
  category: Category | null;
}

/** A share of the base, as the portal shows it: "80,7%". */
const pct = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });

/**
 * What a poll's percentages are of: the people who voted. In a single-choice
 * poll that is its ballots (one choice each, so the shares add up to 100%);
 * in a multiple-choice one each share is of the people who took part, and the
 * shares may add up to more. The same words as the client script's (portal.js).
 */
export function resultsBase(poll: Pick<PollResultView, 'multiple' | 'ballots'>): string | null {
  if (poll.ballots === 0) return null;
  return poll.multiple
    ? `Tỷ lệ tính trên ${num(poll.ballots)} người bình chọn; mỗi người chọn được nhiều phương án nên tổng các tỷ lệ có thể vượt quá 100%.`
    : `Tỷ lệ tính trên tổng số ${num(poll.ballots)} phiếu.`;
}

/** An option's votes, with its share of the voters: "46 phiếu (80,7%)". */
export const optionVotes = (votes: number, ballots: number) =>
  `${num(votes)} phiếu${ballots > 0 ? ` (${pct.format(votes / ballots)})` : ''}`;

function Results({ poll }: { poll: PollResultView }) {
  const base = resultsBase(poll);
  return (
    <div className="poll-results" data-poll-results={poll.id}>
      <ul>
        {poll.options.map((o) => (
          <li key={o.id}>
            <span className="label">{o.label}</span>
            <span className="votes">{optionVotes(o.votes, poll.ballots)}</span>
            <span className="bar">
              <span style={{ width: `${poll.ballots > 0 ? Math.round((o.votes / poll.ballots) * 1000) / 10 : 0}%` }} />
            </span>
          </li>
        ))}
      </ul>
      <p className="muted">Tổng số người bình chọn: {num(poll.ballots)}</p>
      {base && <p className="muted base">{base}</p>}
    </div>
  );
}

function PollBlock({ site }: { site: Site }) {
  return (
    <section className="box" id="binh-chon" aria-labelledby="binh-chon-h">
      <h2 id="binh-chon-h">Bình chọn</h2>
      {site.polls.length === 0 && <p className="no-poll">{NO_ACTIVE_POLL}</p>}
      {site.polls.map((p) => {
        const voted = site.voted && site.voted.pollId === p.id ? site.voted : null;
        return (
          <div className="poll" key={p.id} data-poll={p.id}>
            <p className="question">{p.question}</p>
            {voted && (
              <p className={voted.ok ? 'notice ok' : 'notice err'} role="status">
                {voted.message}
              </p>
            )}
            {site.results?.includes(p.id) ? (
              <Results poll={p} />
            ) : (
              <form method="post" action={`/api/portal/polls/${p.id}/vote`} className="poll-form">
                <input type="hidden" name="back" value={site.path} />
                {p.options.map((o) => (
                  <label key={o.id}>
                    <input type={p.multiple ? 'checkbox' : 'radio'} name="option" value={o.id} /> {o.label}
                  </label>
                ))}
                <p className="poll-msg" role="status" aria-live="polite" />
                <button type="submit">Bình chọn</button>
              </form>
            )}
            {p.closesAt && <p className="muted">Kết thúc: {viTime(p.closesAt)}</p>}
          </div>
        );
      })}
      {site.closedPoll && (
        <div className="poll closed" data-poll={site.closedPoll.id}>
          <p className="muted">Kết quả bình chọn đã kết thúc</p>
          <p className="question">{site.closedPoll.question}</p>
          <Results poll={site.closedPoll} />
        </div>
      )}
    </section>
  );
}

function StatsBlock({ stats }: { stats: LiveStatsView }) {
  return (
    <section className="box" id="thong-ke" aria-labelledby="thong-ke-h">
      <h2 id="thong-ke-h">Thống kê truy cập</h2>
      <dl className="stats">
        <dt>Đang trực tuyến</dt>
        <dd data-stat="online">{num(stats.online.total)}</dd>
        <dt>Khách</dt>
        <dd data-stat="guests">{num(stats.online.guests)}</dd>
        <dt>Thành viên</dt>
        <dd data-stat="members">{num(stats.online.members)}</dd>
        <dt>Tổng lượt truy cập</dt>
        <dd data-stat="visits">{num(stats.visits)}</dd>
      </dl>
    </section>
  );
}

export function Layout({
  site,
  title,
  children,
  articleId,
}: {
  site: Site;
  title: string;
  children?: ReactNode;
  articleId?: number;
}) {
  return (
    <html lang="vi">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title === site.name ? title : `${title} - ${site.name}`}</title>
        <link rel="icon" href="/favicon.ico" sizes="32x32" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/tin-tuc/_/portal.css" />
        <link rel="alternate" type="application/rss+xml" title={site.name} href="/rss.xml" />
        <script src="/tin-tuc/_/portal.js" defer />
      </head>
      <body data-article={articleId}>
        <a className="skip" href="#noi-dung">
          Bỏ qua đến nội dung chính
        </a>
        <header className="top">
          <div className="wrap">
            <a href="/" className="brand">
              {site.name}
            </a>
          </div>
          <nav className="wrap menu" aria-label="Chuyên mục">
            <a href="/">Trang chủ</a>
            {site.categories.map((c) => (
              <a key={c.id} href={`/tin-tuc/chuyen-muc/${c.slug}`}>
                {c.name}
              </a>
            ))}
            <a href="/rss.xml">RSS</a>
          </nav>
        </header>
        <div className="wrap cols">
          <main id="noi-dung">{children}</main>
          <aside>
            <PollBlock site={site} />
            <StatsBlock stats={site.stats} />
          </aside>
        </div>
        <footer className="bottom">
          <div className="wrap">© {site.name}</div>
        </footer>
        <a href="#top" className="to-top" id="len-dau" aria-label="Lên đầu trang" title="Lên đầu trang">
          ▲
        </a>
      </body>
    </html>
  );
}

function Pager({ page, pages, base }: { page: number; pages: number; base: string }) {
  if (pages <= 1) return null;
  const href = (p: number) => (p === 1 ? base : `${base}?trang=${p}`);
  return (
    <nav className="pager" aria-label="Phân trang">
      {page > 1 && (
        <a href={href(page - 1)} rel="prev">
          « Trang trước
        </a>
      )}
      <span>
        Trang {num(page)}/{num(pages)}
      </span>
      {page < pages && (
        <a href={href(page + 1)} rel="next">
          Trang sau »
        </a>
      )}
    </nav>
  );
}

/** An article's picture: a second link beside its title, hidden from screen readers and the keyboard, which have the title's. */
function Thumb({ url, image }: { url: string; image: string }) {
  // biome-ignore-start lint/a11y/useAnchorContent: the title beside it is the link screen readers and the keyboard use
  return (
    <a href={url} className="thumb" tabIndex={-1} aria-hidden="true">
      <img src={image} alt="" loading="lazy" />
    </a>
  );
  // biome-ignore-end lint/a11y/useAnchorContent: the title beside it is the link screen readers and the keyboard use
}

export function ListPage({
  heading,
  items,
  page,
  pages,
  base,
}: {
  heading: string;
  items: ListItem[];
  page: number;
  pages: number;
  base: string;
}) {
  return (
    <>
      <h1 className="page-title">{heading}</h1>
      {items.length === 0 && <p>Chưa có bài viết nào.</p>}
      <ul className="news">
        {items.map((a) => (
          <li key={a.id}>
            {a.imageUrl && <Thumb url={a.url} image={a.imageUrl} />}
            <div>
              <h2>
                <a href={a.url}>{a.title}</a>
              </h2>
              <p className="meta">
                <time dateTime={a.publishedAt}>{viTime(a.publishedAt)}</time>
                {a.category && (
                  <>
                    {' '}
                    · <a href={`/tin-tuc/chuyen-muc/${a.category.slug}`}>{a.category.name}</a>
                  </>
                )}
              </p>
              {a.summary && <p className="summary">{a.summary}</p>}
            </div>
          </li>
        ))}
      </ul>
      <Pager page={page} pages={pages} base={base} />
    </>
  );
}

export interface ArticleView {
  id: number;
  title: string;
  summary: string;
  bodyHtml: string;
  authorLine: string;
  publishedAt: string;
  views: number;
  category: Category | null;
}

export function ArticlePage({ a, related }: { a: ArticleView; related: ListItem[] }) {
  return (
    <article className="article">
      {a.category && (
        <p className="crumb">
          <a href={`/tin-tuc/chuyen-muc/${a.category.slug}`}>{a.category.name}</a>
        </p>
      )}
      <h1>{a.title}</h1>
      <p className="meta">
        <time dateTime={a.publishedAt}>{viTime(a.publishedAt)}</time> ·{' '}
        <span className="views">
          <span data-views={a.id}>{num(a.views)}</span> lượt xem
        </span>
      </p>
      {a.summary && <p className="lead">{a.summary}</p>}
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the body is cleaned on the server when saved (sanitizeBody, portal.service.ts) */}
      <div className="body" dangerouslySetInnerHTML={{ __html: a.bodyHtml }} />
      {a.authorLine && <p className="author">{a.authorLine}</p>}
      {related.length > 0 && (
        <section className="related">
          <h2>Tin khác</h2>
          <ul>
            {related.map((r) => (
              <li key={r.id}>
                <a href={r.url}>{r.title}</a> <span className="muted">({viTime(r.publishedAt)})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

export function NotFoundPage() {
  return (
    <>
      <h1 className="page-title">Không tìm thấy trang</h1>
      <p>
        Bài viết hoặc trang này không có hoặc đã được gỡ. <a href="/">Về trang chủ</a>
      </p>
    </>
  );
}
