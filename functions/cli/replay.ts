/**
 * The local replay: `npm run replay -- [--feed URL|PATH]... [--data-dir DIR] [--allow-host HOST]... [--to EMAIL]...`
 * Runs the pipeline's own jobs against an embedded DynamoDB (dynalite, on disk under the data dir)
 * and a filesystem blob store. No AWS account, no Docker.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadSeedCorpus } from '../../shared/jobs/ingest-seeds';
import { replay, type ReplayedDay } from '../../shared/jobs/replay';
import { openLocalEnvironment } from './local-environment';

const USAGE = `Usage: npm run replay -- [--feed URL|PATH]... [--data-dir DIR] [--allow-host HOST]... [--to EMAIL]...

  --feed URL|PATH    an RSS/Atom feed to replay after the seeds (repeatable)
  --data-dir DIR     where state, articles and digests go (default .sitrep/)
  --allow-host HOST  let the network guard fetch from this host even if it is private or loopback (repeatable)
  --to EMAIL         mail each digest to this address, as .eml files in <data-dir>/outbox/ (repeatable)
  --time-zone TZ     the time zone digest days are cut in (default UTC)`;

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        feed: { type: 'string', multiple: true, default: [] },
        'data-dir': { type: 'string', default: '.sitrep' },
        'allow-host': { type: 'string', multiple: true, default: [] },
        to: { type: 'string', multiple: true, default: [] },
        'time-zone': { type: 'string', default: process.env.SITREP_TIME_ZONE ?? 'UTC' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }

  const started = performance.now();
  const dataDir = resolve(args['data-dir']);
  const env = await openLocalEnvironment({
    dataDir,
    allowHosts: args['allow-host'],
    timeZone: args['time-zone'],
    recipients: args.to,
  });
  try {
    const corpus = await loadSeedCorpus(join(projectRoot, 'seeds'));
    const feeds = args.feed.map((url) => ({ url }));
    const printDay = (day: ReplayedDay) => console.log(describeDay(day, dataDir));
    const report = await replay(corpus, feeds, { ...env.deps, readLocalFeed: (path) => readFile(path, 'utf8') }, printDay);
    for (const feed of report.poll?.feeds ?? []) {
      if (feed.outcome === 'failed') console.error(`feed failed: ${feed.url}: ${feed.error ?? 'unknown error'}`);
    }
    for (const failure of report.failures) console.error(`article failed: ${failure.url}: ${failure.error}`);
    for (const line of await env.sendDigests(report.days.map((day) => day.date))) console.log(line);

    const articles = report.days.reduce((sum, day) => sum + day.digest.articles.length, 0);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`${report.days.length} digests, ${articles} articles (${report.seeds.length} seeds) in ${seconds} s`);
    return report.failures.length > 0 ? 1 : 0;
  } finally {
    await env.close();
  }
}

function describeDay({ date, digest }: ReplayedDay, dataDir: string): string {
  const changes = digest.threads.reduce((sum, thread) => sum + thread.changes.length, 0);
  const { fetched, relevant, duplicates, errors } = digest.stats;
  const directory = join(dataDir, 'digests', date);
  const fromHere = relative(process.cwd(), directory);
  const where = fromHere.startsWith('..') ? directory : fromHere;
  return `${date}  ${where}/digest.{json,md,html}  ${fetched} articles, ${relevant} relevant, ${duplicates} duplicates, ${changes} changes${errors ? `, ${errors} errors` : ''}`;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
