/**
 * The portal's rules: editors' articles (sanitised HTML, publication by
 * dates), images, polls and votes. Editor writes run inside withActor: the
 * articles, categories, polls and options are audited tables.
 */
import sanitizeHtml from 'sanitize-html';
import { createHash } from 'node:crypto';
import { recordEvent, withActor, type AuditActor } from '../../platform/audit.js';
import type { Db } from '../../platform/db.js';
import { formatDateTimeVi } from '../../platform/dates.js';
import { AppError } from '../errors.js';
import {
  articleState,
  findArticle,
  imageUrl,
  insertArticleDraft,
  insertArticleImage,
  listArticles,
  listCategories,
  setPublication,
  updateArticle,
} from './articles.repository.js';
import {
  articleInput,
  pollInput,
  type ArticleDetail,
  type ArticleInput,
  type ArticleSummary,
  type PollInput,
  type PollResultView,
} from './portal.schema.js';
import {
  ballotCount,
  insertBallot,
  insertPoll,
  isUniqueViolation,
  pollForVote,
  pollResults,
  updatePoll,
  type PollResult,
  type Voter,
} from './polls.repository.js';

export const iso = (t: string | null): string | null => (t === null ? null : new Date(t).toISOString());

/** The public address of an article: its id keeps it unique, its slug makes it readable. */
export const articleUrl = (a: { id: number; slug: string }) => `/tin-tuc/${a.id}-${a.slug}`;

/**
 * Editor HTML as the portal shows it: text structure, links and the portal's
 * own images only; no scripts, styles, frames or event handlers.
 */
export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: [
      'p',
      'br',
      'strong',
      'b',
      'em',
      'i',
      'u',
      's',
      'a',
      'ul',
      'ol',
      'li',
      'h2',
      'h3',
      'h4',
      'blockquote',
      'img',
      'figure',
      'figcaption',
      'table',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
      'hr',
    ],
    allowedAttributes: {
      a: ['href', 'title'],
      img: ['src', 'alt', 'width', 'height'],
      td: ['colspan', 'rowspan'],
      th: ['colspan', 'rowspan'],
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowProtocolRelative: false,
    // images come from the portal's own store only: nothing is loaded from elsewhere
    exclusiveFilter: (frame) => frame.tag === 'img' && !/^\/anh\/\d+$/.test(frame.attribs.src ?? ''),
    transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }) },
  });
}

const blockStart = /^<(p|figure|h[1-6]|ul|ol|table|blockquote|div|hr|img)\b/i;

/**
 * An editor's text as HTML: blocks are separated by blank lines; a block that
 * starts with a block tag stays as it is, any other becomes a paragraph (its
 * single line breaks kept). So plain typing needs no HTML, and HTML saved
 * before comes back unchanged. The result is sanitised afterwards.
 */
export function bodyFromInput(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => (blockStart.test(p) ? p : `<p>${p.replace(/\n/g, '<br>')}</p>`))
    .join('\n');
}

type ArticleRow = Awaited<ReturnType<typeof listArticles>>[number];

function summaryOf(a: ArticleRow, now = Date.now()): ArticleSummary {
  return {
    id: a.id,
    slug: a.slug,
    url: articleUrl(a),
    title: a.title,
    categoryId: a.categoryId,
    authorLine: a.authorLine,
    state: articleState(a, now),
    publishedAt: iso(a.publishedAt),
    unpublishedAt: iso(a.unpublishedAt),
    updatedAt: iso(a.updatedAt)!,
    views: a.views,
  };
}

export async function editorArticles(db: Db): Promise<ArticleSummary[]> {
  const now = Date.now();
  return (await listArticles(db)).map((a) => summaryOf(a, now));
}

export const categories = (db: Db) => listCategories(db);

