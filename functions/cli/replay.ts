/**
 * The local replay: `npm run replay -- [--feed URL|PATH]... [--data-dir DIR] [--allow-host HOST]... [--to EMAIL]...`
 * Runs the pipeline's own jobs against an embedded DynamoDB (dynalite, on disk under the data dir)
 * and a filesystem blob store. No AWS account, no Docker.
 *
 * Exit status (ARCHITECTURE.md, Contracts): 0 when everything named was read; 1 when a named feed could not be read
 * at all or an article job failed (the rest still runs and the summary counts the failures); 2 for
 * a usage error, refused before any work (bad option, time zone, address, unusable data dir).
 */
import './quiet-sdk-warning';
import '../heap-growth';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSeedCorpus } from '../../shared/jobs/ingest-seeds';
import { replay, type ReplayedDay } from '../../shared/jobs/replay';
import { DataDirError, lockDataDir } from '../../shared/storage/local/data-dir';
import { describeError } from './describe-error';
import { findBedrockSetupProblem } from './extractor-arguments';
import { openLocalEnvironment } from './local-environment';
import { parseReplayArguments, REPLAY_USAGE, UsageError, type ReplayArguments } from './replay-arguments';
import { describeDay, describeFailures, describeTotals, hasFailures } from './replay-summary';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

async function main(): Promise<number> {
  let args: ReplayArguments;
  try {
    args = parseReplayArguments(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${REPLAY_USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(REPLAY_USAGE);
    return 0;
  }
  const setupProblem = args.extractor.kind === 'bedrock' ? await findBedrockSetupProblem() : null;
  if (setupProblem) {
    console.error(setupProblem);
    return 2;
  }
  let lock;
  try {
    lock = await lockDataDir(args.dataDir, 'npm run replay');
  } catch (error) {
    if (!(error instanceof DataDirError)) throw error;
    console.error(error.message);
    return 2;
  }
  try {
    return await runReplay(args);
  } finally {
    await lock.release();
  }
}

async function runReplay(args: ReplayArguments): Promise<number> {
  const started = performance.now();
  const env = await openLocalEnvironment({
    dataDir: args.dataDir,
    allowHosts: args.allowHosts,
    timeZone: args.timeZone,
    recipients: args.recipients,
    maxNewItemsPerFeed: args.maxNewItemsPerFeed,
    extractor: args.extractor,
    workers: args.workers,
  });
  try {
    const corpus = await loadSeedCorpus(join(projectRoot, 'seeds'));
    const feeds = args.feeds.map((url) => ({ url }));
    const printDay = (day: ReplayedDay) => console.log(describeDay(day, args.dataDir, process.cwd()));
    const report = await replay(corpus, feeds, { ...env.deps, readLocalFeed: (path) => readFile(path, 'utf8') }, printDay);
    for (const line of describeFailures(report)) console.error(line);
    for (const line of await env.sendDigests(report.days.map((day) => day.date))) console.log(line);
    console.log(describeTotals(report, ((performance.now() - started) / 1000).toFixed(1)));
    return hasFailures(report) ? 1 : 0;
  } finally {
    await env.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`replay failed: ${describeError(error)}`);
    process.exit(1);
  },
);
