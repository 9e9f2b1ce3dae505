/*
 * The AWS SDK warns once per process on Node < 22 that its releases after January 2027 will need
 * Node 22. The local tools support Node >= 20.19 (README, Prerequisites) and the Lambdas run Node
 * 24, so the warning says nothing actionable here; the SDK's own documented switch turns it off
 * for our command-line tools (imported first by each) and the tests (vitest.config.ts). An
 * operator who sets the variable to anything else keeps the warning.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export {};
