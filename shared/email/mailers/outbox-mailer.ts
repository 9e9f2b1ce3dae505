import { createHash } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Mailer, OutgoingEmail } from '../types';

/**
 * The local mailer: writes each message as `<outbox>/<date>/<email>.eml` (confirmation requests go to
 * `<outbox>/confirmations/`), so a developer opens what a subscriber would receive. The bytes are
 * exactly those the SES mailer would send.
 */
export class OutboxMailer implements Mailer {
  constructor(private readonly outboxDir: string) {}

  async send(email: OutgoingEmail): Promise<{ messageId: string }> {
    const folder = email.kind.type === 'digest' ? email.kind.date : 'confirmations';
    if (!/^[A-Za-z0-9-]+$/.test(folder)) throw new Error(`Unsafe outbox folder name: ${folder}`);
    const directory = join(this.outboxDir, folder);
    await mkdir(directory, { recursive: true });
    const path = join(directory, `${toFileName(email.to)}.eml`);
    // Write then rename: a reader never sees half a message.
    const temporary = `${path}.${process.pid}.tmp`;
    await writeFile(temporary, email.raw);
    await rename(temporary, path);
    return { messageId: `outbox:${folder}/${toFileName(email.to)}` };
  }
}

/** Addresses may hold '/', '\' or other characters a path must not; encode all but the common ones. */
export function toFileName(address: string): string {
  const safe = address.replace(/[^A-Za-z0-9@._+-]/g, (c) => `~${c.codePointAt(0)!.toString(16)}`);
  if (safe.length <= 200 && !safe.startsWith('.')) return safe;
  return `~${createHash('sha256').update(address).digest('hex')}`;
}
