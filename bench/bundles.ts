/**
 * Lambda bundles: each handler bundled exactly as the stack bundles it (test/functions/
 * bundle-handlers.ts, which reads infra/bundling.ts), its size on disk and compressed, and the time
 * a fresh node process takes to import it, with the Lambda's environment set so module-scope
 * set-up (config, clients) runs as it would on a cold start.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { deflateRawSync } from 'node:zlib';
import { HANDLERS, REPOSITORY_ROOT, type HandlerName } from '../infra/bundling';
import { bundleHandler } from '../test/functions/bundle-handlers';
import { quantile, round } from './statistics';

const run = promisify(execFile);
const COLD_IMPORTS = 5;

export interface BundleSize {
  /** The bundle and its source map plus copied folders, as zipped into the Lambda asset. */
  onDiskBytes: number;
  /** Raw deflate of each file (what a zip stores), an estimate of the asset's zip size. */
  zippedBytes: number;
  /** Packages installed beside the bundle (jsdom for process) and their dependencies, on disk. */
  nodeModulesBytes: number;
}

export interface BundleResult {
  coldImportMs: Record<HandlerName, number>;
  bundleBytes: Record<HandlerName, BundleSize>;
  /** Whether importing the bundle loads jsdom (only process may). */
  loadsJsdom: Record<HandlerName, boolean>;
}

/** Imports the bundle, then reports the import time and whether any jsdom module was loaded. */
const PROBE_SOURCE = `
import { createRequire } from 'node:module';
const started = performance.now();
await import(process.argv[2]);
const ms = performance.now() - started;
const loaded = Object.keys(createRequire(import.meta.url).cache);
process.stdout.write(JSON.stringify({ ms, loadsJsdom: loaded.some((path) => path.includes('/node_modules/jsdom/')) }));
`;

/** What module scope reads at import (loadRuntimeConfig); nothing is called, so nothing is reached. */
const LAMBDA_ENV = {
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  POWERTOOLS_LOG_LEVEL: 'WARN',
  SITREP_TABLE: 'sitrep-bench',
  SITREP_BUCKET: 'sitrep-bench',
  SITREP_TIME_ZONE: 'UTC',
  SITREP_QUEUE_URL: 'http://127.0.0.1:9/queue',
  SITREP_FEEDS: '[]',
  SITREP_SENDER_EMAIL: 'digest@news.example.org',
  SITREP_TOKEN_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:000000000000:secret:token',
  SITREP_SUBSCRIPTION_URL: 'https://subscribe.example.org/',
};

export async function runBundleBench(): Promise<BundleResult> {
  const workDir = await mkdtemp(join(tmpdir(), 'sitrep-bench-bundles-'));
  const result = { coldImportMs: {}, bundleBytes: {}, loadsJsdom: {} } as BundleResult;
  try {
    const probe = join(workDir, 'probe.mjs');
    await writeFile(probe, PROBE_SOURCE);
    for (const name of Object.keys(HANDLERS) as HandlerName[]) {
      const bundle = await bundleHandler(name, workDir);
      const timings: number[] = [];
      for (let attempt = 0; attempt < COLD_IMPORTS; attempt++) {
        const { stdout } = await run(process.execPath, [probe, bundle.file], {
          cwd: bundle.dir,
          env: { PATH: process.env.PATH, LAMBDA_TASK_ROOT: bundle.dir, ...LAMBDA_ENV },
        });
        const probed = JSON.parse(stdout) as { ms: number; loadsJsdom: boolean };
        timings.push(probed.ms);
        result.loadsJsdom[name] = probed.loadsJsdom;
      }
      result.coldImportMs[name] = round(quantile(timings, 0.5), 1);
      result.bundleBytes[name] = await measureBundle(bundle.dir, HANDLERS[name].nodeModules);
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
  return result;
}

async function measureBundle(dir: string, nodeModules: readonly string[]): Promise<BundleSize> {
  let onDiskBytes = 0;
  let zippedBytes = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (!entry.isFile() || path.includes(`${join(dir, 'node_modules')}`)) continue;
    const body = await readFile(path);
    onDiskBytes += body.length;
    zippedBytes += deflateRawSync(body).length;
  }
  let nodeModulesBytes = 0;
  for (const folder of collectDependencyFolders(nodeModules)) nodeModulesBytes += await measureFolder(folder);
  return { onDiskBytes, zippedBytes, nodeModulesBytes };
}

/**
 * The packages and their transitive dependencies, as folders of the project's hoisted node_modules
 * (an estimate: nested copies are not followed).
 */
function collectDependencyFolders(packages: readonly string[]): string[] {
  const seen = new Set<string>();
  const pending = [...packages];
  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (seen.has(name)) continue;
    seen.add(name);
    const manifest = JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    pending.push(...Object.keys(manifest.dependencies ?? {}));
  }
  return [...seen].map((name) => join(REPOSITORY_ROOT, 'node_modules', name));
}

async function measureFolder(folder: string): Promise<number> {
  let bytes = 0;
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return bytes;
}
