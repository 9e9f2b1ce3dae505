import { FullBatchFailureError } from '@aws-lambda-powertools/batch';
import { Logger } from '@aws-lambda-powertools/logger';
import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitSentences } from '../../shared/extract/sentences';
import { fingerprintSentence } from '../../shared/dedupe/sentence-fingerprint';
import { FetchLimitsSchema } from '../../shared/config/config';
import { createGuardedFetcher } from '../../shared/fetch/guarded-fetcher';
import { buildDigest } from '../../shared/jobs/build-digest';
import { ArticleInProgressError, PROCESSING_LEASE_SECONDS, processArticle } from '../../shared/jobs/process-article';
import { articlePage } from '../functions/fixtures';
import { sqsEvent } from '../functions/lambda-events';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server';
import { synthesiseStacks } from '../infra/synth-stacks';
import { createStorylineDeps } from '../../shared/jobs/storyline-deps';
import { SYRIA_RUSSIA } from '../../shared/storyline/syria-russia';
import {
  articleRoutes, DIGEST_DATE, jobFor, LAMBDA_CONTEXT, loadProcessHandler, numberedArticle, readStoredCopies, recordOf,
  processDeps, startStorageWorld, type ProcessHandler, type StorageWorld,
} from './faults-harness';
import { registerHostileGroup } from './figures';

const figures = registerHostileGroup('delivery');

/** Words, not numbers: the sentence index keys on content words, so each revision must differ in words. */
const REVISIONS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot'];
const BATCH = Array.from({ length: 10 }, (_, index) => numberedArticle(index + 1));
const ORPHANED = numberedArticle(30);
const POISON_INDEX = 3;

/** SQS redelivers a message with its receive count raised; everything else about it is the same. */
function redelivered(event: ReturnType<typeof sqsEvent>, receiveCount: number): ReturnType<typeof sqsEvent> {
  return {
    Records: event.Records.map((record) => ({ ...record, attributes: { ...record.attributes, ApproximateReceiveCount: String(receiveCount) } })),
  };
}

/**
 * The message ids SQS will deliver again after one invocation. Powertools throws when every record
 * of a batch failed (throwOnFullBatchFailure); SQS then returns the whole batch, the same outcome
 * as reporting each record, so both count as "returned to the queue". Any other throw is a crash.
 */
async function receive(handler: ProcessHandler, event: ReturnType<typeof sqsEvent>): Promise<string[]> {
  const { value, error } = await figures.observe([FullBatchFailureError], () => handler(event, LAMBDA_CONTEXT));
  if (error) return event.Records.map((record) => record.messageId);
  return (value?.batchItemFailures ?? []).map((failure) => failure.itemIdentifier);
}

