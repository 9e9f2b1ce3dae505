import { Duration, TimeZone } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { ContextAttribute, Schedule, ScheduleExpression, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { ResolvedDeployConfig } from '../../shared/config/deploy-config';
import { SERVICE_NAMES } from '../../shared/observability/metrics';
import { HANDLERS } from '../bundling';
import { grantModelInvocation, grantObjectAccess } from '../grants';
import type { ClaimExtractorConfig } from '../../shared/claims/bedrock/extractor-config';
import { acknowledgeRules, acknowledgeWildcardResource } from '../nag';
import { buildRuntimeEnvironment } from '../runtime-environment';
import type { MailConstruct } from './mail';
import { SitrepFunction } from './sitrep-function';

/** Receives before a job goes to the dead-letter queue (the process handler records it on the last). */
export const MAX_RECEIVE_COUNT = 5;
// AWS's guidance for an SQS event source: visibility timeout at least six times the function timeout.
const VISIBILITY_TIMEOUT_FACTOR = 6;

export interface PipelineProps {
  config: ResolvedDeployConfig;
  bucket: IBucket;
  table: ITable;
  mail: MailConstruct;
  subscriptionUrl: string;
  logRetention: RetentionDays;
  claimExtractor: ClaimExtractorConfig;
}

/**
 * The four pipeline steps: poll (every N minutes) → SQS → process, then digest (daily at the
 * configured hour) and send (a little later, once the digest is written).
 */
export class PipelineConstruct extends Construct {
  readonly jobQueue: Queue;
  readonly jobDeadLetterQueue: Queue;
  /**
   * Asynchronous invocations that failed after Lambda's and the scheduler's retries (the schedules;
   * also SES feedback notices, see MailFeedbackConstruct).
   */
  readonly failedInvocationsQueue: Queue;
  readonly poll: SitrepFunction;
  readonly process: SitrepFunction;
  readonly digest: SitrepFunction;
  readonly send: SitrepFunction;

  constructor(scope: Construct, id: string, props: PipelineProps) {
    super(scope, id);
    const { config } = props;
    const queueDefaults = { enforceSSL: true, encryption: QueueEncryption.SQS_MANAGED };
    const base = { tableName: props.table.tableName, bucketName: props.bucket.bucketName, timeZone: config.timeZone };

    this.jobDeadLetterQueue = new Queue(this, 'JobDeadLetterQueue', { ...queueDefaults, retentionPeriod: Duration.days(14) });
    this.jobQueue = new Queue(this, 'JobQueue', {
      ...queueDefaults,
      visibilityTimeout: Duration.seconds(HANDLERS.process.timeoutSeconds * VISIBILITY_TIMEOUT_FACTOR),
      deadLetterQueue: { queue: this.jobDeadLetterQueue, maxReceiveCount: MAX_RECEIVE_COUNT },
    });
    this.failedInvocationsQueue = new Queue(this, 'FailedInvocationsQueue', { ...queueDefaults, retentionPeriod: Duration.days(14) });
    const asyncFailures = { deadLetterQueue: this.failedInvocationsQueue, logRetention: props.logRetention };

    this.poll = new SitrepFunction(this, 'Poll', {
      handler: 'poll',
      description: 'sitrep: poll the feeds and queue new articles',
      environment: buildRuntimeEnvironment({ ...base, serviceName: SERVICE_NAMES.poll, queueUrl: this.jobQueue.queueUrl, feeds: config.feeds }),
      ...asyncFailures,
    });
    this.process = new SitrepFunction(this, 'Process', {
      handler: 'process',
      description: 'sitrep: fetch, extract, dedupe and mine one article for claims',
      environment: buildRuntimeEnvironment({ ...base, serviceName: SERVICE_NAMES.process, maxReceiveCount: MAX_RECEIVE_COUNT, claimExtractor: props.claimExtractor }),
      logRetention: props.logRetention,
    });
    this.digest = new SitrepFunction(this, 'Digest', {
      handler: 'digest',
      description: "sitrep: build a day's digest (JSON, Markdown, HTML) into S3",
      environment: buildRuntimeEnvironment({ ...base, serviceName: SERVICE_NAMES.digest }),
      ...asyncFailures,
    });
    this.send = new SitrepFunction(this, 'Send', {
      handler: 'send',
      description: "sitrep: email a day's digest to confirmed subscribers",
      environment: buildRuntimeEnvironment({
        ...base,
        serviceName: SERVICE_NAMES.send,
        senderEmail: config.senderEmail,
        tokenSecretArn: props.mail.tokenSecret.secretArn,
        subscriptionUrl: props.subscriptionUrl,
        sesConfigurationSet: props.mail.configurationSet.configurationSetName,
      }),
      ...asyncFailures,
    });

    this.grantAccess(props);
    this.process.addEventSource(
      new SqsEventSource(this.jobQueue, {
        batchSize: 5,
        maxBatchingWindow: Duration.seconds(10),
        reportBatchItemFailures: true,
        // Bounds the load on outlets and on the table when a poll finds many new items at once.
        maxConcurrency: 5,
      }),
    );
    this.schedule(config);

    acknowledgeRules(this.jobDeadLetterQueue, { 'Serverless-SQSRedrivePolicy': 'A dead-letter queue is the end of the line; the alarm watches it.' });
    acknowledgeRules(this.failedInvocationsQueue, { 'Serverless-SQSRedrivePolicy': 'A dead-letter queue is the end of the line; the alarm watches it.' });
    acknowledgeRules(this.process, {
      'Serverless-LambdaDLQ': 'Invoked by the SQS event source, never asynchronously; failed jobs go to the queue\'s DLQ.',
      'Serverless-LambdaEventSourceMappingDestination': 'SQS event sources take no on-failure destination; the redrive policy sends failures to the DLQ.',
    });
  }

  private grantAccess(props: PipelineProps): void {
    this.jobQueue.grantSendMessages(this.poll);
    props.table.grantReadWriteData(this.poll);
    props.table.grantReadWriteData(this.process);
    grantObjectAccess(props.bucket, this.process, ['read', 'write']);
    if (props.claimExtractor.kind === 'bedrock') grantModelInvocation(this.process, props.claimExtractor.modelId);
    props.table.grantReadWriteData(this.digest);
    grantObjectAccess(props.bucket, this.digest, ['read', 'write']);
    props.table.grantReadWriteData(this.send);
    grantObjectAccess(props.bucket, this.send, ['read']);
    props.mail.grantSendAndSign(this.send);
  }

  private schedule(config: ResolvedDeployConfig): void {
    const timeZone = TimeZone.of(config.timeZone);
    const sendAt = config.digestHour * 60 + config.sendDelayMinutes;
    const role = this.createSchedulerRole([this.poll, this.digest, this.send]);
    const targetProps = (job: 'poll' | 'digest' | 'send') => ({
      role,
      deadLetterQueue: this.failedInvocationsQueue,
      retryAttempts: 3,
      maxEventAge: Duration.hours(2),
      input: ScheduleTargetInput.fromObject({
        source: 'sitrep.scheduler',
        job,
        scheduledTime: ContextAttribute.scheduledTime,
        executionId: ContextAttribute.executionId,
      }),
    });
    new Schedule(this, 'PollSchedule', {
      description: `sitrep: poll the feeds every ${config.pollEveryMinutes} minutes`,
      schedule: ScheduleExpression.rate(Duration.minutes(config.pollEveryMinutes)),
      target: new LambdaInvoke(this.poll, targetProps('poll')),
    });
    new Schedule(this, 'DigestSchedule', {
      description: `sitrep: build yesterday's digest at ${config.digestHour}:00 ${config.timeZone}`,
      schedule: ScheduleExpression.cron({ minute: '0', hour: String(config.digestHour), timeZone }),
      target: new LambdaInvoke(this.digest, targetProps('digest')),
    });
    new Schedule(this, 'SendSchedule', {
      description: `sitrep: email yesterday's digest ${config.sendDelayMinutes} minutes after it is built`,
      schedule: ScheduleExpression.cron({ minute: String(sendAt % 60), hour: String(Math.floor(sendAt / 60)), timeZone }),
      target: new LambdaInvoke(this.send, targetProps('send')),
    });
  }

  /** One role for the three schedules; each LambdaInvoke target grants it its function. */
  private createSchedulerRole(functions: IFunction[]): Role {
    const role = new Role(this, 'SchedulerRole', { assumedBy: new ServicePrincipal('scheduler.amazonaws.com') });
    for (const fn of functions) {
      acknowledgeWildcardResource(role, `${fn.functionArn}:*`, 'LambdaInvoke grants the function and its versions/aliases; sitrep publishes none.');
    }
    return role;
  }
}
