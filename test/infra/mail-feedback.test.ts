import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { synthesiseStacks } from './synth-stacks';

type Resource = { Properties: Record<string, any> };

/** The one resource of `type` matching `properties`, as [logical id, resource]. */
function only(template: Template, type: string, properties: Record<string, unknown> = {}): [string, Resource] {
  const found = Object.entries(template.findResources(type, { Properties: properties }) as Record<string, Resource>);
  expect(found, `one ${type} like ${JSON.stringify(properties)}`).toHaveLength(1);
  return found[0]!;
}

function lambdaDescribedAs(template: Template, start: string): [string, Resource] {
  return only(template, 'AWS::Lambda::Function', { Description: Match.stringLikeRegexp(`^sitrep: ${start}`) });
}

describe('SES bounce and complaint feedback (MailConstruct + MailFeedbackConstruct)', () => {
  let pipeline: Template;
  let configurationSetId: string;
  let topicId: string;
  let functionId: string;
  let failedInvocationsQueueId: string;
  beforeAll(() => {
    ({ pipeline } = synthesiseStacks());
    [configurationSetId] = only(pipeline, 'AWS::SES::ConfigurationSet');
    [topicId] = only(pipeline, 'AWS::SNS::Topic', { DisplayName: 'sitrep SES feedback' });
    [functionId] = lambdaDescribedAs(pipeline, 'mark');
    // The queue the scheduled functions already send their failed invocations to.
    const [, poll] = lambdaDescribedAs(pipeline, 'poll');
    failedInvocationsQueueId = poll.Properties.DeadLetterConfig.TargetArn['Fn::GetAtt'][0];
  });

  it('publishes permanent and transient bounces and complaints of the configuration set to the feedback topic', () => {
    // Act
    const [, destination] = only(pipeline, 'AWS::SES::ConfigurationSetEventDestination');

    // Assess
    expect(destination.Properties).toEqual({
      ConfigurationSetName: { Ref: configurationSetId },
      EventDestination: { Enabled: true, MatchingEventTypes: ['bounce', 'complaint'], SnsDestination: { TopicARN: { Ref: topicId } } },
    });
  });

  it("also puts bounced and complaining addresses on SES's suppression list", () => {
    // Assess
    pipeline.hasResourceProperties('AWS::SES::ConfigurationSet', { SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] } });
  });

  it('encrypts the topic with a rotating key that SES may encrypt with', () => {
    // Act
    const [, topic] = only(pipeline, 'AWS::SNS::Topic', { DisplayName: 'sitrep SES feedback' });
    const keyId = topic.Properties.KmsMasterKeyId['Fn::GetAtt'][0] as string;
    const key = pipeline.findResources('AWS::KMS::Key')[keyId] as Resource;

    // Assess
    expect(key.Properties.EnableKeyRotation).toBe(true);
    expect(key.Properties.KeyPolicy.Statement).toContainEqual(
      expect.objectContaining({
        Effect: 'Allow',
        Principal: { Service: 'ses.amazonaws.com' },
        Action: expect.arrayContaining(['kms:GenerateDataKey*', 'kms:Decrypt']),
      }),
    );
  });

  it('accepts publishing only over TLS, and from SES only for this configuration set', () => {
    // Act
    const [, policy] = only(pipeline, 'AWS::SNS::TopicPolicy', { Topics: [{ Ref: topicId }] });
    const statements = policy.Properties.PolicyDocument.Statement as Array<Record<string, any>>;
    const sesStatement = statements.find((statement) => statement.Principal?.Service === 'ses.amazonaws.com');

    // Assess
    expect(statements).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Action: 'sns:Publish', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
    expect(sesStatement).toMatchObject({ Effect: 'Allow', Action: 'sns:Publish', Resource: { Ref: topicId } });
    expect(JSON.stringify(sesStatement!.Condition.StringEquals['AWS:SourceArn'])).toContain(`:configuration-set/",{"Ref":"${configurationSetId}"}`);
  });

  it('delivers each notice to the feedback function, and what it cannot deliver to the failed-invocations queue', () => {
    // Assess
    only(pipeline, 'AWS::SNS::Subscription', {
      Protocol: 'lambda',
      TopicArn: { Ref: topicId },
      Endpoint: { 'Fn::GetAtt': [functionId, 'Arn'] },
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [failedInvocationsQueueId, 'Arn'] } },
    });
    only(pipeline, 'AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'sns.amazonaws.com',
      SourceArn: { Ref: topicId },
      FunctionName: { 'Fn::GetAtt': [functionId, 'Arn'] },
    });
    // SNS needs the queue's own permission to dead-letter into it.
    pipeline.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: failedInvocationsQueueId }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Allow', Action: 'sqs:SendMessage', Principal: { Service: 'sns.amazonaws.com' }, Condition: { ArnEquals: { 'aws:SourceArn': { Ref: topicId } } } }),
        ]),
      },
    });
  });

  it('runs the feedback function with the table, a dead-letter queue, and no way to send mail', () => {
    // Act
    const [, fn] = lambdaDescribedAs(pipeline, 'mark');
    const roleId = fn.Properties.Role['Fn::GetAtt'][0] as string;
    const actions = Object.values(pipeline.findResources('AWS::IAM::Policy') as Record<string, Resource>)
      .filter((policy) => policy.Properties.Roles.some((role: { Ref: string }) => role.Ref === roleId))
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement.flatMap((statement: { Action: string | string[] }) => [statement.Action].flat()));

    // Assess
    expect(Object.keys(fn.Properties.Environment.Variables)).toEqual(expect.arrayContaining(['SITREP_TABLE', 'POWERTOOLS_SERVICE_NAME']));
    expect(fn.Properties.Environment.Variables.SITREP_SENDER_EMAIL).toBeUndefined();
    expect(fn.Properties.DeadLetterConfig.TargetArn).toEqual({ 'Fn::GetAtt': [failedInvocationsQueueId, 'Arn'] });
    expect(actions).toContain('dynamodb:UpdateItem');
    expect(actions.filter((action) => action.startsWith('ses:'))).toEqual([]);
  });

  it.each(['email', 'subscribe'])('makes the %s function send through the configuration set, and allows it to', (start) => {
    // Act
    const [, fn] = lambdaDescribedAs(pipeline, start);
    const roleId = fn.Properties.Role['Fn::GetAtt'][0] as string;
    const sesStatement = Object.values(pipeline.findResources('AWS::IAM::Policy') as Record<string, Resource>)
      .filter((policy) => policy.Properties.Roles.some((role: { Ref: string }) => role.Ref === roleId))
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Array<Record<string, any>>)
      .find((statement) => [statement.Action].flat().includes('ses:SendEmail'));

    // Assess
    expect(fn.Properties.Environment.Variables.SITREP_SES_CONFIGURATION_SET).toEqual({ Ref: configurationSetId });
    const resources = JSON.stringify(sesStatement?.Resource);
    expect(resources).toContain(':identity/news.example.org');
    expect(resources).toContain(`:configuration-set/",{"Ref":"${configurationSetId}"}`);
  });
});
