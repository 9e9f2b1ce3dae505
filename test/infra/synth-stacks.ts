import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { buildSitrepApp, INSPECT_ONLY_KEY } from '../../infra/build-app';

/** The operator settings the template tests deploy with (every required key, a few overridden). */
export const TEST_CONTEXT = {
  feeds: [{ url: 'https://feeds.example.org/syria.xml', publisher: 'Example Syria' }],
  pollEveryMinutes: 30,
  digestHour: 6,
  sendDelayMinutes: 20,
  timeZone: 'Asia/Damascus',
  senderEmail: 'digest@news.example.org',
  alarmEmail: 'ops@example.org',
  rawRetentionDays: 45,
  noncurrentVersionRetentionDays: 14,
  logRetentionDays: 60,
};

/**
 * Synthesises both stacks without bundling (`aws:cdk:bundling-stacks: []` skips esbuild and the
 * jsdom `npm ci`) and without cdk-nag, which has its own test.
 */
export function synthesiseStacks(context: Record<string, unknown> = TEST_CONTEXT) {
  // Inspection only: TEST_CONTEXT's sender is at a reserved example domain, refused for a deploy.
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [], sitrep: context, [INSPECT_ONLY_KEY]: true } });
  const { stateful, stateless } = buildSitrepApp(app);
  return { app, data: Template.fromStack(stateful), pipeline: Template.fromStack(stateless), stateless };
}
