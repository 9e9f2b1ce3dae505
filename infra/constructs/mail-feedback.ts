import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { LambdaSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { SERVICE_NAMES } from '../../shared/observability/metrics';
import { buildRuntimeEnvironment } from '../runtime-environment';
import { SitrepFunction } from './sitrep-function';

export interface MailFeedbackProps {
  table: ITable;
  bucketName: string;
  timeZone: string;
  /** The topic SES publishes bounces and complaints to (MailConstruct.feedbackTopic). */
  feedbackTopic: ITopic;
  /** Where notices go that SNS could not deliver, or that failed after Lambda's retries. */
  deadLetterQueue: IQueue;
  logRetention: RetentionDays;
}

/**
 * Closes the loop on bounces and complaints: a function subscribed to SES's feedback topic marks
 * the addresses bounced in the subscriber table, so send and subscribe never mail them again.
 */
export class MailFeedbackConstruct extends Construct {
  readonly function: SitrepFunction;

  constructor(scope: Construct, id: string, props: MailFeedbackProps) {
    super(scope, id);
    this.function = new SitrepFunction(this, 'SesFeedback', {
      handler: 'sesFeedback',
      description: 'sitrep: mark addresses that bounced or complained so they are never mailed again',
      environment: buildRuntimeEnvironment({
        tableName: props.table.tableName,
        bucketName: props.bucketName,
        timeZone: props.timeZone,
        serviceName: SERVICE_NAMES.sesFeedback,
      }),
      deadLetterQueue: props.deadLetterQueue,
      logRetention: props.logRetention,
    });
    props.table.grantReadWriteData(this.function);
    props.feedbackTopic.addSubscription(new LambdaSubscription(this.function, { deadLetterQueue: props.deadLetterQueue }));
  }
}
