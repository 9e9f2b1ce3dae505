import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { METRIC_NAMES, METRIC_NAMESPACE, SERVICE_NAMES } from '../../shared/observability/metrics';
import { synthesiseStacks } from './synth-stacks';

type Alarm = Record<string, any>;

describe('AlarmsConstruct', () => {
  let pipeline: Template;
  let alarms: Alarm[];
  beforeAll(() => {
    ({ pipeline } = synthesiseStacks());
    alarms = Object.values(pipeline.findResources('AWS::CloudWatch::Alarm') as Record<string, { Properties: Alarm }>).map((a) => a.Properties);
  });

  it('notifies one SNS topic, TLS only, with the configured email subscribed', () => {
    // Prepare: the stack's other topic carries SES feedback (test/infra/mail-feedback.test.ts).
    const [alarmTopicId, ...others] = Object.keys(pipeline.findResources('AWS::SNS::Topic', { Properties: { DisplayName: 'sitrep alarms' } }));

    // Assess
    expect(others).toEqual([]);
    pipeline.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@example.org', TopicArn: { Ref: alarmTopicId } });
    pipeline.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [{ Ref: alarmTopicId }],
      PolicyDocument: { Statement: [Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })] },
    });
    for (const alarm of alarms) {
      expect(alarm.AlarmActions).toEqual([{ Ref: alarmTopicId }]);
      expect(alarm.OKActions).toEqual([{ Ref: alarmTopicId }]);
    }
  });

  it('fires when anything lands in either dead-letter queue', () => {
    // Act
    const dlqAlarms = alarms.filter((alarm) => alarm.MetricName === 'ApproximateNumberOfMessagesVisible');

    // Assess
    expect(dlqAlarms).toHaveLength(2);
    for (const alarm of dlqAlarms) {
      expect(alarm).toMatchObject({ Namespace: 'AWS/SQS', Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
    }
  });

  it('fires on errors of each of the seven functions', () => {
    // Act
    const errorAlarms = alarms.filter((alarm) => alarm.MetricName === 'Errors' && alarm.Namespace === 'AWS/Lambda');

    // Assess
    expect(errorAlarms).toHaveLength(7);
    for (const alarm of errorAlarms) expect(alarm).toMatchObject({ Statistic: 'Sum', Threshold: 1, TreatMissingData: 'notBreaching' });
  });

  it('fires when a feed has failed in every hour of a day, from the metric poll emits', () => {
    // Act
    const alarm = alarms.find((candidate) => candidate.MetricName === METRIC_NAMES.failingFeeds);

    // Assess
    expect(alarm).toMatchObject({
      Namespace: METRIC_NAMESPACE,
      Dimensions: [{ Name: 'service', Value: SERVICE_NAMES.poll }],
      Statistic: 'Minimum',
      Period: 3600,
      EvaluationPeriods: 24,
      DatapointsToAlarm: 24,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });

  it('fires when confirmation emails in an hour reach 80 % of the hourly limit (100 by default)', () => {
    // Act
    const alarm = alarms.find((candidate) => candidate.MetricName === METRIC_NAMES.confirmationsSent);

    // Assess
    expect(alarm).toMatchObject({
      Namespace: METRIC_NAMESPACE,
      Dimensions: [{ Name: 'service', Value: SERVICE_NAMES.subscribe }],
      Statistic: 'Sum',
      Period: 3600,
      Threshold: 80,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'notBreaching',
    });
  });

  it('fires when no digest was written in a day, including when the metric is missing', () => {
    // Act
    const alarm = alarms.find((candidate) => candidate.MetricName === METRIC_NAMES.digestWritten);

    // Assess
    expect(alarm).toMatchObject({
      Namespace: METRIC_NAMESPACE,
      Dimensions: [{ Name: 'service', Value: SERVICE_NAMES.digest }],
      Statistic: 'Sum',
      Period: 86400,
      Threshold: 1,
      ComparisonOperator: 'LessThanThreshold',
      TreatMissingData: 'breaching',
    });
  });
});
