/**
 * Near-duplicates across scripts, through the real dedupe service on dynalite: a syndicated copy in
 * Arabic or Russian links to its original although the copy spells the words differently (an
 * Egyptian site's alef without hamza and final ى, dropped shadda), and a translation, or another
 * report on the same story, does not.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDedupeService, DUPLICATE_THRESHOLD, textSimilarity, type DedupeService } from '../../shared/dedupe/dedupe-service';
import { createDocumentClient, ensureTable } from '../../shared/storage/dynamo/client';
import { startEmbeddedDynamo, type EmbeddedDynamo } from '../../shared/storage/local/embedded-dynamo';
import { extractFixture, loadMultilingualFixtures, readTranslation } from '../helpers/multilingual-fixtures';

const TABLE = 'sitrep-multilingual-dedupe-test';
const fixtures = loadMultilingualFixtures();
const originals = fixtures.filter((fixture) => fixture.labels.duplicateOf === null);
const copies = fixtures.filter((fixture) => fixture.labels.duplicateOf !== null);

let dynamo: EmbeddedDynamo;
let client: DynamoDBDocumentClient;
let dedupe: DedupeService;

beforeAll(async () => {
  dynamo = await startEmbeddedDynamo();
  client = createDocumentClient({ region: 'local', endpoint: dynamo.endpoint });
  await ensureTable(client, TABLE);
  dedupe = createDedupeService(client, TABLE);
  for (const fixture of originals) {
    const text = extractFixture(fixture).text;
    await dedupe.remember({ id: fixture.slug, url: `https://example.test/${fixture.slug}`, text, sentences: text.split('\n\n'), publishedAt: fixture.labels.publishedAt });
  }
});

afterAll(async () => {
  client?.destroy();
  await dynamo?.close();
});

describe('dedupe across scripts', () => {
  it('has a near-copy in each language to test', () => {
    expect(copies.map((copy) => copy.labels.language).sort()).toEqual(['ar', 'ru']);
  });

  it.each(copies.map((copy) => [copy.slug, copy] as const))('links the copy %s to its original', async (_slug, copy) => {
    // Act
    const match = await dedupe.findDuplicate({ id: copy.slug, text: extractFixture(copy).text });

    // Assess
    expect(match?.id).toBe(copy.labels.duplicateOf);
  });

  it.each(originals.map((original) => [original.slug, original] as const))(
    'finds no other original in the independent report %s',
    async (_slug, original) => {
      // Act: a second article id with the same text finds itself only, never another original
      const match = await dedupe.findDuplicate({ id: `again:${original.slug}`, text: extractFixture(original).text });

      // Assess
      expect(match?.id).toBe(original.slug);
    },
  );

  it('keeps every two independent reports apart, in either language', () => {
    // Prepare
    const texts = originals.map((original) => [original.slug, extractFixture(original).text] as const);

    // Act
    const linked = texts.flatMap(([leftSlug, left], index) =>
      texts.slice(index + 1).filter(([, right]) => textSimilarity(left, right) >= DUPLICATE_THRESHOLD).map(([rightSlug]) => `${leftSlug} ~ ${rightSlug}`),
    );

    // Assess
    expect(linked).toEqual([]);
  });

  it.each(['en', 'ar'])('does not take a translation (%s) of a Russian report for a copy of it', async (language) => {
    // Act
    const match = await dedupe.findDuplicate({
      id: `translation:${language}`,
      text: readTranslation('ru-tass-peskov-bases-dialogue', language),
    });

    // Assess
    expect(match).toBeNull();
  });
});
