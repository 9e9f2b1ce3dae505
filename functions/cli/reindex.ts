/**
 * `npm run reindex -- [--data-dir DIR] [--delete-old]`: rebuilds the near-duplicate buckets of a
 * local data dir indexed before issue 17 (reindexFingerprints), on the embedded dynalite the
 * replay uses, holding the data dir's lock meanwhile.
 *
 * Exit status: 0 when done (a second run changes nothing); 2 for a usage error or a data dir that
 * cannot be used (busy, not writable, no table), refused before any work; 1 when the run failed.
 */
import './quiet-sdk-warning';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { reindexFingerprints, type ReindexReport } from '../../shared/jobs/reindex-fingerprints';
import { createDocumentClient, ensureTable } from '../../shared/storage/dynamo/client';
import { FingerprintStore } from '../../shared/storage/dynamo/fingerprint-store';
import { IndexItemScanner } from '../../shared/storage/dynamo/index-item-scan';
import { startEmbeddedDynamo } from '../../shared/storage/local/embedded-dynamo';
import { DataDirError, lockDataDir } from '../../shared/storage/local/data-dir';
import { describeError } from './describe-error';
import { LOCAL_TABLE } from './local-environment';
import { parseReindexArguments, REINDEX_USAGE, UsageError, type ReindexArguments } from './reindex-arguments';

async function main(): Promise<number> {
  let args: ReindexArguments;
  try {
    args = parseReindexArguments(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${REINDEX_USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(REINDEX_USAGE);
    return 0;
  }
  if (!existsSync(join(args.dataDir, 'dynamo'))) {
    console.error(`${args.dataDir} holds no table to re-index (no dynamo/ folder); pass the --data-dir npm run replay wrote to`);
    return 2;
  }
  let lock;
  try {
    lock = await lockDataDir(args.dataDir, 'npm run reindex');
  } catch (error) {
    if (!(error instanceof DataDirError)) throw error;
    console.error(error.message);
    return 2;
  }
  try {
    console.log(describeReport(await reindexDataDir(args)));
    return 0;
  } finally {
    await lock.release();
  }
}

async function reindexDataDir(args: ReindexArguments): Promise<ReindexReport> {
  const dynamo = await startEmbeddedDynamo(join(args.dataDir, 'dynamo'));
  const client = createDocumentClient({ region: 'local', endpoint: dynamo.endpoint });
  try {
    await ensureTable(client, LOCAL_TABLE);
    const deps = { fingerprints: new FingerprintStore(client, LOCAL_TABLE), scanner: new IndexItemScanner(client, LOCAL_TABLE) };
    return await reindexFingerprints(deps, { deleteOld: args.deleteOld });
  } finally {
    client.destroy();
    await dynamo.close();
  }
}

/** The report as one line a person reads. */
function describeReport(report: ReindexReport): string {
  return [
    `re-indexed ${report.articlesSeen} article(s):`,
    `${report.membersAdded} bucket membership(s) added to ${report.bucketsWritten} bucket(s),`,
    `${report.alreadyPresent} already present, ${report.fullBuckets} full bucket(s);`,
    `${report.oldItemsFound} old-layout item(s) found, ${report.oldItemsDeleted} deleted`,
  ].join(' ');
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`reindex failed: ${describeError(error)}`);
    process.exit(1);
  },
);