/** One article for its editor, or ARTICLE_NOT_FOUND. */
export async function editorArticle(db: Db, id: number): Promise<ArticleDetail> {
  const a = await findArticle(db, id);
  if (!a) throw new AppError('ARTICLE_NOT_FOUND', { id });
  const [listed] = (await listArticles(db)).filter((x) => x.id === id);
  return {
    ...summaryOf(listed),
    summary: a.summary,
    bodyHtml: a.bodyHtml,
    images: a.images.map((i) => ({ id: i.id, url: imageUrl(i.id), alt: i.alt })),
  };
}

async function checkCategory(db: Db, categoryId: number | null): Promise<void> {
  if (categoryId === null) return;
  if (!(await listCategories(db)).some((c) => c.id === categoryId))
    throw new AppError('PORTAL_CATEGORY_NOT_FOUND', { id: categoryId });
}

/** Creates a draft (id null) or changes an article's text; its publication dates stay as they are. */
export async function saveArticle(
  db: Db,
  actor: AuditActor,
  id: number | null,
  input: ArticleInput,
): Promise<ArticleDetail> {
  const f = articleInput.parse(input);
  const fields = { ...f, summary: f.summary.trim(), bodyHtml: sanitizeBody(bodyFromInput(f.bodyHtml)) };
  const saved = await withActor(db, actor, async (tx) => {
    await checkCategory(tx, fields.categoryId);
    if (id === null) return (await insertArticleDraft(tx, { ...fields, createdBy: actor.accountId ?? null })).id;
    if (!(await updateArticle(tx, id, fields))) throw new AppError('ARTICLE_NOT_FOUND', { id });
    return id;
  });
  return editorArticle(db, saved);
}

/** Publishes now, or schedules for a future instant; a publication ends no earlier unpublication than now. */
export async function publishArticle(db: Db, actor: AuditActor, id: number, at?: string): Promise<ArticleDetail> {
  const when = at ? new Date(at).toISOString() : new Date().toISOString();
  await withActor(db, actor, async (tx) => {
    if (!(await setPublication(tx, id, { publishedAt: when, unpublishedAt: null })))
      throw new AppError('ARTICLE_NOT_FOUND', { id });
  });
  return editorArticle(db, id);
}

/** Takes an article off the portal now (a scheduled one goes back to draft). */
export async function unpublishArticle(db: Db, actor: AuditActor, id: number): Promise<ArticleDetail> {
  const a = await findArticle(db, id);
  if (!a) throw new AppError('ARTICLE_NOT_FOUND', { id });
  const state = articleState(a);
  await withActor(db, actor, (tx) =>
    setPublication(
      tx,
      id,
      state === 'scheduled' || state === 'draft'
        ? { publishedAt: null, unpublishedAt: null }
        : { publishedAt: a.publishedAt, unpublishedAt: new Date().toISOString() },
    ),
  );
  return editorArticle(db, id);
}

export const IMAGE_MAX_BYTES = 5 * 1024 * 1024;

/** The image type by its first bytes: names and declared types are not trusted. */
export function sniffImage(b: Buffer): string | null {
  if (b.length > 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length > 6 && /^GIF8[79]a$/.test(b.subarray(0, 6).toString('latin1'))) return 'image/gif';
  if (
    b.length > 12 &&
    b.subarray(0, 4).toString('latin1') === 'RIFF' &&
    b.subarray(8, 12).toString('latin1') === 'WEBP'
  )
    return 'image/webp';
  return null;
}

/** Stores an image of an article and answers where the portal serves it. */
export async function addArticleImage(db: Db, actor: AuditActor, articleId: number, base64: string, alt: string) {
  const data = Buffer.from(base64, 'base64');
  if (data.length > IMAGE_MAX_BYTES)
    throw new AppError('IMAGE_TOO_LARGE', { size: `${(data.length / 1048576).toFixed(1)} MB`, max: '5 MB' });
  const contentType = sniffImage(data);
  if (!contentType)
    throw new AppError('IMAGE_UNSUPPORTED', { type: 'không rõ / unknown', allowed: 'PNG, JPEG, GIF, WebP' });
  const id = await withActor(db, actor, async (tx) => {
    if (!(await findArticle(tx, articleId))) throw new AppError('ARTICLE_NOT_FOUND', { id: articleId });
    const imageId = await insertArticleImage(tx, { articleId, contentType, data, alt });
    // portal_images has no audit trigger (it would copy the bytes into the log): the upload is recorded as an event, with its digest
    await recordEvent(tx, actor, {
      action: 'image-upload',
      entity: 'portal_images',
      entityId: String(imageId),
      detail: {
        articleId,
        contentType,
        bytes: data.length,
        sha256: createHash('sha256').update(data).digest('hex'),
        alt,
      },
    });
    return imageId;
  });
  return { id, url: imageUrl(id), alt };
}

