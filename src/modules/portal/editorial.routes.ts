/**
 * The editors' API (permission portal.edit), on the admin side: articles
 * (drafts, publication, scheduling, unpublication, images), polls, and the
 * visits per day. Every write runs inside withActor (audited tables) and
 * empties the portal's page cache when the portal runs in this process.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../platform/db.js';
import { vietnamDay } from './counter.js';
import {
  articleDetail,
  articleInput,
  articleSummary,
  category,
  imageInput,
  pollInput,
  pollResult,
  publishInput,
  visitDay,
} from './portal.schema.js';
import {
  addArticleImage,
  categories,
  editorArticle,
  editorArticles,
  editorPolls,
  publishArticle,
  savePoll,
  saveArticle,
  unpublishArticle,
} from './portal.service.js';
import { visitDays } from './visits.repository.js';

const id = z.coerce
  .number()
  .int()
  .positive()
  .max(2 ** 31 - 1);
const articleParams = z.object({ id: id.describe("The article's id") });
const pollParams = z.object({ id: id.describe("The poll's id") });
const access = { access: 'portal.edit' as const };
const tags = ['portal editors'];

export const editorialRoutes: FastifyPluginAsyncZod<{ db: Db; onChange?: () => void }> = async (
  app,
  { db, onChange = () => {} },
) => {
  const changed = <T>(v: T): T => {
    onChange();
    return v;
  };

  app.get(
    '/categories',
    {
      config: access,
      schema: {
        summary: "The portal's categories",
        tags,
        response: { 200: z.array(category).describe('The categories, in their order') },
      },
    },
    () => categories(db),
  );
  app.get(
    '/articles',
    {
      config: access,
      schema: {
        summary: 'Every article with its state and views',
        tags,
        response: { 200: z.array(articleSummary).describe('Every article, the latest first') },
      },
    },
    () => editorArticles(db),
  );
  app.get(
    '/articles/:id',
    {
      config: access,
      schema: {
        summary: 'An article for its editor',
        tags,
        params: articleParams,
        response: { 200: articleDetail },
        errors: ['ARTICLE_NOT_FOUND'],
      },
    },
    (req) => editorArticle(db, req.params.id),
  );
  app.post(
    '/articles',
    {
      config: access,
      schema: {
        summary: 'Create a draft',
        tags,
        body: articleInput,
        response: { 201: articleDetail },
        errors: ['PORTAL_CATEGORY_NOT_FOUND'],
      },
    },
    async (req, reply) => reply.code(201).send(changed(await saveArticle(db, req.actor(), null, req.body))),
  );
  app.post(
    '/articles/:id',
    {
      config: access,
      schema: {
        summary: "Save an article's text (its publication stays as it is)",
        tags,
        params: articleParams,
        body: articleInput,
        response: { 200: articleDetail },
        errors: ['ARTICLE_NOT_FOUND', 'PORTAL_CATEGORY_NOT_FOUND'],
      },
    },
    async (req) => changed(await saveArticle(db, req.actor(), req.params.id, req.body)),
  );
  app.post(
    '/articles/:id/publish',
    {
      config: access,
      schema: {
        summary: 'Publish now, or schedule for a future time (at)',
        tags,
        params: articleParams,
        body: publishInput,
        response: { 200: articleDetail },
        errors: ['ARTICLE_NOT_FOUND'],
      },
    },
    async (req) => changed(await publishArticle(db, req.actor(), req.params.id, req.body.at)),
  );
  app.post(
    '/articles/:id/unpublish',
    {
      config: access,
      schema: {
        summary: 'Take an article off the portal now',
        tags,
        params: articleParams,
        response: { 200: articleDetail },
        errors: ['ARTICLE_NOT_FOUND'],
      },
    },
    async (req) => changed(await unpublishArticle(db, req.actor(), req.params.id)),
  );
  app.post(
    '/articles/:id/images',
    {
      config: access,
      bodyLimit: 8 * 1024 * 1024,
      schema: {
        summary: 'Upload an image (base64) of an article; answers its address',
        tags,
        params: articleParams,
        body: imageInput,
        response: {
          201: z
            .object({ id: z.number(), url: z.string(), alt: z.string() })
            .describe('The image, and where the portal serves it'),
        },
        errors: ['ARTICLE_NOT_FOUND', 'IMAGE_TOO_LARGE', 'IMAGE_UNSUPPORTED'],
      },
    },
    async (req, reply) =>
      reply.code(201).send(changed(await addArticleImage(db, req.actor(), req.params.id, req.body.data, req.body.alt))),
  );

  app.get(
    '/polls',
    {
      config: access,
      schema: {
        summary: 'Every poll with its results',
        tags,
        response: { 200: z.array(pollResult).describe('Every poll, the latest first') },
      },
    },
    () => editorPolls(db),
  );
  app.post(
    '/polls',
    {
      config: access,
      schema: {
        summary: 'Create a poll',
        tags,
        body: pollInput,
        response: { 201: pollResult },
        errors: ['DATE_RANGE_INVALID'],
      },
    },
    async (req, reply) => reply.code(201).send(changed(await savePoll(db, req.actor(), null, req.body))),
  );
  app.post(
    '/polls/:id',
    {
      config: access,
      schema: {
        summary: 'Change a poll (its options only while it has no ballot)',
        tags,
        params: pollParams,
        body: pollInput,
        response: { 200: pollResult },
        errors: ['POLL_NOT_FOUND', 'POLL_HAS_VOTES', 'DATE_RANGE_INVALID'],
      },
    },
    async (req) => changed(await savePoll(db, req.actor(), req.params.id, req.body)),
  );

  app.get(
    '/visits',
    {
      config: access,
      schema: {
        summary: "Visits and page views per day (Vietnam's calendar)",
        tags,
        querystring: z.object({
          days: z.coerce.number().int().min(1).max(3660).default(30).describe('How many days, up to today'),
        }),
        response: { 200: z.array(visitDay).describe('One entry per day, oldest first') },
      },
    },
    async (req) => {
      const from = vietnamDay(Date.now() - (req.query.days - 1) * 86400_000);
      return visitDays(db, from);
    },
  );
};
