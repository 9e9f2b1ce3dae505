/**
 * The whole pipeline, end to end, as a developer runs it: the seed corpus, then the fixture site's
 * RSS and Atom feeds served over real HTTP on 127.0.0.1, replayed day by day into an embedded
 * dynalite and a filesystem blob store. Expectations come from test/fixtures/site/expectations.json,
 * written by reading the fixture pages.
 */
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLocalEnvironment } from '../../functions/cli/local-environment';
import { loadSeedCorpus } from '../../shared/jobs/ingest-seeds';
import { replay, type ReplayReport } from '../../shared/jobs/replay';
import { DigestSchema, type Digest, type DigestArticle } from '../../shared/model/digest';
import type { FixtureServer } from '../helpers/fixture-server';
import { FIXTURE_SITE_DIR, serveFixtureSite } from '../helpers/fixture-site';

interface ExpectedArticle {
  path: string;
  title: string;
  publishedAt: string;
  relevant: boolean;
  duplicateOf: string | null;
  claims: Array<{ thread: string; subject: string; status: string }>;
}

const expectations = JSON.parse(await readFile(join(FIXTURE_SITE_DIR, 'expectations.json'), 'utf8')) as {
  articles: ExpectedArticle[];
};
const seedsDir = join(import.meta.dirname, '..', '..', 'seeds');

let server: FixtureServer;
let dataDir: string;
let first: ReplayReport;

async function runReplay(): Promise<ReplayReport> {
  const env = await openLocalEnvironment({ dataDir, allowHosts: ['127.0.0.1'], timeZone: 'UTC', recipients: [] });
  try {
    const feeds = [{ url: `${server.url}/feed.xml` }, { url: `${server.url}/atom.xml` }];
    return await replay(await loadSeedCorpus(seedsDir), feeds, { ...env.deps, readLocalFeed: (path) => readFile(path, 'utf8') });
  } finally {
    await env.close();
  }
}

async function readDigest(date: string): Promise<Digest> {
  return DigestSchema.parse(JSON.parse(await readFile(join(dataDir, 'digests', date, 'digest.json'), 'utf8')));
}

/** The fixture path of a listed article, from its canonical URL (one feed adds tracking parameters). */
function pathOf(article: DigestArticle): string {
  const url = article.canonicalUrl;
  return url.startsWith(server.url) ? url.slice(server.url.length + 1) : url;
}

beforeAll(async () => {
  server = await serveFixtureSite();
  dataDir = await mkdtemp(join(tmpdir(), 'sitrep-e2e-'));
  first = await runReplay();
}, 240_000);

afterAll(() => server.close());

