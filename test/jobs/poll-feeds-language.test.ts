/**
 * Poll passes on what a feed declares about its language: an item's dc:language over the channel's
 * <language> over the operator's OPML `language`, on the job for the process step; an item the
 * pre-filter keeps from being fetched is recorded with its language all the same.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollFeeds } from '../../shared/jobs/poll-feeds';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server';
import { startPollHarness, type PollHarness } from '../helpers/poll-harness';

const rssHeaders = { 'content-type': 'application/rss+xml; charset=utf-8' };
const item = (path: string, title: string, extra = '') =>
  `<item><title>${title}</title><link>{{BASE}}${path}</link><pubDate>Mon, 20 Oct 2025 08:00:00 GMT</pubDate>${extra}</item>`;
const rss = (channelExtra: string, items: string) =>
  `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Feed</title>${channelExtra}${items}</channel></rss>`;

let harness: PollHarness;
let server: FixtureServer;

beforeAll(async () => {
  harness = await startPollHarness();
  const feeds: Record<string, string> = {
    '/channel-ar.xml': rss('<language>ar-SY</language>', [
      item('/tartus-ar', 'بيسكوف: المحادثات حول قاعدتي طرطوس وحميميم مستمرة مع دمشق'),
      item('/russian-item', 'Песков: переговоры о базах в Тартусе и Хмеймиме продолжаются', '<dc:language>ru</dc:language>'),
    ].join('')),
    // Off the storyline, and naming neither side (the pre-filter now reads Russian).
    '/undeclared.xml': rss('', item('/weather', 'Синоптики обещают сильный снегопад в Новосибирске на выходных')),
  };
  let origin = '';
  server = await startFixtureServer(
    Object.fromEntries(
      Object.entries(feeds).map(([path, xml]) => [path, (_request, response) => {
        response.writeHead(200, rssHeaders);
        response.end(xml.replaceAll('{{BASE}}', origin));
      }]),
    ),
  );
  origin = server.url;
});
afterAll(async () => {
  await server.close();
  await harness.close();
});

describe('pollFeeds and languages', () => {
  it('puts the feed\'s declaration on each job or record: the item\'s own first, then the channel\'s', async () => {
    // Prepare
    const deps = await harness.createDeps();

    // Act
    const report = await pollFeeds([{ url: `${server.url}/channel-ar.xml`, language: 'en' }], deps);

    // Assess: whichever way each item went (queued, or recorded by the pre-filter)
    const languageOf = async (path: string) => {
      const entry = report.items.find((candidate) => candidate.url === `${server.url}${path}`)!;
      const job = deps.queue.jobs.find((candidate) => candidate.articleId === entry.articleId);
      return job ? job.feedLanguage : (await deps.articles.getArticle(entry.articleId))?.language;
    };
    expect(await languageOf('/tartus-ar')).toMatch(/^ar/);
    expect(await languageOf('/russian-item')).toBe('ru');
  });

  it('records a pre-filtered item with the language of its headline when nothing is declared', async () => {
    // Prepare
    const deps = await harness.createDeps();

    // Act
    const report = await pollFeeds([{ url: `${server.url}/undeclared.xml` }], deps);

    // Assess
    expect(report.items.map((entry) => entry.outcome)).toEqual(['filtered']);
    expect((await deps.articles.getArticle(report.items[0]!.articleId))?.language).toBe('ru');
  });

  it('falls back to the operator\'s OPML language when the feed declares none', async () => {
    // Prepare: an operator who marked the outlet Ukrainian; the detector alone would say Russian
    const deps = await harness.createDeps();

    // Act
    const report = await pollFeeds([{ url: `${server.url}/undeclared.xml`, language: 'uk' }], deps);

    // Assess: a same-script declaration stands against the detector
    expect((await deps.articles.getArticle(report.items[0]!.articleId))?.language).toBe('uk');
  });
});
