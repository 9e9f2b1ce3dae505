/**
 * The Arabic and Russian fixture feeds (test/fixtures/multilingual) replayed end to end over real
 * HTTP on 127.0.0.1 after the seed baseline, and each day mailed to a reader: no article in any
 * language is missing from the digests' article lists, each is listed with its language, and every
 * relevant one reaches the reader (digest.md, digest.html and the email) — as a source or under
 * "Also reported" when no extractor could read it. Expectations are the fixtures' labels, written
 * by reading the pages.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { JSDOM } from 'jsdom';
import { simpleParser } from 'mailparser';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLocalEnvironment } from '../../functions/cli/local-environment';
import { loadSeedCorpus } from '../../shared/jobs/ingest-seeds';
import { replay, type ReplayReport } from '../../shared/jobs/replay';
import { describeDigestHeadline } from '../../shared/digest/reader/plan-reader-digest';
import { DigestSchema, type DigestArticle } from '../../shared/model/digest';
import { startFixtureServer, type FixtureServer, type Routes } from '../helpers/fixture-server';
import { loadMultilingualFixtures, MULTILINGUAL_DIR } from '../helpers/multilingual-fixtures';

const fixtures = loadMultilingualFixtures();
const seedsDir = join(import.meta.dirname, '..', '..', 'seeds');
const FEEDS = ['feed-ar.xml', 'feed-ru.xml'];
const READER = 'reader@example.com';

let server: FixtureServer;
let report: ReplayReport;
let dataDir: string;

/** The pages as written, the feeds with {{BASE}} replaced by the server's own origin. */
async function serveMultilingualFixtures(): Promise<FixtureServer> {
  let origin = '';
  const routes: Routes = {};
  for (const fixture of fixtures) {
    routes[`/${fixture.slug}/page.html`] = { headers: { 'content-type': 'text/html; charset=utf-8' }, body: fixture.html };
  }
  for (const feed of FEEDS) {
    const xml = await readFile(join(MULTILINGUAL_DIR, feed), 'utf8');
    routes[`/${feed}`] = (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      response.end(xml.replaceAll('{{BASE}}', origin));
    };
  }
  const started = await startFixtureServer(routes);
  origin = started.url;
  return started;
}

function slugOf(article: DigestArticle): string {
  return article.url.slice(server.url.length + 1).replace(/\/page\.html$/, '');
}

function listedArticles(): Map<string, { date: string; article: DigestArticle }> {
  const listed = new Map<string, { date: string; article: DigestArticle }>();
  for (const day of report.days) {
    for (const article of day.digest.articles) {
      if (!article.url.startsWith(server.url)) continue;
      expect(listed.has(slugOf(article)), `${slugOf(article)} listed twice`).toBe(false);
      listed.set(slugOf(article), { date: day.date, article });
    }
  }
  return listed;
}

beforeAll(async () => {
  server = await serveMultilingualFixtures();
  dataDir = await mkdtemp(join(tmpdir(), 'sitrep-e2e-multilingual-'));
  const env = await openLocalEnvironment({ dataDir, allowHosts: ['127.0.0.1'], timeZone: 'UTC', recipients: [READER] });
  try {
    const feeds = FEEDS.map((feed) => ({ url: `${server.url}/${feed}` }));
    report = await replay(await loadSeedCorpus(seedsDir), feeds, { ...env.deps, readLocalFeed: (path) => readFile(path, 'utf8') });
    await env.sendDigests(report.days.map((day) => day.date));
  } finally {
    await env.close();
  }
}, 240_000);

afterAll(() => server.close());

