import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { createLocalMailDeps } from '../../shared/email/local-mail';
import type { SendDeps } from '../../shared/jobs/send-digest';
import type { Digest } from '../../shared/model/digest';
import { createLogger } from '../../shared/observability/logger';
import { FsBlobStore } from '../../shared/storage/blob/fs-blob-store';
import { createDocumentClient, ensureTable } from '../../shared/storage/dynamo/client';
import { startEmbeddedDynamo } from '../../shared/storage/local/embedded-dynamo';
import { blobKeys, type BlobStore } from '../../shared/storage/ports';

export const PUBLIC_BASE_URL = 'https://subscribe.example.com/';
const TABLE = 'sitrep-test';

/** Real components for the email tests: in-memory dynalite, a temp data dir, the outbox mailer. */
export async function openMailHarness() {
  const dataDir = await mkdtemp(join(tmpdir(), 'sitrep-email-'));
  const dynamo = await startEmbeddedDynamo();
  const client = createDocumentClient({ region: 'local', endpoint: dynamo.endpoint });
  await ensureTable(client, TABLE);
  const local = createLocalMailDeps({ dataDir, client, tableName: TABLE, publicBaseUrl: PUBLIC_BASE_URL });
  const blobs: BlobStore = new FsBlobStore(dataDir);
  process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
  const deps: SendDeps = { ...local, blobs, now: () => new Date('2025-11-13T06:00:00Z'), logger: createLogger('sitrep-test') };
  const outboxDir = join(dataDir, 'outbox');
  return {
    dataDir,
    client,
    tableName: TABLE,
    deps,
    outboxDir,
    async putDigest(digest: Digest): Promise<void> {
      await blobs.put(blobKeys.digest(digest.date, 'digest.json'), JSON.stringify(digest), 'application/json');
    },
    /** The .eml files of one digest date, by file name. */
    async listOutbox(folder: string): Promise<string[]> {
      try {
        return (await readdir(join(outboxDir, folder))).filter((name) => name.endsWith('.eml')).sort();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
    },
    async readEml(folder: string, file: string): Promise<{ raw: string; mail: ParsedMail }> {
      const raw = await readFile(join(outboxDir, folder, file));
      return { raw: raw.toString('utf8'), mail: await simpleParser(raw) };
    },
    async close(): Promise<void> {
      client.destroy();
      await dynamo.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export type MailHarness = Awaited<ReturnType<typeof openMailHarness>>;

/** The raw header lines of a message (unfolded), up to the blank line. */
export function readHeaderLines(raw: string): string[] {
  const head = raw.split(/\r?\n\r?\n/, 1)[0] ?? '';
  return head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/);
}
