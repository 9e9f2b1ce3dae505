/**
 * The process step records each article's language, read from its page over real HTTP and stored
 * through the real stores (dynalite, filesystem blobs): the page's declaration checked against its
 * text, the feed's declaration when the page says nothing or cannot be read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicaliseUrl } from '../../shared/feed/canonical-url';
import { processArticle, type ProcessDeps } from '../../shared/jobs/process-article';
import { ArticleRecordSchema, articleIdFor, type ArticleJob } from '../../shared/model/article';
import { blobKeys, getJson } from '../../shared/storage/ports';
import { startEmbeddedTable, type EmbeddedTable } from '../helpers/embedded-table';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server';
import { loadMultilingualFixtures } from '../helpers/multilingual-fixtures';
import { createProcessDeps } from '../helpers/process-deps';

const fixtures = new Map(loadMultilingualFixtures().map((fixture) => [fixture.slug, fixture]));
const html = { 'content-type': 'text/html; charset=utf-8' };

let table: EmbeddedTable;
let server: FixtureServer;
let tables = 0;

beforeAll(async () => {
  table = await startEmbeddedTable();
  server = await startFixtureServer({
    '/sana.html': { headers: html, body: fixtures.get('ar-sana-shaibani-lavrov-moscow')!.html },
    '/copy-declared-en.html': { headers: html, body: fixtures.get('ru-copy-peskov-bases-dialogue')!.html },
    '/copy-undeclared.html': { headers: html, body: fixtures.get('ar-copy-kremlin-refuses-assad')!.html },
    '/gone.html': { status: 404, body: 'gone' },
  });
});
afterAll(async () => {
  await server.close();
  await table.close();
});

async function createDeps(): Promise<ProcessDeps> {
  tables += 1;
  return createProcessDeps(table.client, `process-language-${tables}`, new Date('2025-11-21T10:00:00Z'));
}

function jobFor(path: string, extra: Partial<ArticleJob> = {}): ArticleJob {
  const url = `${server.url}${path}`;
  const canonicalUrl = canonicaliseUrl(url);
  return {
    articleId: articleIdFor(canonicalUrl), url, canonicalUrl, feedUrl: `${server.url}/feed.xml`, title: 'Feed title',
    publishedAt: '2025-11-21T08:00:00Z', discoveredAt: '2025-11-21T08:00:00Z', digestDate: '2025-11-21', ...extra,
  };
}

describe('processArticle records the language', () => {
  it.each([
    ['a page that declares Arabic (html lang, og:locale)', '/sana.html', undefined, 'ar'],
    ['a Russian page whose template declares English, fed by a feed that declares nothing', '/copy-declared-en.html', undefined, 'ru'],
    ['an Arabic page that declares nothing, from a feed that says English', '/copy-undeclared.html', 'en', 'ar'],
  ])('of %s', async (_name, path, feedLanguage, expected) => {
    // Prepare
    const deps = await createDeps();
    const job = jobFor(path, feedLanguage ? { feedLanguage } : {});

    // Act
    const { record } = await processArticle(job, deps);

    // Assess: on the record, in the day index and in the stored article
    expect(record.language).toBe(expected);
    expect((await deps.articles.getArticle(job.articleId))?.language).toBe(expected);
    const stored = ArticleRecordSchema.parse(await getJson(deps.blobs, blobKeys.article(job.articleId)));
    expect(stored.language).toBe(expected);
  });

  it('of an article whose page is gone: the feed\'s declaration, checked against its headline', async () => {
    // Prepare
    const deps = await createDeps();
    const job = jobFor('/gone.html', { feedLanguage: 'ru', title: 'Дамаск напомнил о Башаре Асаде' });

    // Act
    const { record } = await processArticle(job, deps, { finalAttempt: true });

    // Assess
    expect(record.extraction).toBe('failed');
    expect(record.language).toBe('ru');
  });
});