describe('replay of the Arabic and Russian fixture feeds', () => {
  it('reads both feeds and writes digests valid against the contract', async () => {
    expect(report.failures).toEqual([]);
    expect(report.poll?.feeds.map((feed) => feed.outcome)).toEqual(['ok', 'ok']);
    for (const day of report.days) {
      const stored = JSON.parse(await readFile(join(dataDir, 'digests', day.date, 'digest.json'), 'utf8'));
      expect(() => DigestSchema.parse(stored)).not.toThrow();
    }
  });

  it('lists every article, in either language, once, on its publication day', () => {
    const listed = listedArticles();
    expect([...listed.keys()].sort()).toEqual(fixtures.map((fixture) => fixture.slug).sort());
    for (const fixture of fixtures) {
      expect(listed.get(fixture.slug)?.date, fixture.slug).toBe(fixture.labels.publishedAt.slice(0, 10));
    }
  });

  it('lists each article with its language, whether its page was read or only its feed item', () => {
    const listed = listedArticles();
    for (const fixture of fixtures) {
      expect(listed.get(fixture.slug)?.article.language, fixture.slug).toBe(fixture.labels.language);
    }
  });

  it('lists the seed baseline in English', () => {
    const seeds = report.days.flatMap((day) => day.digest.articles).filter((article) => article.id.startsWith('seed:'));
    expect(seeds.length).toBeGreaterThan(0);
    expect(seeds.every((article) => article.language === 'en')).toBe(true);
  });

  // Relevance reads the storyline's Arabic and Russian terms (shared/storyline/syria-russia/terms-ar-ru.ts).
  it('marks each article relevant or not as its labels say', () => {
    const listed = listedArticles();
    for (const fixture of fixtures) {
      expect(listed.get(fixture.slug)?.article.relevant, fixture.slug).toBe(fixture.labels.relevant);
    }
  });

  it('links each near-copy to its original', () => {
    const listed = listedArticles();
    for (const fixture of fixtures.filter((candidate) => candidate.labels.duplicateOf !== null)) {
      const original = listed.get(fixture.labels.duplicateOf!)?.article;
      expect(listed.get(fixture.slug)?.article.duplicateOf?.id, fixture.slug).toBe(original?.id);
    }
  });
});

/** What a reader of `date` gets: the text of digest.html, digest.md and the email's two parts. */
async function readReaderOutputs(date: string): Promise<Record<string, string>> {
  const folder = join(dataDir, 'digests', date);
  const { window } = new JSDOM(await readFile(join(folder, 'digest.html'), 'utf8'));
  const mail = await simpleParser(await readFile(join(dataDir, 'outbox', date, `${READER}.eml`)));
  const { window: emailWindow } = new JSDOM(mail.html || '');
  try {
    return {
      'digest.html': window.document.body.textContent ?? '',
      'digest.md': await readFile(join(folder, 'digest.md'), 'utf8'),
      'email html': emailWindow.document.body.textContent ?? '',
      'email text': mail.text ?? '',
    };
  } finally {
    window.close();
    emailWindow.close();
  }
}

describe('what a reader of the Arabic and Russian days gets', () => {
  it('names every relevant article in digest.md, digest.html and both parts of the email, with its language', async () => {
    const listed = listedArticles();
    for (const fixture of fixtures.filter((candidate) => candidate.labels.relevant)) {
      const { date, article } = listed.get(fixture.slug)!;
      const outputs = await readReaderOutputs(date);
      // A quiet day's email is the short "no changes" note by design (issue 15); its digest still lists every article.
      const day = report.days.find((candidate) => candidate.date === date)!;
      if (describeDigestHeadline(day.digest).quiet) {
        expect(outputs['email text'], `${fixture.slug}: quiet-day note`).toMatch(/No changes/i);
        delete outputs['email html'];
        delete outputs['email text'];
      }
      const language = fixture.labels.language === 'ar' ? 'Arabic' : 'Russian';
      // A copy whose original is in the same digest is named by its outlet under it ("also carried by …"),
      // with the language beside the original's outlet; anything else by its own headline and outlet.
      const original = fixture.labels.duplicateOf === null ? undefined : listed.get(fixture.labels.duplicateOf);
      const folded = original !== undefined && original.date === date;
      const named = folded ? article.publisher : article.title;
      const outlet = folded ? original.article.publisher : article.publisher;
      for (const [name, text] of Object.entries(outputs)) {
        expect(text.replace(/\\/g, ''), `${fixture.slug} in ${name}`).toContain(named);
        expect(text, `${fixture.slug} in ${name}`).toContain(`${outlet} · ${language}`);
      }
    }
  });

  it('lists a relevant article that gave no claim under "Also reported" in digest.json, and only those', async () => {
    const listed = listedArticles();
    for (const fixture of fixtures.filter((candidate) => candidate.labels.relevant && candidate.labels.duplicateOf === null)) {
      const { date, article } = listed.get(fixture.slug)!;
      const day = report.days.find((candidate) => candidate.date === date)!;
      expect(day.digest.alsoReported?.includes(article.id), fixture.slug).toBe(article.claims.length === 0);
      if (article.claims.length === 0) {
        const outputs = await readReaderOutputs(date);
        expect(outputs['email text'], fixture.slug).toMatch(/ALSO REPORTED/);
      }
    }
  });
});
