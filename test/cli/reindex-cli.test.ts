/**
 * `npm run reindex` on a data dir written in the pre-issue-17 layout: run as a person would (tsx),
 * then the data dir reopened and a copy of a seed looked up through the current dedupe service.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_TABLE } from '../../functions/cli/local-environment';
import { parseReindexArguments, UsageError } from '../../functions/cli/reindex-arguments';
import { createDedupeService } from '../../shared/dedupe/dedupe-service';
import { putItemsInBatches } from '../../shared/storage/dynamo/batch-operations';
import { createDocumentClient, ensureTable } from '../../shared/storage/dynamo/client';
import { startEmbeddedDynamo } from '../../shared/storage/local/embedded-dynamo';
import { oldIndexedSeeds, oldLayoutItems, SEED_TEXTS, truncatedCopy } from '../helpers/old-fingerprint-layout';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');

let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'sitrep-reindex-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function reindex(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(join(root, 'node_modules', '.bin', 'tsx'), ['functions/cli/reindex.ts', ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return error as { code: number; stdout: string; stderr: string };
  }
}

/** Opens the data dir's table (the CLI must not hold it), runs `use`, closes it. */
async function withDataDir<T>(dataDir: string, use: (client: ReturnType<typeof createDocumentClient>) => Promise<T>): Promise<T> {
  const dynamo = await startEmbeddedDynamo(join(dataDir, 'dynamo'));
  const client = createDocumentClient({ region: 'local', endpoint: dynamo.endpoint });
  try {
    await ensureTable(client, LOCAL_TABLE);
    return await use(client);
  } finally {
    client.destroy();
    await dynamo.close();
  }
}

async function countOldItems(client: ReturnType<typeof createDocumentClient>): Promise<number> {
  const { Items = [] } = await client.send(new ScanCommand({ TableName: LOCAL_TABLE }));
  return Items.filter((item) => String(item.pk).startsWith('LSH#') && item.sk !== 'LSH').length;
}

describe('parseReindexArguments', () => {
  it.each([
    { argv: [], expected: { dataDir: join(process.cwd(), '.sitrep'), deleteOld: false, help: false } },
    { argv: ['--data-dir', '/tmp/x', '--delete-old'], expected: { dataDir: '/tmp/x', deleteOld: true, help: false } },
  ])('reads $argv', ({ argv, expected }) => {
    expect(parseReindexArguments(argv)).toEqual(expected);
  });

  it.each([[['--bogus']], [['stray']], [['--data-dir']]])('refuses %j as a usage error', (argv) => {
    expect(() => parseReindexArguments(argv)).toThrow(UsageError);
  });
});

describe('npm run reindex', () => {
  it('exits 2 on a usage error and on a data dir with no table, before any work', async () => {
    const usage = await reindex(['--delete-olds']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Usage: npm run reindex');
    const empty = await reindex(['--data-dir', join(scratch, 'never-replayed')]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('no table to re-index');
  });

  it('exits 2 when another sitrep process holds the data dir', async () => {
    // Prepare: a data dir with a table, locked by this (live) test process.
    const dataDir = join(scratch, 'busy');
    await withDataDir(dataDir, async () => undefined);
    await writeFile(join(dataDir, 'sitrep.lock'), `${process.pid} npm run serve\n`);
    // Act
    const result = await reindex(['--data-dir', dataDir]);
    // Assess
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('in use by another sitrep process');
    await rm(join(dataDir, 'sitrep.lock'));
  });

  it('re-indexes an old-layout data dir so a copy of a seed is found, deletes old items with --delete-old, and a rerun changes nothing', async () => {
    // Prepare
    const dataDir = join(scratch, 'old-layout');
    await withDataDir(dataDir, (client) => putItemsInBatches(client, LOCAL_TABLE, oldIndexedSeeds().flatMap(oldLayoutItems)));
    const seed = SEED_TEXTS[3]!;
    // Act
    const first = await reindex(['--data-dir', dataDir]);
    const oldKept = await withDataDir(dataDir, countOldItems);
    const second = await reindex(['--data-dir', dataDir, '--delete-old']);
    // Assess
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`re-indexed ${SEED_TEXTS.length} article(s): ${SEED_TEXTS.length * 16} bucket membership(s) added`);
    expect(oldKept).toBe(SEED_TEXTS.length * 16);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(`0 bucket membership(s) added to 0 bucket(s), ${SEED_TEXTS.length * 16} already present`);
    expect(second.stdout).toContain(`${SEED_TEXTS.length * 16} deleted`);
    await withDataDir(dataDir, async (client) => {
      expect(await countOldItems(client)).toBe(0);
      const match = await createDedupeService(client, LOCAL_TABLE).findDuplicate({ id: 'copy', text: truncatedCopy(seed.text) });
      expect(match?.id).toBe(seed.id);
    });
  });
});
