import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileSecretProvider } from '../../../shared/email/secrets/file-secret-provider';

let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'sitrep-secret-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('FileSecretProvider', () => {
  it('creates a 32-byte secret once, readable by its owner only, and reuses it', async () => {
    // Prepare
    const path = join(dataDir, 'secret.key');

    // Act: two providers race to create it, a third reads it later
    const [first, second] = await Promise.all([new FileSecretProvider(path).getSecret(), new FileSecretProvider(path).getSecret()]);
    const later = await new FileSecretProvider(path).getSecret();

    // Assess
    expect(first).toHaveLength(32);
    expect(Buffer.from(second)).toEqual(Buffer.from(first));
    expect(Buffer.from(later)).toEqual(Buffer.from(first));
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });
});
