import { describe, expect, it } from 'vitest';
import { buildRuntimeEnvironment } from '../../infra/runtime-environment';
import { ConfigError, loadRuntimeConfig } from '../../shared/config/config';

const base = { tableName: 'table', bucketName: 'bucket', timeZone: 'Europe/London', serviceName: 'sitrep-poll' };

describe('buildRuntimeEnvironment', () => {
  it('produces variables that loadRuntimeConfig reads back to the same values', () => {
    // Prepare
    const feeds = [{ url: 'https://tass.com/rss/v2.xml', publisher: 'TASS' }];

    // Act
    const env = buildRuntimeEnvironment({
      ...base, queueUrl: 'https://sqs.example/q', feeds, maxReceiveCount: 5, senderEmail: 'd@n.example', confirmationLimits: { perHour: 40, perClientPerHour: 2 },
    });
    const config = loadRuntimeConfig({ ...env, AWS_REGION: 'eu-west-1' });

    // Assess
    expect(config).toMatchObject({
      region: 'eu-west-1',
      tableName: 'table',
      bucketName: 'bucket',
      timeZone: 'Europe/London',
      queueUrl: 'https://sqs.example/q',
      feeds,
      maxReceiveCount: 5,
      senderEmail: 'd@n.example',
      confirmationLimits: { cooldownHours: 24, perClientPerHour: 2, perHour: 40 },
    });
  });

  it('refuses a confirmation limit that is not a positive whole number', () => {
    expect(() => loadRuntimeConfig({ ...buildRuntimeEnvironment(base), AWS_REGION: 'eu-west-1', SITREP_CONFIRM_PER_HOUR: '0' })).toThrow(/confirmationLimits\.perHour/);
  });

  it('leaves out what a function does not get, rather than setting it to ""', () => {
    // Act
    const env = buildRuntimeEnvironment(base);

    // Assess
    expect(Object.keys(env).sort()).toEqual(['POWERTOOLS_SERVICE_NAME', 'SITREP_BUCKET', 'SITREP_TABLE', 'SITREP_TIME_ZONE']);
  });

  it('refuses a feed list too long for Lambda’s 4 KB of environment', () => {
    // Prepare: 40 feeds of ~100 bytes each.
    const feeds = Array.from({ length: 40 }, (_, i) => ({ url: `https://feeds.example-outlet-${i}.org/world/middle-east/rss.xml`, publisher: `Outlet ${i}` }));

    // Act / Assess
    expect(() => buildRuntimeEnvironment({ ...base, feeds })).toThrow(ConfigError);
  });
});
