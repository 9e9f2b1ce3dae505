import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GetCommand, ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDedupeService, DUPLICATE_THRESHOLD, type DedupeService } from '../../shared/dedupe/dedupe-service';
import { createDocumentClient, ensureTable } from '../../shared/storage/dynamo/client';
import { startEmbeddedDynamo, type EmbeddedDynamo } from '../../shared/storage/local/embedded-dynamo';
import { MAX_SENTENCE_SOURCES } from '../../shared/storage/dynamo/sentence-store';
import { loadPairTexts } from './pair-fixtures';

const TABLE = 'sitrep-dedupe-test';
const SEED_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));
const SEED_FILES = readdirSync(SEED_DIR).filter((file) => file.endsWith('.txt')).sort();
const texts = loadPairTexts();

/** A plain sentence split for the test; the pipeline uses shared/extract's splitter. */
function splitIntoSentences(text: string): string[] {
  return text.split(/\n+|(?<=[.!?][”"]?)\s+(?=[A-Z“"])/).map((part) => part.trim()).filter(Boolean);
}

function seedId(file: string): string {
  return `seed:${file.replace(/\.txt$/, '')}`;
}

function textOf(name: string): string {
  const text = texts.get(name);
  if (text === undefined) throw new Error(`no calibration text ${name}`);
  return text;
}

let dynamo: EmbeddedDynamo;
let client: DynamoDBDocumentClient;
let dedupe: DedupeService;

async function countItems(): Promise<number> {
  let count = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: TABLE, Select: 'COUNT', ExclusiveStartKey: start }));
    count += page.Count ?? 0;
    start = page.LastEvaluatedKey;
  } while (start);
  return count;
}

beforeAll(async () => {
  dynamo = await startEmbeddedDynamo();
  client = createDocumentClient({ region: 'local', endpoint: dynamo.endpoint });
  await ensureTable(client, TABLE);
  dedupe = createDedupeService(client, TABLE);
  for (const file of SEED_FILES) {
    const text = readFileSync(`${SEED_DIR}${file}`, 'utf8');
    await dedupe.remember({ id: seedId(file), url: `seed:${file}`, text, sentences: splitIntoSentences(text), publishedAt: '2025-10-16T00:00:00Z' });
  }
});

afterAll(async () => {
  client?.destroy();
  await dynamo?.close();
});

describe('findDuplicate against the indexed seeds', () => {
  const seedCopies = SEED_FILES.flatMap((file) =>
    ['syndicated', 'rewrite', 'reordered', 'truncated', 'combined', 'feedcontent'].map((variant) => ({ file, copy: `s${file.slice(0, 3)}-${variant}` })),
  );

  it.each(seedCopies)('links $copy to its seed', async ({ file, copy }) => {
    // Act
    const match = await dedupe.findDuplicate({ id: `copy:${copy}`, text: textOf(copy) });
    // Assess
    expect(match).toMatchObject({ id: seedId(file), url: `seed:${file}` });
    expect(match?.similarity).toBeGreaterThanOrEqual(DUPLICATE_THRESHOLD);
  });

  it.each(['w-meeting-a', 'w-meeting-b', 'w-quotes-003', 'w-followup-004', 'w-port-cancelled', 'w-storm'])(
    'keeps the independent report %s',
    async (name) => {
      expect(await dedupe.findDuplicate({ id: `independent:${name}`, text: textOf(name) })).toBeNull();
    },
  );

  it('ignores the article itself', async () => {
    const file = SEED_FILES[2] as string;
    const text = readFileSync(`${SEED_DIR}${file}`, 'utf8');
    expect(await dedupe.findDuplicate({ id: seedId(file), text })).toBeNull();
  });
});

describe('earliest copy wins', () => {
  it('points a later copy at the seed, never at an earlier copy of it', async () => {
    // Prepare: a syndicated copy of seed 000 is indexed first.
    await dedupe.remember({ id: 'copy-000-a', url: 'https://a.example/copy', text: textOf('s000-syndicated'), sentences: [], publishedAt: '2025-10-17T08:00:00Z' });
    // Act
    const match = await dedupe.findDuplicate({ id: 'copy-000-b', text: textOf('s000-rewrite') });
    const seedAgain = await dedupe.findDuplicate({ id: 'seed:000_90d74ec14f94598c', text: textOf('s000') });
    // Assess
    expect(match?.id).toBe('seed:000_90d74ec14f94598c');
    expect(seedAgain).toBeNull();
  });

  it('makes an earlier-published copy indexed late the original of later ones', async () => {
    // Prepare: the later publication is indexed first, then its earlier-published twin.
    await dedupe.remember({ id: 'ships-late', url: 'https://late.example/ships', text: textOf('w-ships-leave-syndicated'), sentences: [], publishedAt: '2025-11-03T12:00:00Z' });
    await dedupe.remember({ id: 'ships-early', url: 'https://early.example/ships', text: textOf('w-ships-leave'), sentences: [], publishedAt: '2025-11-03T06:00:00Z' });
    // Act
    const match = await dedupe.findDuplicate({ id: 'ships-third', text: textOf('w-ships-leave') });
    // Assess
    expect(match).toMatchObject({ id: 'ships-early', url: 'https://early.example/ships' });
  });
});

