import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchLimitsSchema } from '../../shared/config/config';
import { createPageReaderPool, readPagesAhead, type PageReaderPool } from '../../shared/jobs/page-reader-pool';
import type { ArticlePage, PageReader } from '../../shared/jobs/read-article-page';
import type { ArticleJob } from '../../shared/model/article';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server';

/** 2.1 MB of 30,000 paragraphs: its DOM needs far more than the 64 MB heap the test gives a thread. */
const HUGE_PAGE = `<html><body><article>${'<p>Russian and Syrian officials met in Damascus to discuss the base.</p>'.repeat(30_000)}</article></body></html>`;
/** A feed item's own text, long enough (≥ 200 characters) to stand for the article. */
const FEED_TEXT = 'Russian and Syrian officials met in Damascus on Monday to discuss the future of the naval base at Tartus, the air base at Hmeimim and the debts the former government left, a foreign ministry statement said.';
const ARTICLE = `<html><head><title>Tartus talks</title></head><body><article><h1>Tartus talks</h1>${'<p>Russian and Syrian officials met in Damascus on Monday to discuss the future of the naval base at Tartus.</p>'.repeat(6)}</article></body></html>`;

let server: FixtureServer;
let pool: PageReaderPool;

function jobFor(path: string, articleId = path): ArticleJob {
  return { articleId, url: `${server.url}${path}`, canonicalUrl: `${server.url}${path}`, feedUrl: `${server.url}/feed.xml`, discoveredAt: '2025-11-01T00:00:00.000Z', digestDate: '2025-11-01' };
}

beforeAll(async () => {
  server = await startFixtureServer({
    '/article.html': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: ARTICLE },
    '/huge.html': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: HUGE_PAGE },
  });
  pool = createPageReaderPool({ threads: 2, fetchLimits: FetchLimitsSchema.parse({ allowHosts: ['127.0.0.1'] }) });
});

afterAll(async () => {
  await pool?.close();
  await server?.close();
});

describe('createPageReaderPool', () => {
  it('reads a page in a worker thread as the main thread would', async () => {
    // Act
    const page = await pool.readPage(jobFor('/article.html'), { finalAttempt: true });
    // Assess
    expect(page.extracted).toMatchObject({ title: 'Tartus talks', method: 'readability' });
    expect(page.extracted?.text).toContain('naval base at Tartus');
    expect(page.rawHtml).toBe(ARTICLE);
  });

  it('rejects only the page whose task failed in its thread; the next pages are read', async () => {
    // Act: no job at all makes the task throw inside the worker (a TypeError, not a fetch failure).
    const broken = pool.readPage(null as unknown as ArticleJob, { finalAttempt: true });
    const after = pool.readPage(jobFor('/article.html', 'after'), { finalAttempt: true });
    // Assess
    await expect(broken).rejects.toThrow();
    expect((await after).extracted?.title).toBe('Tartus talks');
  });

  it('records a page whose DOM outgrows the thread’s heap cap as not read, and reads the next page in a new thread', async () => {
    // Prepare
    const capped = createPageReaderPool({ threads: 1, fetchLimits: FetchLimitsSchema.parse({ allowHosts: ['127.0.0.1'] }), heapLimitMb: 64 });
    try {
      // Act
      const huge = await capped.readPage(jobFor('/huge.html'), { finalAttempt: true });
      const withFeedContent = await capped.readPage({ ...jobFor('/huge.html', 'huge-from-feed'), title: 'Damascus talks', feedContentHtml: `<p>${FEED_TEXT}</p>` }, { finalAttempt: true });
      const next = await capped.readPage(jobFor('/article.html', 'next'), { finalAttempt: true });
      // Assess
      expect(huge).toEqual({ extracted: null, error: 'extraction failed: the page needs more than the 64 MB heap of a page reader' });
      expect(withFeedContent.extracted).toMatchObject({ method: 'feed', text: FEED_TEXT });
      expect(next.extracted?.title).toBe('Tartus talks');
    } finally {
      await capped.close();
    }
  }, 120_000);

  it('turns a passing failure before the final attempt into a RetryableProcessError', async () => {
    // Act: nothing listens on port 9 of 127.0.0.1 (connection refused: a passing failure).
    const retry = pool.readPage({ ...jobFor('/article.html'), url: 'http://127.0.0.1:9/gone.html' }, { finalAttempt: false });
    // Assess
    await expect(retry).rejects.toMatchObject({ name: 'RetryableProcessError' });
  });

  it('stops its threads on close', async () => {
    // Prepare
    const own = createPageReaderPool({ threads: 1, fetchLimits: FetchLimitsSchema.parse({ allowHosts: ['127.0.0.1'] }) });
    await own.readPage(jobFor('/article.html'), { finalAttempt: true });
    const running = own.runningThreads();
    // Act
    await own.close();
    // Assess
    expect(running).toBe(1);
    expect(own.runningThreads()).toBe(0);
    await expect(own.readPage(jobFor('/article.html'), { finalAttempt: true })).rejects.toThrow();
  });
});

/** The CommonJS modules (jsdom is one) a fresh node, run as the replay runs (tsx), loads by importing `modules`. */
async function loadCommonJsModules(modules: readonly string[]): Promise<string[]> {
  const script = [
    ...modules.map((module) => `await import('${module}');`),
    "const { createRequire } = await import('node:module');",
    'console.log(JSON.stringify(Object.keys(createRequire(import.meta.url).cache)));',
  ].join('\n');
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: fileURLToPath(new URL('../../', import.meta.url)),
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) as string) as string[];
}

describe('the main thread of a process whose pages are read by the pool', () => {
  it('does not load jsdom (≈ 100 MB of RSS) by importing processArticle and the pool; the in-process reader does', async () => {
    // Act
    const withPool = await loadCommonJsModules(['./shared/jobs/process-article.ts', './shared/jobs/page-reader-pool.ts']);
    const inProcess = await loadCommonJsModules(['./shared/jobs/read-article-page.ts']);
    // Assess
    const jsdomModules = (loaded: string[]) => loaded.filter((path) => path.includes('/node_modules/jsdom/'));
    expect(jsdomModules(withPool)).toEqual([]);
    expect(jsdomModules(inProcess).length).toBeGreaterThan(0);
  }, 60_000);
});

describe('readPagesAhead', () => {
  const jobs = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ articleId: id }) as ArticleJob);
  const recordingReader = (started: string[]): PageReader => async (job) => {
    started.push(job.articleId);
    return { extracted: null, error: job.articleId } satisfies ArticlePage;
  };

  it('reads nothing until a page is asked for, then the next pages up to the lookahead, each once', async () => {
    // Prepare
    const started: string[] = [];
    const read = readPagesAhead(jobs, recordingReader(started), { finalAttempt: true }, 2);
    // Act
    const before = [...started];
    const first = await read(jobs[0] as ArticleJob, { finalAttempt: true });
    const second = await read(jobs[1] as ArticleJob, { finalAttempt: true });
    // Assess
    expect(before).toEqual([]);
    expect([first.error, second.error]).toEqual(['a', 'b']);
    expect(started).toEqual(['a', 'b', 'c', 'd']);
  });

  it('reads a job it was not given, or asked with other options, on its own', async () => {
    // Prepare
    const started: string[] = [];
    const read = readPagesAhead(jobs, recordingReader(started), { finalAttempt: true }, 2);
    // Act
    await read({ articleId: 'elsewhere' } as ArticleJob, { finalAttempt: true });
    await read(jobs[3] as ArticleJob, { finalAttempt: false });
    // Assess
    expect(started).toEqual(['elsewhere', 'd']);
  });
});