/** A poll as the API shows it, with its state at `now`. */
export function pollView(p: PollResult, now = Date.now()): PollResultView {
  const state =
    Date.parse(p.opensAt) > now ? 'upcoming' : p.closesAt && Date.parse(p.closesAt) <= now ? 'closed' : 'open';
  return { ...p, opensAt: iso(p.opensAt)!, closesAt: iso(p.closesAt), state };
}

export async function editorPolls(db: Db): Promise<PollResultView[]> {
  return (await pollResults(db, 'all', 500)).map((p) => pollView(p));
}

/** One poll's results, or POLL_NOT_FOUND. */
export async function pollById(db: Db, id: number): Promise<PollResultView> {
  const [p] = await pollResults(db, { id });
  if (!p) throw new AppError('POLL_NOT_FOUND', { id });
  return pollView(p);
}

function checkPollDates(p: { opensAt: string; closesAt: string | null }) {
  if (p.closesAt && Date.parse(p.closesAt) <= Date.parse(p.opensAt))
    throw new AppError('DATE_RANGE_INVALID', { from: p.opensAt, to: p.closesAt });
}

/** Creates a poll (id null) or changes one; options change only while it has no ballot. */
export async function savePoll(
  db: Db,
  actor: AuditActor,
  id: number | null,
  input: PollInput,
): Promise<PollResultView> {
  const p = pollInput.parse(input);
  checkPollDates(p);
  const fields = {
    question: p.question,
    multiple: p.multiple,
    opensAt: new Date(p.opensAt).toISOString(),
    closesAt: iso(p.closesAt),
  };
  const saved = await withActor(db, actor, async (tx) => {
    if (id === null) return insertPoll(tx, fields, p.options);
    const current = (await pollResults(tx, { id }))[0];
    if (!current) throw new AppError('POLL_NOT_FOUND', { id });
    const same = current.options.map((o) => o.label).join('\n') === p.options.join('\n');
    if (!same) {
      const n = await ballotCount(tx, id);
      if (n > 0) throw new AppError('POLL_HAS_VOTES', { count: n });
    }
    await updatePoll(tx, id, fields, same ? null : p.options);
    return id;
  });
  return pollById(db, saved);
}

/** A vote: checks the poll is open and the choice fits it, then leaves one-per-voter to the unique indexes. */
export async function vote(db: Db, pollId: number, voter: Voter, optionIds: number[]): Promise<PollResultView> {
  const poll = await pollForVote(db, pollId);
  if (!poll) throw new AppError('POLL_NOT_FOUND', { id: pollId });
  if (!poll.open) {
    const p = await pollById(db, pollId);
    throw new AppError('POLL_NOT_OPEN', {
      period: `${formatDateTimeVi(p.opensAt)} – ${p.closesAt ? formatDateTimeVi(p.closesAt) : '…'}`,
    });
  }
  const chosen = [...new Set(optionIds)];
  if (chosen.length === 0) throw new AppError('POLL_NO_CHOICE');
  if (!poll.multiple && chosen.length > 1) throw new AppError('POLL_SINGLE_CHOICE');
  const foreign = chosen.filter((o) => !poll.optionIds.includes(o));
  if (foreign.length > 0) throw new AppError('POLL_OPTION_UNKNOWN', { options: foreign.join(', ') });
  try {
    await insertBallot(db, pollId, voter, chosen);
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('POLL_ALREADY_VOTED');
    throw e;
  }
  return pollById(db, pollId);
}
