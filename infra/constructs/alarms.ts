import { Duration } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  Metric,
  TreatMissingData,
  type IMetric,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledgeRules } from '../nag';
import { METRIC_NAMES, METRIC_NAMESPACE, SERVICE_NAMES } from '../../shared/observability/metrics';

export interface AlarmsProps {
  alarmEmail?: string;
  /** Queues that should stay empty: anything in them is work that failed for good. */
  deadLetterQueues: Record<string, IQueue>;
  functions: Record<string, IFunction>;
  /** The subscribe endpoint's hourly limit on confirmation emails: the volume alarm fires short of it. */
  confirmationsPerHour: number;
}

// A feed is "failing for 24 hours" when every hourly datapoint of the day saw a failing feed.
const FEED_FAILURE_HOURS = 24;
// Confirmation volume alarms at this share of the hourly limit: before the limit starts refusing people.
const CONFIRMATION_ALARM_SHARE = 0.8;

/**
 * What wakes an operator: dead letters, function errors, a feed failing for a day, and no
 * digest written in a day. Every alarm notifies one SNS topic (and its email, when configured).
 */
export class AlarmsConstruct extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);
    this.topic = new Topic(this, 'Topic', { displayName: 'sitrep alarms', enforceSSL: true });
    if (props.alarmEmail) {
      this.topic.addSubscription(new EmailSubscription(props.alarmEmail));
      acknowledgeRules(this.topic, {
        'Serverless-SNSRedrivePolicy': 'An undeliverable alarm email has nowhere better to go; the alarm state stays visible in CloudWatch.',
      });
    }

    for (const [name, queue] of Object.entries(props.deadLetterQueues)) {
      this.add(`${name}NotEmpty`, {
        description: `${name}: messages in a dead-letter queue — inspect them, fix the cause, then redrive`,
        metric: queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }),
        threshold: 1,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
    }
    for (const [name, fn] of Object.entries(props.functions)) {
      this.add(`${name}Errors`, {
        description: `${name}: the function failed — read its log group for the error`,
        metric: fn.metricErrors({ period: Duration.minutes(15), statistic: 'Sum' }),
        threshold: 1,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
    }
    this.add('FeedFailingForADay', {
      description: 'A feed has failed at every poll for 24 hours — check its URL (poll logs name it)',
      metric: customMetric(METRIC_NAMES.failingFeeds, SERVICE_NAMES.poll, 'Minimum', Duration.hours(1)),
      threshold: 1,
      evaluationPeriods: FEED_FAILURE_HOURS,
      datapointsToAlarm: FEED_FAILURE_HOURS,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    this.add('ConfirmationVolumeHigh', {
      description: 'Confirmation emails near the hourly limit — the subscribe form may be under attack (subscribe logs: "Confirmation not sent")',
      metric: customMetric(METRIC_NAMES.confirmationsSent, SERVICE_NAMES.subscribe, 'Sum', Duration.hours(1)),
      threshold: Math.max(1, Math.ceil(props.confirmationsPerHour * CONFIRMATION_ALARM_SHARE)),
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    this.add('NoDigestToday', {
      description: 'No digest was written in the last day — check the digest function and its schedule',
      metric: customMetric(METRIC_NAMES.digestWritten, SERVICE_NAMES.digest, 'Sum', Duration.days(1)),
      threshold: 1,
      comparisonOperator: ComparisonOperator.LESS_THAN_THRESHOLD,
      evaluationPeriods: 1,
      // No datapoint at all means the digest never ran: that is the failure this alarm exists for.
      treatMissingData: TreatMissingData.BREACHING,
    });
  }

  private add(
    id: string,
    props: {
      description: string;
      metric: IMetric;
      threshold: number;
      evaluationPeriods: number;
      datapointsToAlarm?: number;
      comparisonOperator?: ComparisonOperator;
      treatMissingData: TreatMissingData;
    },
  ): void {
    const alarm = new Alarm(this, id, {
      alarmDescription: props.description,
      metric: props.metric,
      threshold: props.threshold,
      evaluationPeriods: props.evaluationPeriods,
      datapointsToAlarm: props.datapointsToAlarm,
      comparisonOperator: props.comparisonOperator ?? ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: props.treatMissingData,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    alarm.addOkAction(new SnsAction(this.topic));
    this.alarms.push(alarm);
  }
}

function customMetric(metricName: string, service: string, statistic: string, period: Duration): Metric {
  return new Metric({ namespace: METRIC_NAMESPACE, metricName, dimensionsMap: { service }, statistic, period });
}
