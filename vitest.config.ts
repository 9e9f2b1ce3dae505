import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // jsdom, dynalite and the CDK synth are heavy on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
    reporters: ['default'],
    // Fixed fast-check seed under CI, random on a laptop (test/helpers/property-seed.ts).
    setupFiles: ['test/helpers/property-seed.ts'],
    // The AWS SDK's documented switch for its "Node < 22" notice: the local tools support Node >= 20.19
    // (README); the Lambdas run Node 24. See functions/cli/quiet-sdk-warning.ts.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
