import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { SecretProvider } from '../types';

/** 32 bytes: the HMAC-SHA256 block is 64, and anything above the 32-byte output adds no strength. */
const SECRET_BYTES = 32;

/**
 * The local secret for the replay and `npm run serve`: `<data-dir>/secret.key`, generated once with
 * mode 0600 and reused, so links in earlier `.eml` files keep working across runs.
 */
export class FileSecretProvider implements SecretProvider {
  private secret: Promise<Uint8Array> | undefined;

  constructor(private readonly path: string) {}

  getSecret(): Promise<Uint8Array> {
    this.secret ??= this.readOrCreate();
    return this.secret;
  }

  private async readOrCreate(): Promise<Uint8Array> {
    const existing = await this.read();
    if (existing) return existing;
    await mkdir(dirname(this.path), { recursive: true });
    // Written whole under a private name, then linked into place: link() fails with EEXIST when
    // another process won the race, and nobody ever reads a half-written secret.
    const temporary = `${this.path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    await writeFile(temporary, randomBytes(SECRET_BYTES).toString('base64'), { flag: 'wx', mode: 0o600 });
    try {
      await link(temporary, this.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      await unlink(temporary);
    }
    const created = await this.read();
    if (!created) throw new Error(`Secret file ${this.path} is empty`);
    return created;
  }

  private async read(): Promise<Uint8Array | null> {
    try {
      const text = (await readFile(this.path, 'utf8')).trim();
      return text ? Buffer.from(text, 'base64') : null;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }
}
