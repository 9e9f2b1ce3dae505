/**
 * Issue 14: `npm run serve` and `npm run replay` share a data dir and its confirmed subscribers. A
 * reader who subscribed through serve is mailed by the next replay without any --to, and the
 * unsubscribe link in that email works on serve over the same data dir.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServe } from '../../functions/cli/serve';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'sitrep-serve-replay-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('serve and replay over one data dir', () => {
  it('mails a subscriber confirmed through serve on the next replay, and its unsubscribe link works on serve', async () => {
    // Prepare: a reader confirmed through serve's store.
    const first = await startServe({ dataDir, port: 0 });
    await first.subscribers.putConfirmed('reader@example.com', 'short', new Date('2025-10-01T00:00:00Z'));
    await first.close();

    // Act: a replay with no --to.
    const { stdout } = await run(join(root, 'node_modules', '.bin', 'tsx'), ['functions/cli/replay.ts', '--data-dir', dataDir], {
      cwd: root,
      env: { ...process.env, POWERTOOLS_LOG_LEVEL: 'SILENT' },
    });

    // Assess: one email per seed digest, to that reader.
    expect(stdout).toMatch(/^2025-10-15  \S+\/outbox\/2025-10-15\/reader@example\.com\.eml  sent$/m);
    const raw = await readFile(join(dataDir, 'outbox', '2025-10-15', 'reader@example.com.eml'), 'utf8');
    expect((await simpleParser(raw)).to).toMatchObject({ text: 'reader@example.com' });
    const unsubscribe = /^List-Unsubscribe: <(http:\/\/127\.0\.0\.1:\d+\/[^>]+)>/m.exec(raw)![1]!;

    // Act: the link, on serve over the same data dir (its port is not the default here, so keep the path).
    const second = await startServe({ dataDir, port: 0 });
    try {
      const link = new URL(unsubscribe);
      const response = await fetch(`${second.url}${link.pathname}${link.search}`, { method: 'POST', body: 'List-Unsubscribe=One-Click' });
      // Assess
      expect(response.status).toBe(200);
      expect((await second.subscribers.get('reader@example.com'))?.status).toBe('unsubscribed');
    } finally {
      await second.close();
    }
  }, 120_000);
});
