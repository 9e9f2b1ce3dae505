/**
 * The seed replay as a reader meets it: the digests, the emails built from them and the archive
 * under <data-dir>/site/. No internal id or file name anywhere, no quote twice in a digest, subject
 * lines that fit, and an Atom feed with one entry per digest.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLocalEnvironment } from '../../functions/cli/local-environment';
import { buildDigestEmail, describeDigestHeadline } from '../../shared/email/digest-email';
import { loadSeedCorpus } from '../../shared/jobs/ingest-seeds';
import { replay, type ReplayReport } from '../../shared/jobs/replay';

const INTERNAL_NAMES = /seed:|Seed 00\d|\d{3}_[0-9a-f]{16}|\.txt\b/;
let dataDir: string;
let report: ReplayReport;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'sitrep-replay-site-'));
  const env = await openLocalEnvironment({ dataDir, allowHosts: [], timeZone: 'UTC', recipients: [] });
  try {
    report = await replay(await loadSeedCorpus(join(import.meta.dirname, '..', '..', 'seeds')), [], { ...env.deps, readLocalFeed: (path) => readFile(path, 'utf8') });
  } finally {
    await env.close();
  }
}, 240_000);

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

describe('the seed replay, as a reader meets it', () => {
  it('writes the archive: an index, a page per digest, a timeline per thread and an Atom 1.0 feed with one entry per digest', async () => {
    // Act
    const files = (await listFiles(join(dataDir, 'site'))).map((file) => file.slice(join(dataDir, 'site').length + 1)).sort();

    // Assess
    expect(files).toEqual([
      'digests/2025-10-15.html',
      'digests/2025-10-16.html',
      'feed.atom',
      'index.html',
      'timeline/bases.html',
      'timeline/extradition.html',
      'timeline/investment.html',
    ]);
    // feed.atom parses as XML in the Atom 1.0 namespace, with one entry per digest (test/site/publish-site.test.ts checks the rest).
    const { window } = new JSDOM('');
    try {
      const feed = new window.DOMParser().parseFromString(await readFile(join(dataDir, 'site', 'feed.atom'), 'utf8'), 'application/xml');
      expect(feed.getElementsByTagName('parsererror')).toHaveLength(0);
      expect(feed.documentElement.namespaceURI).toBe('http://www.w3.org/2005/Atom');
      expect(feed.documentElement.localName).toBe('feed');
      const ids = [...feed.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry')].map((entry) => entry.getElementsByTagName('id')[0]?.textContent);
      expect(ids).toEqual(report.days.map(({ date }) => `urn:sitrep:syria-russia:digests:${date}`).reverse());
    } finally {
      window.close();
    }
  });

  it('shows no internal id or file name in any page, digest or email', async () => {
    // Prepare
    const pages = [...(await listFiles(join(dataDir, 'site'))), ...(await listFiles(join(dataDir, 'digests'))).filter((file) => !file.endsWith('.json'))];
    const emails = report.days.map(({ digest }) => buildDigestEmail(digest, describeDigestHeadline(digest), { quietDay: 'short', unsubscribeUrl: 'https://sitrep.example/u?t=1' })!);

    // Act / Assess
    for (const page of pages) expect(await readFile(page, 'utf8'), page).not.toMatch(INTERNAL_NAMES);
    for (const email of emails) {
      expect(`${email.subject}\n${email.text}\n${email.html}`).not.toMatch(INTERNAL_NAMES);
    }
  });

  it('lists each source by its whole headline in the sources list', async () => {
    // Act
    const html = await readFile(join(dataDir, 'digests', '2025-10-15', 'digest.html'), 'utf8');

    // Assess: seeds have no outlet and no link, so the headline names them (seeds/manifest.json).
    const sources = html.slice(html.indexOf('>Sources<'));
    expect(sources).toContain('<bdi>Syria’s Leader Visits Moscow to Reinforce Strategic Ties, Putin Praises Decades of Cooperation</bdi>');
  });

  it('prints no quote twice within a digest, and adds no quote marks of its own', async () => {
    for (const { date } of report.days) {
      // Act
      const { window } = new JSDOM(await readFile(join(dataDir, 'digests', date, 'digest.html'), 'utf8'));

      // Assess
      try {
        const quotes = [...window.document.querySelectorAll('blockquote span[dir="auto"], blockquote[dir="rtl"]')].map((quote) => quote.textContent ?? '');
        expect(quotes.length).toBeGreaterThan(0);
        expect(new Set(quotes).size, date).toBe(quotes.length);
        expect(window.document.body.textContent ?? '').not.toMatch(/““|””|“"|"”/);
      } finally {
        window.close();
      }
    }
  });

  it('gives every digest a subject line of at most 78 characters that ends with a whole sentence', () => {
    for (const { digest } of report.days) {
      // Act
      const { subject } = describeDigestHeadline(digest);

      // Assess
      expect(subject.length).toBeLessThanOrEqual(78);
      // The prefix goes first when the lead needs the room (lead.ts); the lead is never cut.
      expect(subject).toMatch(/^(?:Syria–Russia, \d{1,2} [A-Z][a-z]{2}: )?[A-Z][^:]*[a-z](?: \(\+\d+ more\))?$/);
    }
  });
});
