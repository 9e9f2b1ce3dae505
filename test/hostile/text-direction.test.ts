/**
 * Issue 16, class 2: text that reorders itself. Bidi controls and other format characters in a
 * feed's titles, publisher and article text must reach no output: digest.md, digest.html, the
 * email's two parts and its Subject. Foreign-direction text is isolated only by generated markup.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLocalEnvironment } from '../../functions/cli/local-environment';
import { parseFeed } from '../../shared/feed/parse-feed';
import { replay, type ReplayReport } from '../../shared/jobs/replay';
import { sendDigest } from '../../shared/jobs/send-digest';
import { makeChange, makeDigest, makeDigestArticle } from '../email/digest-factory';
import { openMailHarness, readHeaderLines } from '../email/harness';
import { registerHostileGroup } from './figures';

const figures = registerHostileGroup('text direction');

/** Every bidi control the issue names (embeddings, overrides, isolates, marks). */
const BIDI_CONTROLS = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
/** Other invisible format characters: zero-width space, non-joiner, joiner, word joiner, BOM, soft hyphen, a tag character. */
const OTHER_FORMAT = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u{E0041}'];
const ANY_BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const ANY_FORMAT = /\p{Cf}/u;

const RLO = '\u202E';
const PDF = '\u202C';
/** Reads "Tartus base closed" on screen once the override reverses "desolc". */
const TITLE = `Russia keeps Tartus naval base, ${RLO}desolc esab${PDF} Syria says`;
const PUBLISHER = `Levant\u2067 Wire\u2069\u200F \u200Bنيوز`;
const BODY = [
  `Syrian Foreign Minister Asaad al-Shaibani said on Tuesday that Russia will keep its naval base at Tartus ${RLO}under the existing agreement${PDF}.`,
  `Officials in Damascus\u2066 told reporters\u2069 that talks on the Hmeimim air base would continue next month, and that no date for a withdrawal had been set.`,
  `The Russian delegation, led by a deputy prime minister, also discussed wheat shipments and fuel supplies with the Syrian ministry of economy.`,
].map((paragraph) => `<p>${paragraph}</p>`).join('');
const ASSAD_BODY = [
  `The Syrian justice ministry said on Monday that it had formally asked Moscow to hand over Bashar al-Assad${RLO} and two of his brothers${PDF}.`,
  `A Kremlin spokesman declined to comment on the request when asked by reporters in Moscow, saying only that the matter was a humanitarian one.`,
  `Assad has lived in Moscow with his family since December 2024, when his government fell to an offensive led by Hayat Tahrir al-Sham.`,
].map((paragraph) => `<p>${paragraph}</p>`).join('');

