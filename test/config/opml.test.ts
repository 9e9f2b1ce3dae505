import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OpmlError, parseOpml } from '../../shared/config/opml';
import { REPOSITORY_ROOT } from '../../infra/bundling';

const opml = (body: string) => `<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>${body}</body></opml>`;

describe('parseOpml', () => {
  it('reads every feed outline, however nested, with its title as publisher', () => {
    // Prepare
    const xml = opml(`
      <outline text="Syria">
        <outline type="rss" text="Enab Baladi" title="Enab Baladi" xmlUrl="https://english.enabbaladi.net/feed/"/>
        <outline text="Deeper"><outline type="rss" text="Syria Direct" xmlUrl="https://syriadirect.org/feed/"/></outline>
      </outline>
      <outline type="rss" xmlUrl="https://tass.com/rss/v2.xml"/>`);

    // Act
    const feeds = parseOpml(xml);

    // Assess
    expect(feeds).toEqual([
      { url: 'https://english.enabbaladi.net/feed/', publisher: 'Enab Baladi' },
      { url: 'https://syriadirect.org/feed/', publisher: 'Syria Direct' },
      { url: 'https://tass.com/rss/v2.xml' },
    ]);
  });

  it.each([
    ['decodes entities in attributes', `<outline title="Al-Monitor &amp; Co &#8212; ME" xmlUrl="https://x.example/rss?a=1&amp;b=2"/>`, { url: 'https://x.example/rss?a=1&b=2', publisher: 'Al-Monitor & Co — ME' }],
    ['accepts single quotes and lower-case xmlurl', `<outline text='BBC' xmlurl='https://feeds.bbci.co.uk/news/rss.xml'/>`, { url: 'https://feeds.bbci.co.uk/news/rss.xml', publisher: 'BBC' }],
  ])('%s', (_name, body, expected) => {
    // Act / Assess
    expect(parseOpml(opml(body))).toEqual([expected]);
  });

  it('lists a feed once when the file repeats it', () => {
    // Act
    const feeds = parseOpml(opml(`<outline xmlUrl="https://a.example/feed"/><outline text="again" xmlUrl="https://a.example/feed"/>`));

    // Assess
    expect(feeds).toEqual([{ url: 'https://a.example/feed' }]);
  });

  it.each([
    ['a DOCTYPE (entity expansion)', `<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaa">]><opml><body><outline xmlUrl="https://a.example/&a;"/></body></opml>`, /DOCTYPE/],
    ['a document that is not OPML', `<rss><channel/></rss>`, /no <opml>/],
    ['a feed URL that is not http(s)', opml(`<outline xmlUrl="file:///etc/passwd"/>`), /http\(s\)/],
    ['a feed URL that is not a URL', opml(`<outline xmlUrl="not a url"/>`), /not a URL/],
  ])('refuses %s', (_name, xml, message) => {
    // Act / Assess
    expect(() => parseOpml(xml)).toThrow(OpmlError);
    expect(() => parseOpml(xml)).toThrow(message);
  });

  it.each([
    ['a bare ISO 639-1 code', 'ar', 'ar'],
    ['a BCP 47 tag with a region, any case', 'ru-RU', 'ru'],
    ['a POSIX locale', 'en_GB', 'en'],
  ])('reads the feed language from %s', (_name, tag, expected) => {
    // Act
    const [feed] = parseOpml(opml(`<outline text="Outlet" language="${tag}" xmlUrl="https://a.example/feed"/>`));

    // Assess
    expect(feed).toEqual({ url: 'https://a.example/feed', publisher: 'Outlet', language: expected });
  });

  it('refuses a feed language that is not a language tag, naming it', () => {
    // Act / Assess
    expect(() => parseOpml(opml(`<outline language="Arabic" xmlUrl="https://a.example/feed"/>`))).toThrow(OpmlError);
    expect(() => parseOpml(opml(`<outline language="Arabic" xmlUrl="https://a.example/feed"/>`))).toThrow(/"Arabic"/);
  });

  it('reads the shipped default feed list: on-topic outlets, all https', () => {
    // Act
    const feeds = parseOpml(readFileSync(join(REPOSITORY_ROOT, 'config/feeds.opml'), 'utf8'));

    // Assess
    expect(feeds.length).toBeGreaterThanOrEqual(10);
    expect(feeds.every((feed) => feed.url.startsWith('https://') && feed.publisher)).toBe(true);
    expect(feeds.map((feed) => feed.publisher)).toEqual(expect.arrayContaining(['Enab Baladi', 'SANA', 'TASS', 'Al Jazeera']));
  });

  it('ships Arabic and Russian outlets, agencies and independents, each marked with its language', () => {
    // Act
    const feeds = parseOpml(readFileSync(join(REPOSITORY_ROOT, 'config/feeds.opml'), 'utf8'));

    // Assess
    expect(feeds.every((feed) => feed.language !== undefined)).toBe(true);
    const publishersIn = (language: string) => feeds.filter((feed) => feed.language === language).map((feed) => feed.publisher);
    expect(publishersIn('ar')).toEqual(expect.arrayContaining(['سانا', 'عنب بلدي', 'الشرق الأوسط']));
    expect(publishersIn('ru')).toEqual(expect.arrayContaining(['ТАСС', 'РИА Новости', 'Интерфакс', 'Коммерсантъ', 'Медуза']));
  });
});
