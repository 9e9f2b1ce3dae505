import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import type { ResolvedDeployConfig } from '../shared/config/deploy-config';
import type { ClaimExtractorConfig } from '../shared/claims/bedrock/extractor-config';
import { AlarmsConstruct } from './constructs/alarms';
import { MailConstruct } from './constructs/mail';
import { MailFeedbackConstruct } from './constructs/mail-feedback';
import { PipelineConstruct } from './constructs/pipeline';
import { ReindexConstruct } from './constructs/reindex';
import { SeedIngestConstruct } from './constructs/seed-ingest';
import { SubscriptionsConstruct } from './constructs/subscriptions';

export interface StatelessStackProps extends StackProps {
  config: ResolvedDeployConfig;
  bucket: IBucket;
  table: ITable;
  /** Who reads claims in the process and seed functions (cdk.json `claimExtractor`). */
  claimExtractor: ClaimExtractorConfig;
}

/** Functions, queues, schedules, the subscription endpoint and alarms: safe to replace at will. */
export class StatelessStack extends Stack {
  readonly pipeline: PipelineConstruct;
  readonly subscriptions: SubscriptionsConstruct;
  readonly mailFeedback: MailFeedbackConstruct;
  readonly alarms: AlarmsConstruct;
  readonly reindex: ReindexConstruct;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    const { config, bucket, table } = props;
    const logRetention = config.logRetentionDays as RetentionDays;

    const mail = new MailConstruct(this, 'Mail', { sesIdentity: config.sesIdentity, createSesIdentity: config.createSesIdentity });
    this.subscriptions = new SubscriptionsConstruct(this, 'Subscriptions', {
      table,
      bucketName: bucket.bucketName,
      timeZone: config.timeZone,
      senderEmail: config.senderEmail,
      mail,
      logRetention,
      confirmationLimits: { perHour: config.confirmationsPerHour, perClientPerHour: config.confirmationsPerClientPerHour },
      reservedConcurrency: config.subscribeConcurrency,
    });
    this.pipeline = new PipelineConstruct(this, 'Pipeline', {
      config,
      bucket,
      table,
      mail,
      subscriptionUrl: this.subscriptions.url.url,
      logRetention,
      claimExtractor: props.claimExtractor,
    });
    this.mailFeedback = new MailFeedbackConstruct(this, 'MailFeedback', {
      table,
      bucketName: bucket.bucketName,
      timeZone: config.timeZone,
      feedbackTopic: mail.feedbackTopic,
      deadLetterQueue: this.pipeline.failedInvocationsQueue,
      logRetention,
    });
    const seed = new SeedIngestConstruct(this, 'SeedIngest', { table, bucket, timeZone: config.timeZone, logRetention, claimExtractor: props.claimExtractor });
    this.reindex = new ReindexConstruct(this, 'Reindex', { table, bucketName: bucket.bucketName, timeZone: config.timeZone, logRetention });
    this.alarms = new AlarmsConstruct(this, 'Alarms', {
      alarmEmail: config.alarmEmail,
      confirmationsPerHour: config.confirmationsPerHour,
      deadLetterQueues: {
        JobDeadLetterQueue: this.pipeline.jobDeadLetterQueue,
        FailedInvocationsQueue: this.pipeline.failedInvocationsQueue,
      },
      functions: {
        Poll: this.pipeline.poll,
        Process: this.pipeline.process,
        Digest: this.pipeline.digest,
        Send: this.pipeline.send,
        Subscribe: this.subscriptions.function,
        Seed: seed.function,
        SesFeedback: this.mailFeedback.function,
      },
    });

    new CfnOutput(this, 'SubscriptionUrl', { value: this.subscriptions.url.url, description: 'Subscribe / confirm / unsubscribe endpoint' });
    new CfnOutput(this, 'DigestFunctionName', { value: this.pipeline.digest.functionName, description: 'Invoke with {"date":"YYYY-MM-DD"} to rebuild a day' });
    new CfnOutput(this, 'SendFunctionName', { value: this.pipeline.send.functionName, description: 'Invoke with {"date":"YYYY-MM-DD"} to email a day' });
    new CfnOutput(this, 'ReindexFunctionName', {
      value: this.reindex.function.functionName,
      description: 'Invoke once after upgrading a table indexed before issue 17 ({} or {"deleteOld":true}); see README, Upgrading',
    });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.alarms.topic.topicArn });
  }
}
