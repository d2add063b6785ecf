import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db.js';
import { withActor } from '../../platform/audit.js';
import { createTestDatabase, engines } from '../../../test/db.js';
import { testActor } from '../../../test/actor.js';
import { findArticle, insertArticleDraft, insertArticleImage } from './articles.repository.js';

describe.each(engines)('article drafts on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
  });
  afterAll(() => database.close());

  it('creates unpublished drafts with free slugs and keeps their images', async () => {
    const a = await withActor(database.db, testActor, (tx) =>
      insertArticleDraft(tx, { title: 'Kết quả xây dựng Đảng' }),
    );
    const b = await withActor(database.db, testActor, (tx) =>
      insertArticleDraft(tx, { title: 'Kết quả xây dựng Đảng' }),
    );
    expect(a.slug).toBe('ket-qua-xay-dung-dang');
    expect(b.slug).toBe('ket-qua-xay-dung-dang-2');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]);
    await withActor(database.db, testActor, (tx) =>
      insertArticleImage(tx, { articleId: a.id, contentType: 'image/png', data: png }),
    );
    const stored = await findArticle(database.db, a.id);
    expect(stored?.publishedAt).toBeNull();
    expect(stored?.images).toHaveLength(1);
  });

  it('refuses an audited change without an actor', async () => {
    await expect(insertArticleDraft(database.db, { title: 'x' })).rejects.toThrow();
  });
});
