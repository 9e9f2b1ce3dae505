/**
 * Issue 14: subscribers never see fetch errors or irrelevant items (those are for operators, in
 * digest.json and the logs), and an outlet carrying a copy is named once. Checked through the
 * rendered output: the email, the digest.md / digest.html the digest job writes, and the reader's
 * archive page of the day (site/digests/<date>.html).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeDigest } from '../../shared/digest/compute-digest';
import { buildDigestEmail, describeDigestHeadline } from '../../shared/email/digest-email';
import { buildDigest } from '../../shared/jobs/build-digest';
import { publishSite } from '../../shared/site/publish-site';
import type { ArticleRecord } from '../../shared/model/article';
import { createLogger } from '../../shared/observability/logger';
import { FsBlobStore } from '../../shared/storage/blob/fs-blob-store';
import { ArticleStore } from '../../shared/storage/dynamo/article-store';
import { ThreadStateStore } from '../../shared/storage/dynamo/thread-state-store';
import { startEmbeddedTable, type EmbeddedTable } from '../helpers/embedded-table';
import { knownSubject, makeClaim, makeRecord, makeState } from './factories';
import { createStorylineDeps } from '../../shared/jobs/storyline-deps';
import { SYRIA_RUSSIA } from '../../shared/storyline/syria-russia';

const UNREADABLE = makeRecord('dead', 'Gone Daily', [], {
  relevant: false, extraction: 'failed', title: 'Unreachable page', error: 'fetch failed (dns): getaddrinfo ENOTFOUND gone.example',
});
const OFF_TOPIC = makeRecord('cats', 'Pet News', [], { relevant: false, title: 'Cat show results', extraction: 'readability' });
const RECIPIENT = { quietDay: 'short' as const, unsubscribeUrl: 'https://sitrep.example/unsubscribe?t=x' };

function digestOf(records: ArticleRecord[]) {
  const before = makeState([knownSubject('bases', 'tartus', 'retained', ['SANA'])]);
  return computeDigest({ storyline: SYRIA_RUSSIA, date: '2025-11-02', stateBefore: before, records, generatedAt: '2025-11-03T06:00:00Z' }).digest;
}

/** One article, copied by one outlet under three URLs, beside an unreadable and an off-topic one. */
function busyDay() {
  const original = makeRecord('r1', 'Reuters', [makeClaim('bases', 'tartus', 'negotiating', 'Moscow and Damascus are negotiating the future of Tartus.')]);
  const copyOf = { duplicateOf: { id: 'r1', url: original.url } };
  const copies = ['amp', 'm', 'www'].map((variant) =>
    makeRecord(`copy-${variant}`, 'Echo Wire', [], { ...copyOf, url: `https://${variant}.echo-wire.example/tartus`, canonicalUrl: `https://${variant}.echo-wire.example/tartus` }),
  );
  return digestOf([original, ...copies, UNREADABLE, OFF_TOPIC]);
}

describe('what a subscriber reads', () => {
  it('a quiet day with only an unreadable and an off-topic article mentions neither, nor counts them', () => {
    const digest = digestOf([UNREADABLE, OFF_TOPIC]);

    const email = buildDigestEmail(digest, describeDigestHeadline(digest), RECIPIENT)!;

    expect(email.text).toContain('No changes on Sun 2 Nov 2025');
    expect(email.text).not.toMatch(/\d+ articles? checked/);
    for (const hidden of ['fetch failed', 'error', 'not relevant', 'Unreachable page', 'Cat show results']) {
      expect(email.text).not.toContain(hidden);
      expect(email.html).not.toContain(hidden);
    }
    // digest.json keeps both for operators.
    expect(digest.articles.map((article) => article.id).sort()).toEqual(['cats', 'dead']);
    expect(digest.stats.errors).toBe(1);
  });

  it('a busy day lists only read, relevant sources, and names an outlet carrying a copy once', () => {
    const digest = busyDay();

    const email = buildDigestEmail(digest, describeDigestHeadline(digest), RECIPIENT)!;

    expect(email.text).toContain('also carried by Echo Wire <https://amp.echo-wire.example/tartus>');
    expect(email.text.match(/Echo Wire/g)).toHaveLength(1);
    expect(email.text).not.toMatch(/not relevant|error|Unreachable page|Cat show results/);
  });
});

describe('the digest job', () => {
  let table: EmbeddedTable;
  let dataDir: string;
  beforeAll(async () => {
    table = await startEmbeddedTable();
    dataDir = await mkdtemp(join(tmpdir(), 'sitrep-reader-view-'));
  });
  afterAll(async () => {
    await table.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('writes digest.md and digest.html without errors or off-topic items, digest.json with them', async () => {
    const articles = new ArticleStore(table.client, table.tableName);
    for (const record of [UNREADABLE, OFF_TOPIC]) await articles.putArticle(record);
    const deps = { ...createStorylineDeps(SYRIA_RUSSIA), articles, threadStates: new ThreadStateStore(table.client, table.tableName), blobs: new FsBlobStore(dataDir), now: () => new Date('2025-11-03T06:00:00Z'), logger: createLogger('sitrep-test') };

    await buildDigest('2025-11-02', deps);

    const read = (file: string) => readFile(join(dataDir, 'digests', '2025-11-02', file), 'utf8');
    for (const page of [await read('digest.md'), await read('digest.html')]) {
      expect(page).not.toMatch(/fetch failed|not relevant|Unreachable page|Cat show results/);
    }
    expect(await read('digest.json')).toContain('fetch failed (dns)');
  });
});

describe("the reader's archive", () => {
  let siteDir: string;
  beforeAll(async () => {
    siteDir = await mkdtemp(join(tmpdir(), 'sitrep-reader-site-'));
  });
  afterAll(async () => {
    await rm(siteDir, { recursive: true, force: true });
  });

  it("the day's page names an outlet carrying a copy once and shows no error or off-topic item", async () => {
    const blobs = new FsBlobStore(siteDir);
    const digest = busyDay();
    await blobs.put(`digests/${digest.date}/digest.json`, JSON.stringify(digest), 'application/json');

    await publishSite(blobs);

    const page = await readFile(join(siteDir, 'site', 'digests', `${digest.date}.html`), 'utf8');
    expect(page).toContain('Echo Wire');
    expect(page.match(/Echo Wire/g)).toHaveLength(1);
    expect(page).not.toMatch(/fetch failed|not relevant|Unreachable page|Cat show results/);
  });
});
