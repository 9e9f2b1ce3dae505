import { build } from 'esbuild';
import { cp, mkdir, stat, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import {
  BUNDLE_TARGET,
  ESM_REQUIRE_BANNER,
  EXTERNAL_MODULES,
  HANDLERS,
  REPOSITORY_ROOT,
  type HandlerName,
} from '../../infra/bundling';

export interface HandlerBundle {
  name: HandlerName;
  dir: string;
  file: string;
  bytes: number;
}

/**
 * Bundles a handler the way SitrepFunction's NodejsFunction does (same esbuild options from
 * infra/bundling.ts), into `<outDir>/<name>/index.mjs`. What Lambda would provide or install beside
 * the bundle (the AWS SDK; jsdom for process) is linked from the project's node_modules, and
 * nothing else: a dependency esbuild failed to inline would fail to load.
 */
export async function bundleHandler(name: HandlerName, outDir: string): Promise<HandlerBundle> {
  const spec = HANDLERS[name];
  const dir = join(outDir, name);
  const file = join(dir, 'index.mjs');
  await build({
    entryPoints: [join(REPOSITORY_ROOT, spec.entry)],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: BUNDLE_TARGET,
    mainFields: ['module', 'main'],
    banner: { js: ESM_REQUIRE_BANNER },
    minify: true,
    sourcemap: true,
    external: [...EXTERNAL_MODULES, ...spec.nodeModules],
    logLevel: 'error',
  });
  for (const folder of spec.copyFolders) await cp(join(REPOSITORY_ROOT, folder), join(dir, folder), { recursive: true });
  await mkdir(join(dir, 'node_modules'), { recursive: true });
  for (const module of ['@aws-sdk', ...spec.nodeModules]) {
    await symlink(join(REPOSITORY_ROOT, 'node_modules', module), join(dir, 'node_modules', module));
  }
  return { name, dir, file, bytes: (await stat(file)).size };
}

/** A tiny runner: imports a bundle as Lambda's Node runtime would and calls its handler once. */
export const RUNNER_SOURCE = `
const [bundle, eventJson] = process.argv.slice(2);
const { handler } = await import(bundle);
const context = { functionName: 'bundle-test', awsRequestId: 'req-1', invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:bundle-test',
  memoryLimitInMB: '512', functionVersion: '$LATEST', getRemainingTimeInMillis: () => 60000 };
const result = await handler(JSON.parse(eventJson), context);
process.stdout.write('\\n@@RESULT@@' + JSON.stringify(result ?? null) + '\\n');
`;
