import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { HANDLERS } from '../../infra/bundling';
import { synthesiseStacks, TEST_CONTEXT } from './synth-stacks';

type Resource = { Properties: Record<string, any> };

/** The Lambda whose description starts with `sitrep: <verb>` (descriptions name each step). */
function lambdaDescribedAs(template: Template, start: string): [string, Resource] {
  const found = Object.entries(template.findResources('AWS::Lambda::Function') as Record<string, Resource>).filter(([, resource]) =>
    String(resource.Properties.Description ?? '').startsWith(`sitrep: ${start}`),
  );
  expect(found, `one function described "sitrep: ${start}…"`).toHaveLength(1);
  return found[0]!;
}

const STEPS = [
  { name: 'poll', start: 'poll' },
  { name: 'process', start: 'fetch' },
  { name: 'digest', start: 'build' },
  { name: 'send', start: 'email' },
  { name: 'subscribe', start: 'subscribe' },
  { name: 'seed', start: 'ingest' },
  { name: 'sesFeedback', start: 'mark' },
  { name: 'reindex', start: 'rebuild' },
] as const;

describe('StatelessStack (SitrepPipeline)', () => {
  let pipeline: Template;
  beforeAll(() => {
    ({ pipeline } = synthesiseStacks());
  });

  it.each(STEPS)('runs $name on the newest Node.js runtime, arm64, traced, with its own memory and timeout', ({ name, start }) => {
    // Act
    const [, fn] = lambdaDescribedAs(pipeline, start);

    // Assess
    expect(fn.Properties).toMatchObject({
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      TracingConfig: { Mode: 'Active' },
      MemorySize: HANDLERS[name].memorySizeMb,
      Timeout: HANDLERS[name].timeoutSeconds,
      Handler: 'index.handler',
    });
    expect(fn.Properties.Environment.Variables).toMatchObject({ SITREP_TIME_ZONE: 'Asia/Damascus', NODE_OPTIONS: '--enable-source-maps' });
    expect(fn.Properties.LoggingConfig.LogGroup).toEqual({ Ref: expect.stringMatching(/Logs/) });
  });

  it('gives every function a log group with the configured retention', () => {
    // Assess
    const groups = Object.values(pipeline.findResources('AWS::Logs::LogGroup') as Record<string, Resource>);
    expect(groups).toHaveLength(STEPS.length);
    for (const group of groups) expect(group.Properties.RetentionInDays).toBe(60);
  });

  it('passes the feed list to poll, and the queue only to poll', () => {
    // Act
    const [, poll] = lambdaDescribedAs(pipeline, 'poll');
    const [, digest] = lambdaDescribedAs(pipeline, 'build');

    // Assess
    expect(JSON.parse(poll.Properties.Environment.Variables.SITREP_FEEDS)).toEqual([
      { url: 'https://feeds.example.org/syria.xml', publisher: 'Example Syria' },
    ]);
    expect(poll.Properties.Environment.Variables.SITREP_QUEUE_URL).toBeDefined();
    expect(digest.Properties.Environment.Variables.SITREP_QUEUE_URL).toBeUndefined();
  });

  it('queues article jobs with a dead-letter queue after 5 receives and 6× the process timeout to finish', () => {
    // Assess
    pipeline.hasResourceProperties('AWS::SQS::Queue', {
      VisibilityTimeout: HANDLERS.process.timeoutSeconds * 6,
      RedrivePolicy: { deadLetterTargetArn: Match.anyValue(), maxReceiveCount: 5 },
      SqsManagedSseEnabled: true,
    });
    expect(HANDLERS.process.timeoutSeconds * 6).toBeGreaterThanOrEqual(6 * HANDLERS.process.timeoutSeconds);
  });

  it('feeds process from the queue with partial batch failures', () => {
    // Act
    const [processId] = lambdaDescribedAs(pipeline, 'fetch');

    // Assess
    pipeline.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: processId },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BatchSize: 5,
    });
  });

  it('polls every 30 minutes and builds the digest daily at the configured hour in the configured zone, then sends', () => {
    // Act
    const schedules = Object.values(pipeline.findResources('AWS::Scheduler::Schedule') as Record<string, Resource>).map((s) => s.Properties);
    const byJob = new Map(schedules.map((s) => [JSON.parse(s.Target.Input).job as string, s]));

    // Assess
    expect(schedules).toHaveLength(3);
    expect(byJob.get('poll')).toMatchObject({ ScheduleExpression: 'rate(30 minutes)', State: 'ENABLED' });
    expect(byJob.get('digest')).toMatchObject({ ScheduleExpression: 'cron(0 6 * * ? *)', ScheduleExpressionTimezone: 'Asia/Damascus' });
    expect(byJob.get('send')).toMatchObject({ ScheduleExpression: 'cron(20 6 * * ? *)', ScheduleExpressionTimezone: 'Asia/Damascus' });
    for (const schedule of schedules) {
      expect(JSON.parse(schedule.Target.Input)).toMatchObject({ source: 'sitrep.scheduler', scheduledTime: '<aws.scheduler.scheduled-time>' });
      expect(schedule.Target.DeadLetterConfig.Arn).toBeDefined();
    }
  });

  it('sends asynchronous failures of the scheduled functions to a dead-letter queue', () => {
    for (const start of ['poll', 'build', 'email']) {
      // Act
      const [, fn] = lambdaDescribedAs(pipeline, start);

      // Assess
      expect(fn.Properties.DeadLetterConfig?.TargetArn, start).toBeDefined();
    }
  });

  it('serves subscribe/confirm/unsubscribe from a public Function URL, and gives send its address', () => {
    // Act
    const [subscribeId] = lambdaDescribedAs(pipeline, 'subscribe');
    const [, send] = lambdaDescribedAs(pipeline, 'email');

    // Assess
    pipeline.hasResourceProperties('AWS::Lambda::Url', { AuthType: 'NONE', TargetFunctionArn: { 'Fn::GetAtt': [subscribeId, 'Arn'] } });
    expect(JSON.stringify(send.Properties.Environment.Variables.SITREP_SUBSCRIPTION_URL)).toContain('FunctionUrl');
  });

  it('reserves the subscribe function a bounded concurrency and gives it the confirmation limits (issue 16)', () => {
    // Act: the defaults, then an operator's own limits.
    const [, subscribe] = lambdaDescribedAs(pipeline, 'subscribe');
    const [, tuned] = lambdaDescribedAs(
      synthesiseStacks({ ...TEST_CONTEXT, confirmationsPerHour: 40, confirmationsPerClientPerHour: 2, subscribeConcurrency: 3 }).pipeline,
      'subscribe',
    );

    // Assess
    expect(subscribe.Properties.ReservedConcurrentExecutions).toBe(5);
    expect(subscribe.Properties.Environment.Variables).toMatchObject({ SITREP_CONFIRM_PER_HOUR: '100', SITREP_CONFIRM_PER_CLIENT_PER_HOUR: '5' });
    expect(tuned.Properties.ReservedConcurrentExecutions).toBe(3);
    expect(tuned.Properties.Environment.Variables).toMatchObject({ SITREP_CONFIRM_PER_HOUR: '40', SITREP_CONFIRM_PER_CLIENT_PER_HOUR: '2' });
  });

  it('lets send and subscribe send mail only from the configured identity, and read the generated token key', () => {
    // Assess
    pipeline.resourceCountIs('AWS::SES::EmailIdentity', 0);
    pipeline.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: { PasswordLength: 64, ExcludePunctuation: true },
    });
    const sesStatements = Object.values(pipeline.findResources('AWS::IAM::Policy') as Record<string, Resource>)
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Array<Record<string, any>>)
      .filter((statement) => [statement.Action].flat().includes('ses:SendEmail'));
    expect(sesStatements).toHaveLength(2);
    for (const statement of sesStatements) {
      expect(JSON.stringify(statement.Resource)).toContain(':identity/news.example.org');
    }
  });

  it('creates the SES identity only when asked to', () => {
    // Act
    const { pipeline: withIdentity } = synthesiseStacks({
      feeds: [{ url: 'https://a.example/feed' }],
      senderEmail: 'digest@news.example.org',
      createSesIdentity: true,
    });

    // Assess
    withIdentity.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'news.example.org' });
  });

  it('ingests the seed corpus on deploy through a trigger on the seed function', () => {
    // Act
    const [seedId] = lambdaDescribedAs(pipeline, 'ingest');

    // Assess
    pipeline.hasResourceProperties('Custom::Trigger', {
      HandlerArn: Match.objectLike({ Ref: Match.stringLikeRegexp(seedId.replace(/[0-9A-F]{8}$/, '')) }),
      InvocationType: 'RequestResponse',
    });
  });

  it('gives the reindex function only the table actions it sends, no schedule or trigger, and names it in an output', () => {
    // Act
    const [reindexId, reindex] = lambdaDescribedAs(pipeline, 'rebuild');
    const roleId = reindex.Properties.Role['Fn::GetAtt'][0] as string;
    const statements = Object.values(pipeline.findResources('AWS::IAM::Policy') as Record<string, Resource>)
      .filter((policy) => (policy.Properties.Roles as Array<{ Ref: string }>).some((role) => role.Ref === roleId))
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Array<Record<string, any>>);
    const references = (kind: string) =>
      Object.values(pipeline.findResources(kind) as Record<string, Resource>).filter((resource) => JSON.stringify(resource).includes(reindexId));

    // Assess
    const actions = statements.flatMap((statement) => [statement.Action].flat() as string[]);
    expect(actions.filter((action) => action.startsWith('dynamodb:')).sort()).toEqual([
      'dynamodb:BatchGetItem',
      'dynamodb:BatchWriteItem',
      'dynamodb:Scan',
      'dynamodb:UpdateItem',
    ]);
    expect(actions.filter((action) => !action.startsWith('dynamodb:')).sort()).toEqual(['xray:PutTelemetryRecords', 'xray:PutTraceSegments']);
    expect(references('AWS::Scheduler::Schedule')).toEqual([]);
    expect(references('AWS::Events::Rule')).toEqual([]);
    expect(references('Custom::Trigger')).toEqual([]);
    expect(reindex.Properties.Environment.Variables).toMatchObject({ POWERTOOLS_SERVICE_NAME: 'sitrep-reindex' });
    pipeline.hasOutput('ReindexFunctionName', { Value: { Ref: reindexId } });
  });
});
