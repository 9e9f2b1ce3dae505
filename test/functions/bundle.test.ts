import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandlerName } from '../../infra/bundling';
import { toDigestDate } from '../../shared/model/dates';
import { METRIC_NAMES, METRIC_NAMESPACE, SERVICE_NAMES } from '../../shared/observability/metrics';
import { SubscriberStore } from '../../shared/storage/dynamo/subscriber-store';
import { createS3Client, S3BlobStore } from '../../shared/storage/blob/s3-blob-store';
import { ArticleStore } from '../../shared/storage/dynamo/article-store';
import { createDocumentClient, ensureTable } from '../../shared/storage/dynamo/client';
import { startEmbeddedDynamo, type EmbeddedDynamo } from '../../shared/storage/local/embedded-dynamo';
import { startEmbeddedS3 } from '../helpers/embedded-s3';
import { oldIndexedSeeds, oldLayoutItems } from '../helpers/old-fingerprint-layout';
import { putItemsInBatches } from '../../shared/storage/dynamo/batch-operations';
import { bundleHandler, RUNNER_SOURCE, type HandlerBundle } from './bundle-handlers';
import { startFakeAws, type FakeAws } from './fake-aws';
import { articlePage, feedXml, FEED_ITEMS } from './fixtures';
import { scheduledEvent, sesBounceEvent, snsEvent, sqsEvent, functionUrlEvent } from './lambda-events';

const run = promisify(execFile);
const TABLE = 'sitrep-bundle-test';
const BUCKET = 'sitrep-bundle-test';
const TOKEN_SECRET = 'k'.repeat(48);
const SES_CONFIGURATION_SET = 'sitrep-bundle-test-feedback';

/**
 * Every Lambda handler, bundled as the stack bundles it and run by node in its own process, with
 * real event shapes, against dynalite and s3rver (and a fake of SQS, SES and Secrets Manager). A
 * broken bundle (a missing external, an ESM/CJS mismatch) fails here rather than in AWS.
 */
