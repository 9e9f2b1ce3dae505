import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from './replay-arguments';

export { UsageError };

export const REINDEX_USAGE = `Usage: npm run reindex -- [--data-dir DIR] [--delete-old]

Rebuilds the near-duplicate index of a local data dir written before issue 17 (one item per bucket
member) in the current layout (one item per bucket), from the articles' own index entries.
Running it again changes nothing.

  --data-dir DIR   the data dir to re-index (default .sitrep/, as npm run replay and npm run serve)
  --delete-old     also delete the old-layout bucket items (nothing reads them any more); kept by default`;

export interface ReindexArguments {
  help: boolean;
  dataDir: string;
  deleteOld: boolean;
}

/** Parses the command line; anything it does not know is a UsageError (exit 2, before any work). */
export function parseReindexArguments(argv: string[]): ReindexArguments {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        'data-dir': { type: 'string', default: '.sitrep' },
        'delete-old': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
    return { help: values.help, dataDir: resolve(values['data-dir']), deleteOld: values['delete-old'] };
  } catch (cause) {
    if (cause instanceof UsageError) throw cause;
    throw new UsageError((cause as Error).message, { cause });
  }
}
