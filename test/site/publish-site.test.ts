import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeDigest } from '../../shared/digest/compute-digest';
import type { Digest } from '../../shared/model/digest';
import { publishSite, SitePublishError } from '../../shared/site/publish-site';
import { FsBlobStore } from '../../shared/storage/blob/fs-blob-store';
import { knownSubject, makeClaim, makeRecord, makeState } from '../digest/factories';
import { SYRIA_RUSSIA } from '../../shared/storyline/syria-russia';

const HOSTILE = '</title><script>alert(1)</script>]]><x>';
let dataDir: string;
let blobs: FsBlobStore;

/** Day one: Tartus is known as retained; day two: it is under negotiation (a status change), with hostile text. */
function twoDays(): Digest[] {
  const first = computeDigest({
    storyline: SYRIA_RUSSIA,
    date: '2025-11-01',
    stateBefore: null,
    records: [makeRecord('r1', 'SANA', [makeClaim('bases', 'tartus', 'retained', 'Russia keeps Tartus, SANA said.')], { digestDate: '2025-11-01', publishedAt: '2025-11-01T08:00:00Z' })],
    generatedAt: '2025-11-02T06:00:00Z',
  });
  const second = computeDigest({
    storyline: SYRIA_RUSSIA,
    date: '2025-11-02',
    stateBefore: first.stateAfter,
    records: [
      makeRecord('r2', `Reuters ${HOSTILE}`, [makeClaim('bases', 'tartus', 'negotiating', `Talks on Tartus began ${HOSTILE}.`)], { title: `Tartus talks ${HOSTILE}` }),
    ],
    generatedAt: '2025-11-03T06:00:00Z',
  });
  return [first.digest, second.digest];
}

async function readSite(path: string): Promise<string> {
  return readFile(join(dataDir, 'site', path), 'utf8');
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'sitrep-site-'));
  blobs = new FsBlobStore(dataDir);
  for (const digest of twoDays()) await blobs.put(`digests/${digest.date}/digest.json`, JSON.stringify(digest), 'application/json');
  await publishSite(blobs);
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('publishSite', () => {
  it('writes feed.atom as Atom 1.0 with one entry per digest, latest first', async () => {
    // Act
    const xml = await readSite('feed.atom');

    // Assess: a strict XML parse, then a feed reader's parse.
    const { window } = new JSDOM('');
    try {
      const document = new window.DOMParser().parseFromString(xml, 'application/xml');
      expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
      const feed = document.documentElement;
      expect(feed.namespaceURI).toBe('http://www.w3.org/2005/Atom');
      expect(feed.localName).toBe('feed');
      for (const required of ['id', 'title', 'updated', 'author']) expect(feed.getElementsByTagName(required).length).toBeGreaterThan(0);
      const entries = [...feed.getElementsByTagName('entry')];
      expect(entries.map((entry) => entry.getElementsByTagName('id')[0]?.textContent)).toEqual([
        'urn:sitrep:syria-russia:digests:2025-11-02',
        'urn:sitrep:syria-russia:digests:2025-11-01',
      ]);
      expect(entries.map((entry) => entry.getElementsByTagName('updated')[0]?.textContent)).toEqual(['2025-11-03T06:00:00.000Z', '2025-11-02T06:00:00.000Z']);
      expect(entries[0]!.getElementsByTagName('link')[0]?.getAttribute('href')).toBe('digests/2025-11-02.html');
    } finally {
      window.close();
    }
    const parsed = await new Parser().parseString(xml);
    expect(parsed.items).toHaveLength(2);
    expect(parsed.items[0]?.title).toBe('Sun 2 Nov 2025: Russia and Syria negotiate over the Tartus naval base, according to Reuters </title><script>alert(1)</script>]]><x>.');
  });

  it('writes the index latest first, linking each digest page', async () => {
    // Act
    const html = await readSite('index.html');

    // Assess
    const { window } = new JSDOM(html);
    try {
      const links = [...window.document.querySelectorAll('a')].map((anchor) => anchor.getAttribute('href'));
      expect(links.filter((href) => href?.startsWith('digests/'))).toEqual(['digests/2025-11-02.html', 'digests/2025-11-01.html']);
      expect(links).toContain('feed.atom');
      expect(links).toContain('timeline/bases.html');
    } finally {
      window.close();
    }
    expect(await readSite('digests/2025-11-01.html')).toContain('Russia keeps the Tartus naval base, according to SANA.');
  });

  it('writes a timeline per thread: every status change with its date, quote and source', async () => {
    // Act
    const { window } = new JSDOM(await readSite('timeline/bases.html'));

    // Assess
    try {
      const text = window.document.body.textContent ?? '';
      const first = text.indexOf('Sat 1 Nov 2025Russia keeps the Tartus naval base');
      const second = text.indexOf('Sun 2 Nov 2025Russia and Syria negotiate over the Tartus naval base (was: retained)');
      expect(first).toBeGreaterThan(-1);
      expect(second).toBeGreaterThan(first);
      expect(text).toContain(`Talks on Tartus began ${HOSTILE}.`);
      expect(text).toContain(`Tartus talks ${HOSTILE} — Reuters ${HOSTILE}`);
    } finally {
      window.close();
    }
    expect(await readSite('timeline/extradition.html')).toContain('No changes reported yet.');
  });

  it('escapes every page as strictly as the email: no element or handler from article text', async () => {
    for (const path of ['index.html', 'digests/2025-11-02.html', 'timeline/bases.html']) {
      // Act
      const { window } = new JSDOM(await readSite(path));

      // Assess
      try {
        expect(window.document.querySelectorAll('script, x, style, iframe, img')).toHaveLength(0);
        expect(window.document.documentElement.getAttribute('lang')).toBe('en');
      } finally {
        window.close();
      }
    }
  });

  it('stops with the key named when a stored digest.json is broken', async () => {
    // Prepare
    const brokenDir = await mkdtemp(join(tmpdir(), 'sitrep-site-broken-'));
    const broken = new FsBlobStore(brokenDir);
    await broken.put('digests/2025-11-03/digest.json', '{"schemaVersion": 2}', 'application/json');

    // Act
    const outcome = publishSite(broken);

    // Assess
    await expect(outcome).rejects.toThrow(SitePublishError);
    await expect(outcome).rejects.toThrow('digests/2025-11-03/digest.json is not a valid digest.json');
    await rm(brokenDir, { recursive: true, force: true });
  });
});