describe('replay of the fixture site', () => {
  it('writes one digest per publication day, after the seed baseline, each valid against the contract', async () => {
    const expectedDays = new Set([
      ...first.seeds.map((seed) => seed.digestDate),
      ...expectations.articles.map((article) => article.publishedAt.slice(0, 10)),
    ]);
    expect(first.days.map((day) => day.date)).toEqual([...expectedDays].sort());
    expect(first.failures).toEqual([]);
    for (const date of expectedDays) {
      const files = await readdir(join(dataDir, 'digests', date));
      expect(files.sort()).toEqual(['digest.html', 'digest.json', 'digest.md']);
      expect((await readDigest(date)).date).toBe(date);
    }
  });

  it('lists every fixture article once, on its day, with its title and relevance', async () => {
    const listed = new Map<string, { date: string; article: DigestArticle }>();
    for (const { date, digest } of first.days) {
      for (const article of digest.articles) {
        expect(listed.has(pathOf(article)), `${pathOf(article)} listed twice`).toBe(false);
        listed.set(pathOf(article), { date, article });
      }
    }
    for (const expected of expectations.articles) {
      const found = listed.get(expected.path);
      expect(found, `${expected.path} is listed`).toBeDefined();
      expect(found?.date).toBe(expected.publishedAt.slice(0, 10));
      expect(found?.article.title).toBe(expected.title);
      expect(found?.article.relevant, `${expected.path} relevance`).toBe(expected.relevant);
    }
    // The Latakia wheat story is in both feeds, once with tracking parameters: one article.
    expect(listed.size).toBe(expectations.articles.length + first.seeds.length);
  });

  it('links every syndicated copy to its original and keeps independent reports apart', async () => {
    const byPath = new Map(first.days.flatMap((day) => day.digest.articles.map((article) => [pathOf(article), article] as const)));
    for (const expected of expectations.articles) {
      const article = byPath.get(expected.path);
      if (expected.duplicateOf === null) {
        expect(article?.duplicateOf, `${expected.path} is not a duplicate`).toBeNull();
        continue;
      }
      const original = expected.duplicateOf.startsWith('seed:') ? expected.duplicateOf : byPath.get(expected.duplicateOf)?.id;
      expect(article?.duplicateOf?.id, `${expected.path} repeats ${expected.duplicateOf}`).toBe(original);
      expect(article?.claims, 'a duplicate adds no claims').toEqual([]);
    }
  });

  it('finds the claims a reader finds in the fixture articles', () => {
    const byPath = new Map(first.days.flatMap((day) => day.digest.articles.map((article) => [pathOf(article), article] as const)));
    let expectedCount = 0;
    let found = 0;
    const missed: string[] = [];
    for (const expected of expectations.articles.filter((article) => article.relevant && article.duplicateOf === null)) {
      const claims = byPath.get(expected.path)?.claims ?? [];
      const threads = new Set(claims.map((claim) => claim.thread));
      for (const claim of expected.claims) {
        expect(threads.has(claim.thread as never), `${expected.path}: a ${claim.thread} claim`).toBe(true);
        expectedCount += 1;
        const hit = claims.some((c) => c.thread === claim.thread && c.subject === claim.subject && c.status === claim.status);
        if (hit) found += 1;
        else missed.push(`${expected.path}: ${claim.thread}/${claim.subject}/${claim.status}`);
      }
    }
    // Status-level recall over the site: the extractor is rule-based and scored separately by
    // `npm run eval`; here a regression that loses more than one in five claims fails the build.
    expect(found / expectedCount, `missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(0.8);
  });

  it('carries each subject\'s status from day to day unless that day changed it', async () => {
    const days = first.days;
    for (let i = 1; i < days.length; i += 1) {
      const before = days[i - 1]!.digest;
      const after = days[i]!.digest;
      for (const thread of before.threads) {
        const next = after.threads.find((t) => t.thread === thread.thread)!;
        for (const subject of thread.subjects) {
          const carried = next.subjects.find((s) => s.subject === subject.subject);
          expect(carried, `${after.date}: ${thread.thread}/${subject.subject} carried`).toBeDefined();
          if (!carried!.changed) {
            expect(carried!.status).toBe(subject.status);
            expect(carried!.since <= before.date).toBe(true);
          } else {
            expect(carried!.previousStatus).toBe(subject.status);
            expect(carried!.since).toBe(after.date);
          }
        }
      }
    }
    // Read from the pages: the Kremlin refuses Assad's handover (28 Oct) and says so again on 19 Nov.
    const last = days.at(-1)!.digest;
    const assad = last.threads.find((t) => t.thread === 'extradition')!.subjects.find((s) => s.subject === 'assad');
    expect(assad?.status).toBe('refused');
  });

  it('changes nothing when run again over the same data dir', async () => {
    const before = await Promise.all(first.days.map(async (day) => readFile(join(dataDir, 'digests', day.date, 'digest.md'), 'utf8')));
    const articleFiles = (await readdir(join(dataDir, 'articles'))).length;
    const fetchesBefore = server.requests.filter((request) => request.path.endsWith('.html')).length;

    const second = await runReplay();

    expect(second.poll?.items.every((item) => item.outcome === 'already_seen' || item.outcome === 'rejected')).toBe(true);
    expect(server.requests.filter((request) => request.path.endsWith('.html')).length).toBe(fetchesBefore);
    expect((await readdir(join(dataDir, 'articles'))).length).toBe(articleFiles);
    const after = await Promise.all(second.days.map(async (day) => readFile(join(dataDir, 'digests', day.date, 'digest.md'), 'utf8')));
    expect(after).toEqual(before);
    for (const [index, day] of second.days.entries()) {
      expect({ ...day.digest, generatedAt: '' }).toEqual({ ...first.days[index]!.digest, generatedAt: '' });
    }
  }, 120_000);
});