describe('hostile: delivery (cases 21–22)', () => {
  let world: StorageWorld;
  let site: FixtureServer;
  let liveFetches = 0;
  beforeAll(async () => {
    world = await startStorageWorld();
    site = await startFixtureServer({
      ...articleRoutes([...BATCH, ORPHANED]),
      // A live page: every fetch shows another revision, as a news page being updated does. It answers
      // slowly so that two concurrent invocations are both inside processing at once.
      '/articles/live': async (_request, response) => {
        const revision = REVISIONS[liveFetches % REVISIONS.length];
        liveFetches += 1;
        await new Promise((resolve) => setTimeout(resolve, 300));
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(
          articlePage({
            ...numberedArticle(40),
            paragraphs: [...numberedArticle(40).paragraphs, `This ${revision} revision quoted a defence ministry spokesman in Moscow about the naval agreement.`],
          }),
        );
      },
    });
  });
  afterAll(async () => {
    await site?.close();
    await world?.close();
  });

  it('case 21: the same message delivered twice, also to two containers at once, stores one article and one digest entry', async () => {
    // Prepare
    const job = jobFor(site.url, 'live');
    const message = sqsEvent([JSON.stringify(job)]);
    const [containerA, containerB] = [await loadProcessHandler(world), await loadProcessHandler(world)];

    // Act: two containers receive the message at once, then a later redelivery, then a sequential duplicate.
    const concurrent = await Promise.all([receive(containerA, message), receive(containerB, message)]);
    const retried = await receive(containerA, redelivered(message, 2));
    const duplicate = await receive(containerB, sqsEvent([JSON.stringify(job)]));
    const copies = await readStoredCopies(world, job.articleId);
    const { digest } = await buildDigest(DIGEST_DATE, {
      ...world,
      ...createStorylineDeps(SYRIA_RUSSIA),
      now: () => new Date(`${DIGEST_DATE}T23:00:00Z`),
      logger: new Logger({ serviceName: 'faults-test', logLevel: 'SILENT' }),
    });

    // Assess: at most one of the two concurrent receives failed (the one that found the other at
    // work); the redelivery and the duplicate found the stored record.
    expect(concurrent.flat().length).toBeLessThanOrEqual(1);
    expect(retried).toEqual([]);
    expect(duplicate).toEqual([]);
    expect(liveFetches, 'the page was fetched (and the article analysed) more than once').toBe(1);

    const digestEntries = digest.articles.filter((article) => article.id === job.articleId).length;
    const disagreeing = [copies.dayEntries[0], copies.blob].filter((copy) => copy && copies.record && JSON.stringify(recordOf(copy)) !== JSON.stringify(copies.record));
    figures.noteItemsLost(copies.record ? 0 : 1);
    figures.noteDuplicatesStored(disagreeing.length + Math.max(0, digestEntries - 1) + Math.max(0, copies.signatureItems - 1));
    expect(copies.record).not.toBeNull();
    expect(copies.dayEntries).toHaveLength(1);
    expect(copies.articleBlobKeys).toHaveLength(1);
    expect(disagreeing).toEqual([]);
    expect(copies.signatureItems).toBe(1);
    expect(digestEntries).toBe(1);
    // The sentence index holds exactly the stored text's sentences: no sentence of a second revision.
    const storedSentences = [copies.record!.title, ...splitSentences(copies.blob!.text)];
    const expectedKeys = [...new Set(storedSentences.map((sentence) => fingerprintSentence(sentence)?.exactKey).filter(Boolean))].sort();
    expect(copies.sentenceKeys).toEqual(expectedKeys);
  });

  it('case 21: an invocation that died holding the processing lease delays the redelivery only until the lease expires', async () => {
    // Prepare: a holder took the lease and died (a Lambda time-out runs no clean-up).
    const job = jobFor(site.url, ORPHANED.slug);
    const diedAt = new Date('2025-10-20T09:00:00Z');
    const at = (seconds: number) => processDeps(world, createGuardedFetcher(FetchLimitsSchema.parse({ allowHosts: ['127.0.0.1'] })), { now: () => new Date(diedAt.getTime() + seconds * 1000) });
    await world.articles.acquireProcessingLease(job.articleId, diedAt, PROCESSING_LEASE_SECONDS);

    // Act
    const early = await figures.observe([ArticleInProgressError], () => processArticle(job, at(PROCESSING_LEASE_SECONDS - 1)));
    const late = await figures.observe([], () => processArticle(job, at(PROCESSING_LEASE_SECONDS + 1)));

    // Assess
    expect(early.error).toBeInstanceOf(ArticleInProgressError);
    expect(late.value?.alreadyProcessed).toBe(false);
    figures.noteItemsLost((await world.articles.getArticle(job.articleId)) ? 0 : 1);
  });

  describe('case 22: message 4 of 10 is poison', () => {
    const bodies = (poison: string) => BATCH.map((item, index) => (index === POISON_INDEX ? poison : JSON.stringify(jobFor(site.url, item.slug))));

    it.each([
      ['invalid JSON', '{"articleId": "abc", '],
      ['a job that fails the schema', JSON.stringify({ articleId: 42, url: 'https://levant.example/a', digestDate: 'yesterday' })],
    ])('case 22: %s → only its messageId is reported; the other 9 are processed', async (_name, poison) => {
      // Prepare
      const handler = await loadProcessHandler(world);
      const event = sqsEvent(bodies(poison));

      // Act
      const failed = await receive(handler, event);

      // Assess
      expect(failed).toEqual([event.Records[POISON_INDEX]!.messageId]);
      const valid = BATCH.filter((_, index) => index !== POISON_INDEX);
      const stored = await Promise.all(valid.map((item) => world.articles.getArticle(jobFor(site.url, item.slug).articleId)));
      figures.noteItemsLost(stored.filter((record) => record === null).length);
      expect(stored.every((record) => record !== null)).toBe(true);
    });

    it('case 22: the job queue redrives after maxReceiveCount receives, and the poison fails every one of them', async () => {
      // Prepare: there is no SQS server here, so the redrive itself is SQS's; what we own is the
      // template's policy and that the handler keeps reporting the message until SQS gives up.
      const { pipeline } = synthesiseStacks();
      const mappings = Object.values(pipeline.findResources('AWS::Lambda::EventSourceMapping')) as Array<{ Properties: { EventSourceArn: { 'Fn::GetAtt': [string, string] } | string } }>;
      const queueIds = mappings.map((mapping) => mapping.Properties.EventSourceArn).filter((arn) => typeof arn === 'object').map((arn) => (arn as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0]);
      const queues = pipeline.findResources('AWS::SQS::Queue', { Properties: { RedrivePolicy: Match.objectLike({ maxReceiveCount: Match.anyValue() }) } });
      const jobQueue = queueIds.map((id) => queues[id]).find(Boolean) as { Properties: { RedrivePolicy: { maxReceiveCount: number } } };
      const maxReceiveCount = jobQueue.Properties.RedrivePolicy.maxReceiveCount;
      const handler = await loadProcessHandler(world, { SITREP_MAX_RECEIVE_COUNT: String(maxReceiveCount) });
      const poison = sqsEvent(['not json at all']);

      // Act
      const returned: string[][] = [];
      for (let count = 1; count <= maxReceiveCount; count += 1) returned.push(await receive(handler, redelivered(poison, count)));

      // Assess
      expect(maxReceiveCount).toBeGreaterThanOrEqual(2);
      expect(maxReceiveCount).toBeLessThanOrEqual(10);
      expect(returned).toEqual(Array.from({ length: maxReceiveCount }, () => [poison.Records[0]!.messageId]));
    });
  });
});