const feedXml = (items: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>${PUBLISHER}</title>${items}</channel></rss>`;
const feedItem = (title: string, slug: string, body = BODY) =>
  `<item><title>${title}</title><link>https://levant.invalid/${slug}</link><pubDate>Mon, 20 Oct 2025 09:00:00 GMT</pubDate>` +
  `<content:encoded><![CDATA[${body}]]></content:encoded></item>`;

describe('hostile: text direction (cases 1–4)', () => {
  let dataDir: string;
  let report: ReplayReport | undefined;
  const outputs: Array<{ name: string; text: string }> = [];
  let subject = '';

  beforeAll(async () => {
    // Prepare: a feed file whose pages cannot be fetched, so each article is read from the feed.
    dataDir = await mkdtemp(join(tmpdir(), 'sitrep-bidi-'));
    const feedPath = join(dataDir, 'feed.xml');
    await writeFile(feedPath, feedXml(feedItem(TITLE, 'tartus') + feedItem(`Assad\u200B extradition\u00AD request ${RLO}detcejer${PDF}`, 'assad', ASSAD_BODY)), 'utf8');
    const environment = await openLocalEnvironment({ dataDir, allowHosts: [], timeZone: 'UTC', recipients: ['reader@example.com'] });
    try {
      // Act
      ({ value: report } = await figures.observe([], () =>
        replay({ manifest: { seeds: [] }, files: [] }, [{ url: feedPath }], { ...environment.deps, readLocalFeed: (path) => readFile(path, 'utf8') }),
      ));
      await environment.sendDigests(['2025-10-20']);
    } finally {
      await environment.close();
    }
    for (const name of ['digest.md', 'digest.html', 'digest.json']) {
      outputs.push({ name, text: await readFile(join(dataDir, 'digests', '2025-10-20', name), 'utf8') });
    }
    const [eml] = await readdir(join(dataDir, 'outbox', '2025-10-20'));
    const raw = await readFile(join(dataDir, 'outbox', '2025-10-20', eml!));
    const mail = await simpleParser(raw);
    subject = mail.subject ?? '';
    outputs.push({ name: 'email html', text: mail.html || '' }, { name: 'email text', text: mail.text ?? '' }, { name: 'email headers', text: readHeaderLines(raw.toString('utf8')).join('\n') });
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('case 1: no bidi control from a title, publisher or quote reaches digest.md, digest.html, digest.json or either email part', () => {
    // Assess
    expect(report?.failures).toEqual([]);
    expect(outputs.map((output) => output.name)).toEqual(['digest.md', 'digest.html', 'digest.json', 'email html', 'email text', 'email headers']);
    for (const output of outputs) expect(ANY_BIDI.test(output.text), output.name).toBe(false);
    // The words are kept, in the order they were written.
    const html = outputs.find((output) => output.name === 'digest.html')!.text;
    expect(html).toContain('Russia keeps Tartus naval base, desolc esab Syria says');
    expect(html).toContain('Assad extradition request detcejer');
  });

  it('case 2: the Subject and every other header carry no format character', () => {
    // Assess
    expect(subject).toMatch(/^Syria–Russia, 20 Oct: /);
    expect(ANY_FORMAT.test(subject)).toBe(false);
    expect(ANY_FORMAT.test(outputs.find((output) => output.name === 'email headers')!.text)).toBe(false);
  });

  it('case 3: direction is set only by generated markup: the Arabic publisher is isolated in <bdi>', () => {
    // Assess
    const html = outputs.find((output) => output.name === 'digest.html')!.text;
    expect(html).toContain('<bdi>Levant Wire نيوز</bdi>');
  });

  it.each([...BIDI_CONTROLS, ...OTHER_FORMAT].map((character) => [`U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`, character]))(
    'case 4: %s in a feed title, author or channel title is gone once parsed; in a Subject it is removed',
    async (_name, character) => {
      // Prepare
      const xml = `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Wire${character} Feed</title>` +
        `<item><title>Tartus${character} base</title><dc:creator>A${character}B</dc:creator><link>https://levant.example/a</link></item></channel></rss>`;
      const mail = await openMailHarness();
      try {
        const digest = makeDigest([makeChange({ summary: `Tartus${character} contract cancelled` })], [makeDigestArticle({ publisher: `Wire${character}` })]);
        await mail.putDigest(digest);
        await mail.deps.subscribers.putConfirmed('reader@example.com', 'short', new Date('2025-11-01T00:00:00Z'));
        // Act
        const { value: parsed } = await figures.observe([], () => parseFeed(xml, 'https://levant.example/feed.xml'));
        await figures.observe([], () => sendDigest(digest.date, mail.deps));
        const { mail: sent } = await mail.readEml(digest.date, 'reader@example.com.eml');
        // Assess
        expect(parsed?.title).toBe('Wire Feed');
        expect(parsed?.items.map((item) => [item.title, item.author])).toEqual([['Tartus base', 'AB']]);
        // The subject is written from the vocabulary (issue 15): no outside text, so no format character, reaches it.
        expect(sent.subject).toMatch(/^Syria–Russia, 12 Nov: /);
        expect(sent.subject).not.toContain(character);
        if (BIDI_CONTROLS.includes(character)) expect(sent.html || '').not.toContain(character);
      } finally {
        await mail.close();
      }
    },
  );
});
