import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../shared/config/config';
import { loadDeployConfig } from '../../shared/config/deploy-config';

const OPML = `<opml version="2.0"><body><outline title="TASS" xmlUrl="https://tass.com/rss/v2.xml"/><outline title="SANA" xmlUrl="https://sana.sy/en/?feed=rss2"/></body></opml>`;
const files: Record<string, string> = { 'config/feeds.opml': OPML };
const readText = (path: string) => {
  const text = files[path];
  if (text === undefined) throw new Error(`ENOENT: ${path}`);
  return text;
};

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('loadDeployConfig', () => {
  it('fills defaults and takes the SES identity from the sender address', () => {
    // Act
    const config = loadDeployConfig({ feedsOpml: 'config/feeds.opml', senderEmail: 'digest@news.example.org' }, readText);

    // Assess
    expect(config).toMatchObject({
      pollEveryMinutes: 30,
      digestHour: 7,
      timeZone: 'UTC',
      sesIdentity: 'news.example.org',
      createSesIdentity: false,
      rawRetentionDays: 90,
      removalPolicy: 'retain',
    });
    expect(config.feeds.map((feed) => feed.publisher)).toEqual(['TASS', 'SANA']);
  });

  it('merges inline feeds into the OPML list, an inline entry renaming an OPML one', () => {
    // Act
    const config = loadDeployConfig(
      {
        feedsOpml: 'config/feeds.opml',
        feeds: [{ url: 'https://tass.com/rss/v2.xml', publisher: 'TASS (English)' }, { url: 'https://syriadirect.org/feed/' }],
        senderEmail: 'a@b.example',
      },
      readText,
    );

    // Assess
    expect(config.feeds).toEqual([
      { url: 'https://tass.com/rss/v2.xml', publisher: 'TASS (English)' },
      { url: 'https://sana.sy/en/?feed=rss2', publisher: 'SANA' },
      { url: 'https://syriadirect.org/feed/' },
    ]);
  });

  it('names every bad key in one error', () => {
    // Act
    const message = errorOf(() =>
      loadDeployConfig(
        {
          feeds: [{ url: 'ftp://x.example/feed' }],
          senderEmail: 'not-an-address',
          timeZone: 'Mars/Olympus_Mons',
          digestHour: 24,
          logRetentionDays: 8,
          digestHours: 7,
        },
        readText,
      ),
    );

    // Assess
    for (const key of ['sitrep.feeds.0.url', 'sitrep.senderEmail', 'sitrep.timeZone', 'sitrep.digestHour', 'sitrep.logRetentionDays']) {
      expect(message).toContain(key);
    }
    expect(message).toMatch(/unknown key\(s\) digestHours/);
  });

  it.each([
    ['no feeds at all', { senderEmail: 'a@b.example' }, /no feeds/],
    ['a missing OPML file', { feedsOpml: 'config/missing.opml', senderEmail: 'a@b.example' }, /feedsOpml.*missing\.opml.*ENOENT/],
    ['a send time past midnight', { feedsOpml: 'config/feeds.opml', senderEmail: 'a@b.example', digestHour: 23, sendDelayMinutes: 90 }, /sendDelayMinutes/],
    ['no context at all', undefined, /senderEmail/],
  ])('refuses %s', (_name, context, message) => {
    // Act / Assess
    expect(errorOf(() => loadDeployConfig(context, readText))).toMatch(message);
  });
});
