import { fileURLToPath } from 'node:url';

/**
 * How every Lambda handler is bundled. The SitrepFunction construct and the bundle test
 * (test/functions/bundle.test.ts) both read these values, so the test runs what AWS would run.
 */
export const REPOSITORY_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** esbuild's target; matches the Lambda runtime in sitrep-function.ts. */
export const BUNDLE_TARGET = 'node24';

/**
 * ESM output has no `require`; some bundled CommonJS dependencies (xml2js, nodemailer) still call
 * it, so the bundle recreates it. `__sitrepRequire` avoids clashing with a bundled `require` name.
 */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as __sitrepCreateRequire } from 'node:module'; const require = __sitrepCreateRequire(import.meta.url);";

/** The Lambda Node.js runtime ships AWS SDK v3, so bundles leave it out (smaller, faster cold start). */
export const EXTERNAL_MODULES = ['@aws-sdk/*'];

export type HandlerName = 'poll' | 'process' | 'digest' | 'send' | 'subscribe' | 'seed' | 'sesFeedback' | 'reindex';

export interface HandlerSpec {
  /** The handler's source file, relative to the repository root. */
  entry: string;
  memorySizeMb: number;
  timeoutSeconds: number;
  /**
   * Packages installed next to the bundle instead of bundled: jsdom reads its own files at run
   * time, so esbuild cannot inline it.
   */
  nodeModules: string[];
  /** Repository folders copied into the bundle (the seed corpus). */
  copyFolders: string[];
}

/** Each handler's size. Memory buys CPU on Lambda: jsdom parsing is CPU-bound, so process gets most. */
export const HANDLERS: Record<HandlerName, HandlerSpec> = {
  poll: { entry: 'functions/poll.ts', memorySizeMb: 512, timeoutSeconds: 300, nodeModules: [], copyFolders: [] },
  process: { entry: 'functions/process.ts', memorySizeMb: 1536, timeoutSeconds: 90, nodeModules: ['jsdom'], copyFolders: [] },
  digest: { entry: 'functions/digest.ts', memorySizeMb: 512, timeoutSeconds: 120, nodeModules: [], copyFolders: [] },
  send: { entry: 'functions/send.ts', memorySizeMb: 512, timeoutSeconds: 300, nodeModules: [], copyFolders: [] },
  subscribe: { entry: 'functions/subscribe.ts', memorySizeMb: 256, timeoutSeconds: 10, nodeModules: [], copyFolders: [] },
  seed: { entry: 'functions/seed.ts', memorySizeMb: 1024, timeoutSeconds: 300, nodeModules: [], copyFolders: ['seeds'] },
  // A notification names a handful of recipients: a few conditional writes each.
  sesFeedback: { entry: 'functions/ses-feedback.ts', memorySizeMb: 256, timeoutSeconds: 30, nodeModules: [], copyFolders: [] },
  // One run over the whole table, invoked by hand after an upgrade: Lambda's longest timeout.
  reindex: { entry: 'functions/reindex.ts', memorySizeMb: 1024, timeoutSeconds: 900, nodeModules: [], copyFolders: [] },
};
