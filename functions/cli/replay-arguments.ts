import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { DEFAULT_MAX_NEW_ITEMS_PER_FEED } from '../../shared/config/config';
import { isTimeZone } from '../../shared/config/deploy-config';
import { DEFAULT_BEDROCK_MODEL_ID, parseExtractorArguments } from './extractor-arguments';
import type { ClaimExtractorConfig } from '../../shared/claims/bedrock/extractor-config';

/** Page-reading threads by default: one per core, at most 4 (the main thread's in-order analysis limits the gain beyond). */
export const DEFAULT_WORKERS = Math.min(availableParallelism(), 4);

export const REPLAY_USAGE = `Usage: npm run replay -- [--feed URL|PATH]... [--data-dir DIR] [--allow-host HOST]... [--to EMAIL]... [--time-zone TZ] [--max-items-per-feed N] [--workers N]
                          [--extractor rules|bedrock] [--model ID]

  --feed URL|PATH          an RSS/Atom feed to replay after the seeds (repeatable)
  --data-dir DIR           where state, articles and digests go (default .sitrep/, shared with npm run serve)
  --allow-host HOST        let the network guard fetch from this host even if it is private or loopback (repeatable)
  --to EMAIL               mail each digest to this address too, as .eml files in <data-dir>/outbox/ (repeatable);
                           subscribers confirmed through npm run serve are mailed without it
  --time-zone TZ           the IANA time zone digest days are cut in (default UTC, or SITREP_TIME_ZONE)
  --max-items-per-feed N   new items taken from one feed per run (default ${DEFAULT_MAX_NEW_ITEMS_PER_FEED}); the rest wait for the next run
  --workers N              threads reading pages (fetch + extraction) in parallel (default ${DEFAULT_WORKERS}, this machine's cores up to 4);
                           1 reads them in the main thread. The digests are the same either way
  --extractor rules|bedrock  who reads claims: the offline rules (default) or a model on Amazon Bedrock
                           (your AWS credentials and region; AWS_ENDPOINT_URL_BEDROCK_RUNTIME is honoured)
  --model ID               the Bedrock model or inference-profile id (default ${DEFAULT_BEDROCK_MODEL_ID}); only with --extractor bedrock`;

/** A command line that cannot run: exit status 2, refused before any work. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface ReplayArguments {
  help: boolean;
  feeds: string[];
  dataDir: string;
  allowHosts: string[];
  recipients: string[];
  timeZone: string;
  maxNewItemsPerFeed: number;
  extractor: ClaimExtractorConfig;
  /** Threads reading pages; 1 reads them in the main thread. */
  workers: number;
}

const EmailSchema = z.email();

/**
 * Parses and validates the whole command line before anything runs, so a bad `--to` or time zone
 * is refused at once rather than after every digest was written. `env` gives SITREP_TIME_ZONE.
 */
export function parseReplayArguments(argv: string[], env: Record<string, string | undefined>): ReplayArguments {
  let values;
  try {
    values = parseArgs({
      args: argv,
      options: {
        feed: { type: 'string', multiple: true, default: [] },
        'data-dir': { type: 'string', default: '.sitrep' },
        'allow-host': { type: 'string', multiple: true, default: [] },
        to: { type: 'string', multiple: true, default: [] },
        'time-zone': { type: 'string', default: env.SITREP_TIME_ZONE ?? 'UTC' },
        'max-items-per-feed': { type: 'string', default: String(DEFAULT_MAX_NEW_ITEMS_PER_FEED) },
        extractor: { type: 'string', default: 'rules' },
        model: { type: 'string' },
        workers: { type: 'string', default: String(DEFAULT_WORKERS) },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }).values;
  } catch (cause) {
    throw new UsageError((cause as Error).message, { cause });
  }
  const problems = [
    ...values.to.filter((email) => !EmailSchema.safeParse(email).success).map((email) => `--to ${email}: not an email address`),
    ...(isTimeZone(values['time-zone']) ? [] : [`--time-zone ${values['time-zone']}: not an IANA time zone (e.g. Europe/London, UTC)`]),
    ...values.feed.filter((feed) => feed.trim() === '').map(() => '--feed: empty'),
  ];
  const maxNewItemsPerFeed = Number(values['max-items-per-feed']);
  if (!Number.isInteger(maxNewItemsPerFeed) || maxNewItemsPerFeed < 1) {
    problems.push(`--max-items-per-feed ${values['max-items-per-feed']}: not a whole number of 1 or more`);
  }
  const workers = Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) problems.push(`--workers ${values.workers}: not a whole number from 1 to 64`);
  const extractor = parseExtractorArguments({ extractor: values.extractor, model: values.model });
  if ('problem' in extractor) problems.push(extractor.problem);
  if (problems.length > 0 || 'problem' in extractor) throw new UsageError(problems.join('\n'));
  return {
    help: values.help,
    feeds: values.feed,
    dataDir: resolve(values['data-dir']),
    allowHosts: values['allow-host'],
    recipients: values.to,
    timeZone: values['time-zone'],
    maxNewItemsPerFeed,
    extractor: extractor.config,
    workers,
  };
}
