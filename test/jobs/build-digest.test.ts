import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ThreadStateError } from '../../shared/digest/thread-state';
import { buildDigest, type DigestDeps } from '../../shared/jobs/build-digest';
import { DigestSchema } from '../../shared/model/digest';
import { createLogger } from '../../shared/observability/logger';
import { FsBlobStore } from '../../shared/storage/blob/fs-blob-store';
import { ArticleStore } from '../../shared/storage/dynamo/article-store';
import { ThreadStateStore } from '../../shared/storage/dynamo/thread-state-store';
import { makeClaim, makeRecord } from '../digest/factories';
import { startEmbeddedTable, type EmbeddedTable } from '../helpers/embedded-table';
import { createStorylineDeps } from '../../shared/jobs/storyline-deps';
import { SYRIA_RUSSIA } from '../../shared/storyline/syria-russia';

const SEED_DAY = '2025-10-16';
const DAY = '2025-11-02';

let table: EmbeddedTable;
let dataDir: string;

beforeAll(async () => {
  table = await startEmbeddedTable();
  dataDir = await mkdtemp(join(tmpdir(), 'sitrep-build-digest-'));
});

afterAll(async () => {
  await table.close();
  await rm(dataDir, { recursive: true, force: true });
});

function depsAt(instant: string): DigestDeps {
  return {
    ...createStorylineDeps(SYRIA_RUSSIA),
    articles: new ArticleStore(table.client, table.tableName),
    threadStates: new ThreadStateStore(table.client, table.tableName),
    blobs: new FsBlobStore(dataDir),
    now: () => new Date(instant),
    logger: createLogger('sitrep-test'),
  };
}

async function readDigestFiles(date: string): Promise<{ json: Record<string, unknown>; md: string; html: string }> {
  const read = (file: string) => readFile(join(dataDir, 'digests', date, file), 'utf8');
  return { json: JSON.parse(await read('digest.json')) as Record<string, unknown>, md: await read('digest.md'), html: await read('digest.html') };
}

async function countSnapshots(): Promise<string[]> {
  const { Items } = await table.client.send(
    new QueryCommand({ TableName: table.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': 'THREADSTATE' }, ConsistentRead: true }),
  );
  return (Items ?? []).map((item) => item.sk as string);
}

describe('buildDigest', () => {
  it('reads the day and the state before it, writes three files and one snapshot, and is idempotent', async () => {
    // Prepare: the seed baseline says Tartus is retained; the day's article says it is under negotiation.
    const deps = depsAt('2025-11-03T06:00:00Z');
    await deps.articles.putArticle(
      makeRecord('seed:001', 'Seed Daily', [makeClaim('bases', 'tartus', 'retained', 'Russia keeps Tartus.')], { url: 'seed:001.txt', digestDate: SEED_DAY, publishedAt: '2025-10-16T00:00:00Z', extraction: 'seed' }),
    );
    await deps.articles.putArticle(
      makeRecord('a1', 'Reuters', [makeClaim('bases', 'tartus', 'negotiating', 'Talks on the future of Tartus have begun.')], { digestDate: DAY }),
    );
    await buildDigest(SEED_DAY, deps);

    // Act
    const first = await buildDigest(DAY, deps);
    const firstFiles = await readDigestFiles(DAY);
    const second = await buildDigest(DAY, depsAt('2025-11-04T07:30:00Z'));
    const secondFiles = await readDigestFiles(DAY);

    // Assess
    expect(first.keys).toEqual([
      `digests/${DAY}/digest.json`,
      `digests/${DAY}/digest.md`,
      `digests/${DAY}/digest.html`,
      'site/index.html',
      'site/feed.atom',
      // The archive holds every stored digest: the seed day's and this one.
      `site/digests/${SEED_DAY}.html`,
      `site/digests/${DAY}.html`,
      'site/timeline/bases.html',
      'site/timeline/extradition.html',
      'site/timeline/investment.html',
    ]);
    expect(DigestSchema.parse(firstFiles.json)).toEqual(first.digest);
    expect(first.digest.threads[0]!.changes).toMatchObject([
      { kind: 'status_change', subject: 'tartus', status: 'negotiating', previousStatus: 'retained', evidence: [{ articleId: 'a1', quote: 'Talks on the future of Tartus have begun.' }] },
    ]);
    expect(firstFiles.md).toContain('Russia and Syria negotiate over the Tartus naval base, according to Reuters.** (was: retained) [single source]');
    expect(firstFiles.html).toContain('Russia and Syria negotiate over the Tartus naval base, according to Reuters.');

    expect(first.digest.generatedAt).toBe('2025-11-03T06:00:00.000Z');
    expect(second.digest.generatedAt).toBe('2025-11-04T07:30:00.000Z');
    expect({ ...secondFiles.json, generatedAt: null }).toEqual({ ...firstFiles.json, generatedAt: null });
    expect(secondFiles.md).toBe(firstFiles.md);
    expect(secondFiles.html).toBe(firstFiles.html);
    expect(await countSnapshots()).toEqual([SEED_DAY, DAY]);
    const snapshot = await deps.threadStates.getLatestBefore('2025-11-03');
    expect(snapshot).toMatchObject({ date: DAY, state: { asOf: DAY, subjects: [{ thread: 'bases', subject: 'tartus', status: 'negotiating', since: DAY }] } });
  });

  it('refuses to build on a corrupted state snapshot', async () => {
    // Prepare
    const deps = depsAt('2025-12-02T06:00:00Z');
    await deps.threadStates.put('2025-12-01', { version: 99, subjects: 'nonsense' });

    // Act
    const attempt = buildDigest('2025-12-02', deps);

    // Assess
    await expect(attempt).rejects.toBeInstanceOf(ThreadStateError);
  });
});