describe('remember', () => {
  it('is idempotent: remembering an article again adds no item and keeps its first index time', async () => {
    // Prepare
    const input = { id: 'banknotes', url: 'https://c.example/notes', text: textOf('w-banknotes'), sentences: splitIntoSentences(textOf('w-banknotes')), publishedAt: null };
    await dedupe.remember(input);
    const before = await countItems();
    const { Item: first } = await client.send(new GetCommand({ TableName: TABLE, Key: { pk: 'SIG#banknotes', sk: 'SIG' } }));
    // Act
    await dedupe.remember(input);
    // Assess
    const { Item: second } = await client.send(new GetCommand({ TableName: TABLE, Key: { pk: 'SIG#banknotes', sk: 'SIG' } }));
    expect(await countItems()).toBe(before);
    expect(second?.indexedAt).toBe(first?.indexedAt);
  });
});

describe('findNovelSentences', () => {
  const seed003 = readFileSync(`${SEED_DIR}003_831faced118ef891.txt`, 'utf8');

  it('marks seed sentences and light rewordings known, and new facts novel', async () => {
    // Prepare
    const sentences = [
      'Moscow has so far refused such requests.',
      '“We have granted asylum to Bashar Assad and his family for purely humanitarian reasons.',
      'The meeting, which ran for about two and a half hours, also centered on the future of Russia’s military presence in Syria, including the naval base in Tartus and the air base at Hmeimim.',
      'On Friday the Kremlin formally rejected the Syrian extradition request for Bashar al-Assad.',
      'Three Russian navy ships left Tartus on Monday, satellite images show.',
      'Reuters',
    ];
    // Act
    const novel = await dedupe.findNovelSentences({ id: 'follow-up', sentences });
    // Assess
    expect(novel).toEqual([false, false, false, true, true, false]);
  });

  it('does not count sentences known only from the article itself', async () => {
    // Prepare: the seed's own sentences, asked about under the seed's id.
    const sentences = splitIntoSentences(seed003).slice(2, 8);
    // Act
    const asSeed = await dedupe.findNovelSentences({ id: 'seed:003_831faced118ef891', sentences });
    const asOther = await dedupe.findNovelSentences({ id: 'another-article', sentences });
    // Assess
    expect(asSeed).toEqual(sentences.map(() => true));
    expect(asOther).toEqual(sentences.map(() => false));
  });

  it('gives the same answer when an article is processed again after being remembered', async () => {
    // Prepare
    const sentences = ['A Syrian delegation will visit Sochi in December to discuss grain payments and fuel deliveries.'];
    const before = await dedupe.findNovelSentences({ id: 'sochi', sentences });
    await dedupe.remember({ id: 'sochi', url: 'https://d.example/sochi', text: sentences.join(' '), sentences, publishedAt: null });
    // Act
    const after = await dedupe.findNovelSentences({ id: 'sochi', sentences });
    const forOthers = await dedupe.findNovelSentences({ id: 'someone-else', sentences });
    // Assess
    expect(before).toEqual([true]);
    expect(after).toEqual([true]);
    expect(forOthers).toEqual([false]);
  });
});

describe('sentence sources', () => {
  it('stops recording sources of a sentence every article carries, and still calls it known', async () => {
    // Prepare: a boilerplate line carried by twelve articles.
    const sentences = ['Follow our live coverage of the Syrian transition on every platform.'];
    for (let index = 0; index < 12; index++) {
      await dedupe.remember({ id: `boilerplate-${index}`, url: `https://e.example/${index}`, text: `Article ${index}`, sentences, publishedAt: null });
    }
    // Act
    const { Items } = await client.send(new ScanCommand({ TableName: TABLE, FilterExpression: 'begins_with(pk, :prefix) AND contains(sources, :id)', ExpressionAttributeValues: { ':prefix': 'SENT#', ':id': 'boilerplate-0' } }));
    const novel = await dedupe.findNovelSentences({ id: 'boilerplate-11', sentences });
    // Assess
    expect(Items).toHaveLength(1);
    expect((Items?.[0]?.sources as Set<string>).size).toBe(MAX_SENTENCE_SOURCES);
    expect(novel).toEqual([false]);
  });
});
