import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeBackoffSeconds, FeedStateStore, isBackingOff } from '../../../shared/storage/dynamo/feed-state-store';
import { createDocumentClient, ensureTable } from '../../../shared/storage/dynamo/client';
import { startEmbeddedDynamo, type EmbeddedDynamo } from '../../../shared/storage/local/embedded-dynamo';

describe('computeBackoffSeconds', () => {
  it.each([
    [1, undefined, 900], [2, undefined, 1800], [3, undefined, 3600], [20, undefined, 86_400], [1, 7200, 7200], [3, 60, 3600], [1, 10 ** 9, 86_400],
  ])('failure %i with Retry-After %s → %i s', (failures, retryAfter, expected) => {
    expect(computeBackoffSeconds(failures, retryAfter)).toBe(expected);
  });
});

describe('FeedStateStore against dynalite', () => {
  let dynamo: EmbeddedDynamo;
  let store: FeedStateStore;
  beforeAll(async () => {
    dynamo = await startEmbeddedDynamo();
    const client = createDocumentClient({ region: 'local', endpoint: dynamo.endpoint });
    await ensureTable(client, 'feeds');
    store = new FeedStateStore(client, 'feeds');
  });
  afterAll(() => dynamo.close());

  it('counts consecutive failures, keeps validators, and a success clears the backoff', async () => {
    // Prepare
    const url = 'https://levant.example/feed.xml';
    const t0 = new Date('2025-10-20T00:00:00Z');
    await store.recordSuccess(url, { etag: '"a"', lastModified: 'Mon, 20 Oct 2025 00:00:00 GMT' }, t0);
    // Act
    await store.recordFailure(url, { error: 'timeout' }, new Date('2025-10-20T01:00:00Z'));
    const twice = await store.recordFailure(url, { error: 'timeout again' }, new Date('2025-10-20T02:00:00Z'));
    const recovered = await store.recordSuccess(url, { etag: '"b"' }, new Date('2025-10-20T03:00:00Z'));
    // Assess
    expect(twice).toMatchObject({ consecutiveFailures: 2, etag: '"a"', lastError: 'timeout again', backoffUntil: '2025-10-20T02:30:00.000Z' });
    expect(isBackingOff(twice, new Date('2025-10-20T02:29:00Z'))).toBe(true);
    expect(isBackingOff(twice, new Date('2025-10-20T02:31:00Z'))).toBe(false);
    expect(await store.get(url)).toEqual(recovered);
    expect(recovered).toMatchObject({ consecutiveFailures: 0, etag: '"b"', lastFailureAt: '2025-10-20T02:00:00.000Z' });
    expect(recovered.backoffUntil).toBeUndefined();
    expect(await store.get('https://never.example/')).toBeNull();
  });
});