describe('handler bundles', () => {
  let workDir: string;
  let runner: string;
  let dynamo: EmbeddedDynamo;
  let s3: { endpoint: string; close(): Promise<void> };
  let aws: FakeAws;
  let site: Server;
  let siteUrl: string;
  const output = new Map<HandlerName, string>();
  // A handler that fails to bundle fails its own tests, not the whole file.
  const bundles = new Map<HandlerName, HandlerBundle | Error>();
  const today = toDigestDate(new Date(), 'UTC');

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'sitrep-bundles-'));
    runner = join(workDir, 'runner.mjs');
    await writeFile(runner, RUNNER_SOURCE);
    [dynamo, s3, aws] = await Promise.all([startEmbeddedDynamo(), startEmbeddedS3(BUCKET), startFakeAws(TOKEN_SECRET)]);
    await ensureTable(createDocumentClient({ region: 'us-east-1', endpoint: dynamo.endpoint }), TABLE);
    site = createServer((request, response) => {
      if (request.url === '/feed.xml') {
        response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
        return response.end(feedXml(siteUrl));
      }
      const item = FEED_ITEMS.find((candidate) => request.url === `/articles/${candidate.slug}`);
      if (!item) return response.writeHead(404).end();
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(articlePage(item));
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    for (const name of ['seed', 'poll', 'process', 'digest', 'send', 'subscribe', 'sesFeedback', 'reindex'] as const) {
      bundles.set(name, await bundleHandler(name, workDir).catch((error: Error) => error));
    }
  });

  afterAll(async () => {
    await Promise.all([dynamo?.close(), s3?.close(), aws?.close(), new Promise((resolve) => site?.close(resolve))]);
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  function bundleOf(name: HandlerName): HandlerBundle {
    const bundle = bundles.get(name);
    if (bundle === undefined || bundle instanceof Error) throw new Error(`${name} did not bundle`, { cause: bundle });
    return bundle;
  }

  /** Runs one bundle's handler in a fresh node process with the Lambda's environment. */
  async function invoke(name: HandlerName, event: unknown): Promise<any> {
    const bundle = bundleOf(name);
    const env = {
      PATH: process.env.PATH,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      LAMBDA_TASK_ROOT: bundle.dir,
      POWERTOOLS_LOG_LEVEL: 'WARN',
      SITREP_TABLE: TABLE,
      SITREP_BUCKET: BUCKET,
      SITREP_TIME_ZONE: 'UTC',
      SITREP_QUEUE_URL: aws.queueUrl,
      SITREP_FEEDS: JSON.stringify([{ url: `${siteUrl}/feed.xml`, publisher: 'Bundle Test News' }]),
      SITREP_FETCH_ALLOW_HOSTS: '127.0.0.1',
      SITREP_SENDER_EMAIL: 'digest@news.example.org',
      SITREP_TOKEN_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:000000000000:secret:token',
      SITREP_SUBSCRIPTION_URL: 'https://subscribe.example.org/',
      SITREP_SES_CONFIGURATION_SET: SES_CONFIGURATION_SET,
      SITREP_DYNAMO_ENDPOINT: dynamo.endpoint,
      SITREP_S3_ENDPOINT: s3.endpoint,
      SITREP_SQS_ENDPOINT: aws.endpoint,
      SITREP_SES_ENDPOINT: aws.endpoint,
      SITREP_SECRETS_ENDPOINT: aws.endpoint,
    };
    const { stdout } = await run(process.execPath, ['--enable-source-maps', runner, bundle.file, JSON.stringify(event)], {
      env,
      cwd: bundle.dir,
      timeout: 60_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    output.set(name, stdout);
    const marker = stdout.lastIndexOf('@@RESULT@@');
    expect(marker, `${name} printed no result:\n${stdout}`).toBeGreaterThanOrEqual(0);
    return JSON.parse(stdout.slice(marker + '@@RESULT@@'.length));
  }

  /** The CloudWatch Embedded Metric Format lines a handler printed (what the alarms read). */
  function metricsPrinted(name: HandlerName): Array<Record<string, any>> {
    return (output.get(name) ?? '')
      .split('\n')
      .filter((line) => line.includes('"_aws"'))
      .map((line) => JSON.parse(line) as Record<string, any>);
  }

  const stores = () => {
    const client = createDocumentClient({ region: 'us-east-1', endpoint: dynamo.endpoint });
    return {
      articles: new ArticleStore(client, TABLE),
      subscribers: new SubscriberStore(client, TABLE),
      blobs: new S3BlobStore(createS3Client({ region: 'us-east-1', endpoint: s3.endpoint }), BUCKET),
    };
  };

  it('keeps every bundle small except process, which leaves jsdom outside', () => {
    for (const name of bundles.keys()) expect(bundleOf(name).bytes, name).toBeLessThan(3 * 1024 * 1024);
  });

  it('seed: ingests the bundled seed corpus on a trigger invoke, and changes nothing the second time', async () => {
    // Act
    const first = await invoke('seed', {});
    const second = await invoke('seed', {});

    // Assess
    expect(first.seeds).toBe(5);
    expect(second).toEqual(first);
    expect(await stores().articles.getArticle(first.ids[0])).not.toBeNull();
  });

  it('poll: on a scheduler event, reads the feed over HTTP and queues one job per new item', async () => {
    // Act
    const result = await invoke('poll', scheduledEvent('poll', new Date()));

    // Assess
    expect(result).toEqual({ feeds: 1, failing: 0, enqueued: FEED_ITEMS.length });
    const jobs = aws.queued.map((body) => JSON.parse(body));
    expect(jobs.map((job) => job.url).sort()).toEqual(FEED_ITEMS.map((item) => `${siteUrl}/articles/${item.slug}`).sort());
    expect(jobs.every((job) => job.digestDate === today)).toBe(true);
    const [metrics] = metricsPrinted('poll');
    expect(metrics).toMatchObject({ service: SERVICE_NAMES.poll, [METRIC_NAMES.failingFeeds]: 0, [METRIC_NAMES.articlesEnqueued]: 2 });
    expect(metrics!._aws.CloudWatchMetrics[0]).toMatchObject({ Namespace: METRIC_NAMESPACE, Dimensions: [['service']] });
  });

  it('process: on an SQS batch with one malformed record, fails only that record and stores the others', async () => {
    // Prepare
    const event = sqsEvent([...aws.queued, '{"articleId": 42}']);
    const badId = event.Records.at(-1)!.messageId;

    // Act
    const result = await invoke('process', event);

    // Assess
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: badId }] });
    for (const body of aws.queued) {
      const record = await stores().articles.getArticle(JSON.parse(body).articleId);
      expect(record?.extraction).toBe('readability');
    }
  });

  it("digest: on the next morning's scheduler event, writes yesterday's digest listing the processed articles", async () => {
    // Prepare
    const tomorrowMorning = new Date(`${today}T00:00:00Z`);
    tomorrowMorning.setUTCDate(tomorrowMorning.getUTCDate() + 1);
    tomorrowMorning.setUTCHours(7);

    // Act
    const result = await invoke('digest', scheduledEvent('digest', tomorrowMorning));

    // Assess
    expect(result.date).toBe(today);
    expect(result.keys).toEqual(expect.arrayContaining([`digests/${today}/digest.json`, `digests/${today}/digest.html`]));
    const digest = JSON.parse(new TextDecoder().decode((await stores().blobs.get(`digests/${today}/digest.json`))!));
    expect(digest.articles.map((article: { title: string }) => article.title).sort()).toEqual(FEED_ITEMS.map((item) => item.title).sort());
    // The "no digest today" alarm sums this metric, with these dimensions, over a day.
    const [metrics] = metricsPrinted('digest');
    expect(metrics).toMatchObject({ service: SERVICE_NAMES.digest, [METRIC_NAMES.digestWritten]: 1 });
    expect(metrics!._aws.CloudWatchMetrics[0]).toMatchObject({ Namespace: METRIC_NAMESPACE, Dimensions: [['service']] });
  });

  it('send: emails the day to each confirmed subscriber once, through SES, with the token key from Secrets Manager', async () => {
    // Prepare
    await stores().subscribers.putConfirmed('reader@example.org', 'short', new Date());

    // Act
    const first = await invoke('send', { date: today });
    const again = await invoke('send', { date: today });

    // Assess
    expect(first).toMatchObject({ date: today, sent: 1, failed: 0 });
    expect(again).toMatchObject({ sent: 0, alreadySent: 1 });
    expect(aws.emails).toHaveLength(1);
    expect(aws.emails[0]!.to).toEqual(['reader@example.org']);
    // Sent through the configuration set, so SES reports its bounces and complaints (see sesFeedback).
    expect(aws.emails[0]!.configurationSetName).toBe(SES_CONFIGURATION_SET);
    const headers = aws.emails[0]!.raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
    expect(headers).toMatch(/^List-Unsubscribe: <https:\/\/subscribe\.example\.org\/unsubscribe\?token=[^>]+>$/m);
    expect(headers).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
  });

  it('sesFeedback: on an SNS delivery of SES bounces, marks the permanent bounce bounced and leaves the transient one', async () => {
    // Prepare
    const now = new Date();
    await stores().subscribers.putConfirmed('gone.reader@example.org', 'short', now);
    await stores().subscribers.putConfirmed('full.mailbox@example.org', 'short', now);
    const event = snsEvent([sesBounceEvent('gone.reader@example.org', 'Permanent'), sesBounceEvent('full.mailbox@example.org', 'Transient')]);

    // Act
    const result = await invoke('sesFeedback', event);

    // Assess
    expect(result).toEqual({ notifications: 2, marked: ['gone.reader@example.org'] });
    expect((await stores().subscribers.get('gone.reader@example.org'))?.status).toBe('bounced');
    expect((await stores().subscribers.get('full.mailbox@example.org'))?.status).toBe('confirmed');
    const stillMailed = (await stores().subscribers.listConfirmed()).map((subscriber) => subscriber.email);
    expect(stillMailed).toContain('full.mailbox@example.org');
    expect(stillMailed).not.toContain('gone.reader@example.org');
  });

  it('subscribe: answers a Function URL request with the form, and a sign-up with a confirmation email', async () => {
    // Act
    const page = await invoke('subscribe', functionUrlEvent('GET', '/', ''));
    const signUp = await invoke('subscribe', functionUrlEvent('POST', '/subscribe', 'email=new.reader%40example.org'));

    // Assess
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(signUp.statusCode).toBeLessThan(400);
    const confirmation = aws.emails.find((email) => email.to.includes('new.reader@example.org'));
    expect(confirmation).toBeDefined();
    expect(confirmation!.configurationSetName).toBe(SES_CONFIGURATION_SET);
    expect((await simpleParser(confirmation!.raw)).text).toContain('https://abc123.lambda-url.us-east-1.on.aws/confirm?token=');
    // The confirmation volume the ConfirmationVolumeHigh alarm sums (issue 16).
    const [sent] = metricsPrinted('subscribe');
    expect(sent).toMatchObject({ service: SERVICE_NAMES.subscribe, [METRIC_NAMES.confirmationsSent]: 1 });
    expect(sent!._aws.CloudWatchMetrics[0]).toMatchObject({ Namespace: METRIC_NAMESPACE, Dimensions: [['service']] });
    // A scripted post that fills the honeypot mails nobody and is counted as refused.
    const emails = aws.emails.length;
    await invoke('subscribe', functionUrlEvent('POST', '/subscribe', 'email=bot.target%40example.org&website=http%3A%2F%2Fspam.example'));
    expect(aws.emails.length).toBe(emails);
    expect(metricsPrinted('subscribe')[0]).toMatchObject({ service: SERVICE_NAMES.subscribe, [METRIC_NAMES.confirmationsRefused]: 1 });
  });

  it('reindex: rebuilds the buckets of articles indexed in the old layout, refuses an unknown event field, and a second run adds nothing', async () => {
    // Prepare: two articles as the pre-issue-17 index held them, under ids no other test uses.
    const old = oldIndexedSeeds()
      .slice(0, 2)
      .map((article) => ({ ...article, id: `old-layout:${article.id}` }));
    const client = createDocumentClient({ region: 'us-east-1', endpoint: dynamo.endpoint });
    await putItemsInBatches(client, TABLE, old.flatMap(oldLayoutItems));

    // Act
    const first = await invoke('reindex', { deleteOld: true });
    const second = await invoke('reindex', {});
    const refused = invoke('reindex', { deleteOld: 'yes' });

    // Assess
    expect(first.membersAdded).toBeGreaterThanOrEqual(2 * 16);
    expect(first.oldItemsDeleted).toBe(2 * 16);
    expect(second).toMatchObject({ membersAdded: 0, bucketsWritten: 0, oldItemsFound: 0, articlesSeen: first.articlesSeen });
    await expect(refused).rejects.toThrow();
  });
});
