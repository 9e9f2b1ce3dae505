/**
 * Issue 16, class 4: work without a bound. One item must not outlast the process Lambda (90 s) or
 * write tens of thousands of index entries: markup depth is bounded over every element before
 * jsdom, article text and sentences are capped with the cut recorded, and a feed's items are told
 * apart by link, so a GUID shared by several items drops none of them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchLimitsSchema } from '../../shared/config/config';
import { MAX_ARTICLE_SENTENCES, MAX_ARTICLE_TEXT_CHARS } from '../../shared/extract/text-bounds';
import { createGuardedFetcher } from '../../shared/fetch/guarded-fetcher';
import { pollFeeds } from '../../shared/jobs/poll-feeds';
import { processArticle } from '../../shared/jobs/process-article';
import { articleIdFor, type ArticleJob } from '../../shared/model/article';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server';
import { startPollHarness, type PollHarness } from '../helpers/poll-harness';
import { DIGEST_DATE, processDeps, scanTable, startStorageWorld, type StorageWorld } from './faults-harness';
import { registerHostileGroup } from './figures';

const figures = registerHostileGroup('unbounded work');
const MB = 1024 * 1024;
/** jsdom on a 4.5 MB page takes seconds alone, and far longer on a machine shared by many test runs. */
const SLOW_CASE_TIMEOUT_MS = 240_000;

const html = (body: string) => `<!doctype html><html><head><title>Russia and Syria discuss Tartus</title></head><body>${body}</body></html>`;
const ARTICLE = `<article>${Array.from({ length: 6 }, (_, index) => `<p>Paragraph ${index + 1}: Russian and Syrian officials met in Damascus to discuss the naval base at Tartus and its lease.</p>`).join('')}</article>`;

/** Distinct on-topic sentences, in paragraphs of 20, until the text reaches `bytes`. */
function manySentences(bytes: number): string {
  const paragraphs: string[] = [];
  let size = 0;
  for (let index = 0; size < bytes; index += 20) {
    const sentences = Array.from({ length: 20 }, (_, offset) => `Report ${index + offset} says Russian and Syrian officials discussed the Tartus naval base lease in Damascus.`);
    const paragraph = `<p>${sentences.join(' ')}</p>`;
    paragraphs.push(paragraph);
    size += paragraph.length;
  }
  return paragraphs.join('\n');
}

