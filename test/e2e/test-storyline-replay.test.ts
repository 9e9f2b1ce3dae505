/**
 * The engine is generic: a second storyline, defined only in the tests (two invented countries and
 * their river compact), runs through the same claims engine, replay and digest as Syria–Russia —
 * its own seeds, a feed served over real HTTP on 127.0.0.1, dynalite and a filesystem blob store.
 * Expectations are written by reading the fixture texts in test/fixtures/storylines/river-compact/.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLocalEnvironment } from '../../functions/cli/local-environment';
import { loadSeedCorpus } from '../../shared/jobs/ingest-seeds';
import { replay, type ReplayReport } from '../../shared/jobs/replay';
import { DigestSchema, type Digest } from '../../shared/model/digest';
import { RIVER_COMPACT } from '../fixtures/storylines/river-compact/storyline';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'storylines', 'river-compact');
const PAGES = [
  { path: '/day1.html', title: 'Ostria shuts Greyfall sluices as drought bites', date: 'Tue, 03 Mar 2026 10:00:00 GMT' },
  { path: '/day2.html', title: 'Veska and Ostria sign bulk water deal', date: 'Thu, 05 Mar 2026 10:00:00 GMT' },
];

let server: FixtureServer;
let dataDir: string;
let report: ReplayReport;

async function serveCompactSite(): Promise<FixtureServer> {
  let origin = '';
  const feed = () =>
    `<?xml version="1.0"?><rss version="2.0"><channel><title>River news</title><link>${origin}/</link><description>x</description>${PAGES.map(
      (page) => `<item><title>${page.title}</title><link>${origin}${page.path}</link><guid>${origin}${page.path}</guid><pubDate>${page.date}</pubDate></item>`,
    ).join('')}</channel></rss>`;
  const routes: Record<string, (request: unknown, response: import('node:http').ServerResponse) => Promise<void>> = {
    '/feed.xml': async (_request, response) => void response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed()),
  };
  for (const page of PAGES) {
    routes[page.path] = async (_request, response) =>
      void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(await readFile(join(FIXTURES, page.path.slice(1)), 'utf8'));
  }
  const started = await startFixtureServer(routes);
  origin = started.url;
  return started;
}

async function readDigest(date: string): Promise<Digest> {
  return DigestSchema.parse(JSON.parse(await readFile(join(dataDir, 'digests', date, 'digest.json'), 'utf8')));
}

beforeAll(async () => {
  server = await serveCompactSite();
  dataDir = await mkdtemp(join(tmpdir(), 'sitrep-storyline-'));
  const env = await openLocalEnvironment({ dataDir, allowHosts: ['127.0.0.1'], timeZone: 'UTC', recipients: [], storyline: RIVER_COMPACT });
  try {
    report = await replay(await loadSeedCorpus(join(FIXTURES, 'seeds')), [{ url: `${server.url}/feed.xml` }], { ...env.deps, readLocalFeed: (path) => readFile(path, 'utf8') });
  } finally {
    await env.close();
  }
}, 120_000);

afterAll(() => server.close());

describe('a storyline defined only in the tests, end to end', () => {
  it('writes one digest per day with its own threads and the seeds as the baseline', async () => {
    expect(report.failures).toEqual([]);
    expect(report.days.map((day) => day.date)).toEqual(['2026-03-01', '2026-03-03', '2026-03-05']);
    const seedDay = await readDigest('2026-03-01');
    expect(seedDay.storyline).toBe('river-compact');
    expect(seedDay.threads.map((thread) => thread.thread)).toEqual(['dams', 'water']);
    const states = seedDay.threads.flatMap((thread) => thread.subjects.map((subject) => `${thread.thread}/${subject.subject}/${subject.status}`));
    expect(states).toEqual(['dams/greyfall/talks', 'water/bulk/offered']);
  });

  it('announces the closure reported in the lead as a status change, with its quote and outlet', async () => {
    const digest = await readDigest('2026-03-03');
    const dams = digest.threads.find((thread) => thread.thread === 'dams')!;
    expect(dams.changes).toHaveLength(1);
    expect(dams.changes[0]).toMatchObject({ kind: 'status_change', subject: 'greyfall', status: 'shut', previousStatus: 'talks' });
    expect(dams.changes[0]!.evidence[0]!.quote).toContain('shut the sluices of the Greyfall dam');
    expect(dams.changes[0]!.evidence[0]!.publisher).toBe('Meander Times');
    expect(digest.threads.find((thread) => thread.thread === 'water')!.changes).toEqual([]);
  });

  it('moves the water sale forward to signed, and reads "may be months before the water arrives" as no delivery', async () => {
    const digest = await readDigest('2026-03-05');
    const water = digest.threads.find((thread) => thread.thread === 'water')!;
    expect(water.changes.map((change) => `${change.kind}:${change.subject}:${change.previousStatus}->${change.status}`)).toEqual(['status_change:bulk:offered->contracted']);
    const [article] = digest.articles;
    expect(article!.claims.some((claim) => claim.status === 'delivered')).toBe(false);
    expect(article!.mentions?.some((mention) => mention.status === 'delivered' && mention.reading === 'hedged')).toBe(true);
  });

  it("renders the storyline's own labels in the reader's digest", async () => {
    const markdown = await readFile(join(dataDir, 'digests', '2026-03-03', 'digest.md'), 'utf8');
    expect(markdown).toContain('Greyfall Dam');
    expect(markdown).not.toMatch(/Tartus|Assad|Hmeimim/);
  });
});
