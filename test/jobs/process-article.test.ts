import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicaliseUrl } from '../../shared/feed/canonical-url';
import { processArticle, RetryableProcessError, type ProcessDeps } from '../../shared/jobs/process-article';
import { articleIdFor, type ArticleJob } from '../../shared/model/article';
import { blobKeys, getJson } from '../../shared/storage/ports';
import { startEmbeddedTable, type EmbeddedTable } from '../helpers/embedded-table';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server';
import { FIXTURE_SITE_DIR } from '../helpers/fixture-site';
import { createProcessDeps } from '../helpers/process-deps';

const ledgerPage = await readFile(join(FIXTURE_SITE_DIR, 'ledger/2025/10/21/russia-keeps-hmeimim-as-tartus-terms-reopen.html'), 'utf8');
const olivePage = await readFile(join(FIXTURE_SITE_DIR, 'coastline/news/olive-harvest-recovers-in-idlib.html'), 'utf8');
const html = { 'content-type': 'text/html; charset=utf-8' };

let table: EmbeddedTable;
let server: FixtureServer;
let tables = 0;

beforeAll(async () => {
  table = await startEmbeddedTable();
  server = await startFixtureServer({
    '/hmeimim.html': { headers: html, body: ledgerPage },
    '/olive.html': { headers: html, body: olivePage },
    '/print/hmeimim.html': { headers: html, body: ledgerPage.replace(/<link rel="canonical"[^>]*>/, '<link rel="canonical" href="/hmeimim.html">') },
    '/hijack.html': { headers: html, body: ledgerPage.replace(/<link rel="canonical"[^>]*>/, '<link rel="canonical" href="https://other-outlet.example/hmeimim.html">') },
    '/gone.html': { status: 404, body: 'gone' },
    '/flaky.html': { status: 503, body: 'try later' },
  });
});
afterAll(async () => {
  await server.close();
  await table.close();
});

/** Fresh stores on a new table per test, so no test sees another's articles. */
async function createDeps(): Promise<ProcessDeps> {
  tables += 1;
  return createProcessDeps(table.client, `process-${tables}`, new Date('2025-10-21T10:00:00Z'));
}

function jobFor(path: string, extra: Partial<ArticleJob> = {}): ArticleJob {
  const url = `${server.url}${path}`;
  const canonicalUrl = canonicaliseUrl(url);
  return {
    articleId: articleIdFor(canonicalUrl),
    url,
    canonicalUrl,
    feedUrl: `${server.url}/feed.xml`,
    title: 'Feed title',
    publishedAt: '2025-10-21T09:15:00Z',
    discoveredAt: '2025-10-21T09:15:00Z',
    digestDate: '2025-10-21',
    ...extra,
  };
}

const feedContent = `<p>${'Russia and Syria signed an agreement on Tartus, Syrian officials said on Tuesday in Damascus. '.repeat(4)}</p>`;

describe('processArticle', () => {
  it('fetches, extracts and stores a relevant article with its claims, raw page and day entry', async () => {
    const deps = await createDeps();
    const job = jobFor('/hmeimim.html');

    const { record, alreadyProcessed } = await processArticle(job, deps);

    expect(alreadyProcessed).toBe(false);
    expect(record).toMatchObject({ id: job.articleId, relevant: true, duplicateOf: null, extraction: 'readability' });
    expect(record.title).toBe('Russia keeps Hmeimim flying as Tartus terms go back to the table');
    expect(record.publisher).toBe('The Levant Ledger');
    expect(record.claims.some((claim) => claim.thread === 'bases' && claim.subject === 'hmeimim')).toBe(true);
    expect(record.novelSentences).toBeGreaterThan(0);
    expect(await deps.blobs.get(blobKeys.rawPage(job.articleId))).not.toBeNull();
    expect(await getJson(deps.blobs, blobKeys.article(job.articleId))).toMatchObject({ id: job.articleId, text: expect.stringContaining('Hmeimim') });
    expect((await deps.articles.listDay('2025-10-21')).map((r) => r.id)).toEqual([job.articleId]);
  });

  it('returns the stored record on a second delivery without fetching again', async () => {
    const deps = await createDeps();
    const job = jobFor('/hmeimim.html');
    const first = await processArticle(job, deps);
    const fetchesBefore = server.requests.length;

    const second = await processArticle(job, deps);

    expect(second.alreadyProcessed).toBe(true);
    expect(second.record).toEqual(first.record);
    expect(server.requests.length).toBe(fetchesBefore);
  });

  it('records an irrelevant article as such, with no claims', async () => {
    const deps = await createDeps();
    const { record } = await processArticle(jobFor('/olive.html'), deps);
    expect(record).toMatchObject({ relevant: false, claims: [], duplicateOf: null });
  });

  it("falls back to the feed's own content when the page is gone", async () => {
    const deps = await createDeps();
    const { record } = await processArticle(jobFor('/gone.html', { feedContentHtml: feedContent }), deps);
    expect(record.extraction).toBe('feed');
    expect(record.error).toBeUndefined();
    expect(record.relevant).toBe(true);
  });

  it('throws a retryable error on a transient failure, and records it on the last attempt', async () => {
    const deps = await createDeps();
    const job = jobFor('/flaky.html');

    await expect(processArticle(job, deps)).rejects.toBeInstanceOf(RetryableProcessError);
    expect(await deps.articles.getArticle(job.articleId)).toBeNull();

    const { record } = await processArticle(job, deps, { finalAttempt: true });
    expect(record).toMatchObject({ extraction: 'failed', relevant: false });
    expect(record.error).toMatch(/http_status/);
  });

  it("is the same article as the page its own site's canonical link names", async () => {
    const deps = await createDeps();
    const original = await processArticle(jobFor('/hmeimim.html'), deps);
    await deps.articles.claimUrl(original.record.canonicalUrl, original.record.id, deps.now());

    const { record } = await processArticle(jobFor('/print/hmeimim.html'), deps);

    expect(record.duplicateOf).toEqual({ id: original.record.id, url: original.record.url });
    expect(record.claims).toEqual([]);
  });

  it("ignores a canonical link to another site (a page cannot claim to be another outlet's article)", async () => {
    const deps = await createDeps();
    const victim = canonicaliseUrl('https://other-outlet.example/hmeimim.html');
    await deps.articles.claimUrl(victim, articleIdFor(victim), deps.now());

    const { record } = await processArticle(jobFor('/hijack.html'), deps);

    expect(record.duplicateOf).toBeNull();
    expect(record.relevant).toBe(true);
  });
});