describe('hostile: unbounded work (cases 1–4)', () => {
  let site: FixtureServer;
  let world: StorageWorld;
  let harness: PollHarness;
  const sharedGuidLinks = ['tartus', 'hmeimim', 'assad', 'wheat'].map((slug) => `https://levant.example/${slug}`);
  beforeAll(async () => {
    const page = (body: string) => ({ headers: { 'content-type': 'text/html; charset=utf-8' }, body: html(body) });
    site = await startFixtureServer({
      '/ins': page(`${'<ins>'.repeat(20_000)}${ARTICLE}`),
      '/custom': page(`${'<x-wrap>'.repeat(20_000)}${ARTICLE}`),
      '/mixed': page(`${Array.from({ length: 300 }, (_, index) => `<${['ins', 'del', 'x-a', 'bdo', 'noscript-x'][index % 5]} class="c${index}">`).join('')}${ARTICLE}`),
      '/reopened': page(`${Array.from({ length: 2_000 }, (_, index) => `<div><b id=b${index}></div>`).join('')}${ARTICLE}`),
      '/huge-text': page(`<article><h1>Russia and Syria discuss Tartus</h1>${manySentences(4.5 * MB)}</article>`),
      '/shared-guid.xml': {
        headers: { 'content-type': 'application/rss+xml' },
        body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Levant Wire</title>${sharedGuidLinks
          .map((link, index) => `<item><title>Russia and Syria item ${index}</title><link>${link}</link><guid isPermaLink="false">same-guid</guid></item>`)
          .join('')}<item><title>Russia and Syria again</title><link>${sharedGuidLinks[0]}?utm_source=rss</link><guid>other</guid></item></channel></rss>`,
      },
    });
    [world, harness] = await Promise.all([startStorageWorld(), startPollHarness()]);
  });
  afterAll(async () => {
    await Promise.all([site.close(), world.close(), harness.close()]);
  });

  const fetcher = () => createGuardedFetcher(FetchLimitsSchema.parse({ allowHosts: ['127.0.0.1'], maxBytes: 6 * MB, timeoutMs: 30_000 }));
  const jobFor = (path: string, extra: Partial<ArticleJob> = {}): ArticleJob => {
    const url = `${site.url}${path}`;
    return { articleId: articleIdFor(url), url, canonicalUrl: url, feedUrl: `${site.url}/feed.xml`, publisher: 'Levant Wire', discoveredAt: `${DIGEST_DATE}T08:00:00.000Z`, digestDate: DIGEST_DATE, ...extra };
  };
  /** Sentence-index items (exact and near buckets) that name the article. */
  const indexEntriesOf = async (articleId: string) =>
    (await scanTable(world.client)).filter((item) => /^(SENT|SNEAR)#/.test(String(item.pk)) && JSON.stringify([...(item.sources ?? []), item.articleId ?? '']).includes(articleId)).length;

  it.each([['/ins'], ['/custom'], ['/mixed'], ['/reopened']])(
    'case 1: %s nests past the depth bound through elements outside any fixed list, and is refused before jsdom, recorded with the reason',
    async (path) => {
      // Act
      const { value } = await figures.observe([], () => processArticle(jobFor(path), processDeps(world, fetcher()), { finalAttempt: true }));
      // Assess
      expect(value?.record).toMatchObject({ extraction: 'failed', relevant: false });
      expect(value?.record.error).toMatch(/extraction failed: page nests more than 256 levels deep/);
    },
  );

  it('case 2: a 5 MB feed description (page missing) is cut to the text bound, the cut is recorded, and the index grows by at most the sentence bound', async () => {
    // Prepare: the page is a 404, so the feed's own content is the article.
    const job = jobFor('/missing-page', { title: 'Russia and Syria discuss Tartus', feedContentHtml: manySentences(5 * MB) });
    // Act
    const { value } = await figures.observe([], () => processArticle(job, processDeps(world, fetcher()), { finalAttempt: true }));
    // Assess
    const record = value!.record;
    expect(record.extraction).toBe('feed');
    // Feed content is read up to its first MAX_FEED_CONTENT_CHARS; the text of that is still cut.
    expect(record.truncated?.textChars).toBeGreaterThan(MAX_ARTICLE_TEXT_CHARS);
    expect(record.truncated?.keptChars).toBeLessThanOrEqual(MAX_ARTICLE_TEXT_CHARS);
    expect(record.truncated?.keptSentences).toBe(MAX_ARTICLE_SENTENCES);
    expect(record.sentenceCount).toBe(MAX_ARTICLE_SENTENCES);
    // Each sentence is one exact key and up to 8 near buckets: never tens of thousands of entries.
    expect(await indexEntriesOf(record.id)).toBeLessThanOrEqual(MAX_ARTICLE_SENTENCES * 9);
  }, SLOW_CASE_TIMEOUT_MS);

  it('case 3: a 4.5 MB page of distinct sentences is cut the same way, recorded on the article', async () => {
    // Act
    const { value } = await figures.observe([], () => processArticle(jobFor('/huge-text'), processDeps(world, fetcher()), { finalAttempt: true }));
    // Assess
    const record = value!.record;
    expect(record.extraction).toBe('readability');
    expect(record.truncated?.textChars).toBeGreaterThan(4_000_000);
    expect(record.truncated?.keptChars).toBeLessThanOrEqual(MAX_ARTICLE_TEXT_CHARS);
    expect(record.sentenceCount).toBeLessThanOrEqual(MAX_ARTICLE_SENTENCES);
    expect(await indexEntriesOf(record.id)).toBeLessThanOrEqual(MAX_ARTICLE_SENTENCES * 9);
  }, SLOW_CASE_TIMEOUT_MS);

  it('case 4: items sharing one GUID on different links are all kept, the reuse recorded; a repeated link is counted, not lost', async () => {
    // Prepare
    const deps = await harness.createDeps();
    // Act
    const { value: report } = await figures.observe([], () => pollFeeds([{ url: `${site.url}/shared-guid.xml` }], deps));
    // Assess
    const enqueued = deps.queue.jobs.map((job) => job.canonicalUrl);
    figures.noteItemsLost(sharedGuidLinks.filter((link) => !enqueued.includes(link)).length);
    figures.noteDuplicatesStored(enqueued.length - new Set(enqueued).size);
    expect(enqueued).toEqual(sharedGuidLinks);
    expect(report?.items.map((item) => item.suspicion !== undefined)).toEqual([false, true, true, true]);
    expect(report?.items[1]?.suspicion).toBe('guid "same-guid" is also the guid of https://levant.example/tartus');
    expect(report?.feeds[0]).toMatchObject({ outcome: 'ok', itemCount: 4, enqueued: 4, skipped: { no_http_link: 0, repeated_link: 1 } });
  });
});
