import pLimit from 'p-limit';
import { DigestSchema, type Digest } from '../model/digest';
import type { Logger } from '../observability/logger';
import { blobKeys, getJson, type BlobStore } from '../storage/ports';
import type { DeliveryStore } from '../storage/dynamo/delivery-store';
import type { SubscriberStore } from '../storage/dynamo/subscriber-store';
import { composeMessage } from '../email/compose-message';
import { buildDigestEmail, describeDigestHeadline, type DigestHeadline } from '../email/digest-email';
import { createActionUrl } from '../email/subscriptions/links';
import type { Mailer, SecretProvider, Subscriber } from '../email/types';

export interface SendDeps {
  blobs: BlobStore;
  subscribers: SubscriberStore;
  deliveries: DeliveryStore;
  mailer: Mailer;
  secrets: SecretProvider;
  /** The From header, e.g. "sitrep <digest@example.com>". */
  from: string;
  /** The subscription endpoint's base URL, for the unsubscribe links. */
  publicBaseUrl: string;
  now: () => Date;
  logger: Logger;
  /** Messages in flight at once; SES's default rate is 14/s, so a handful is plenty. */
  concurrency?: number;
}

export type DeliveryOutcome = 'sent' | 'already_sent' | 'in_progress' | 'skipped_quiet_day' | 'failed';

export interface SendReport {
  date: string;
  subject: string;
  quiet: boolean;
  recipients: Array<{ email: string; outcome: DeliveryOutcome; error?: string }>;
}

export class DigestNotFoundError extends Error {
  override readonly name = 'DigestNotFoundError';
}

export class DigestInvalidError extends Error {
  override readonly name = 'DigestInvalidError';
}

/**
 * Emails `date`'s digest to every confirmed subscriber, exactly once per (date, address) however
 * often or concurrently it runs: each delivery is claimed by a conditional write before sending
 * (see DeliveryStore for how a crash between claim and send is recovered). One failed address is
 * recorded and released for the next run; the others still go out.
 */
export async function sendDigest(date: string, deps: SendDeps): Promise<SendReport> {
  const digest = await readDigest(date, deps.blobs);
  const headline = describeDigestHeadline(digest);
  const subscribers = await deps.subscribers.listConfirmed();
  const limit = pLimit(deps.concurrency ?? 4);
  const recipients = await Promise.all(
    subscribers.map((subscriber) => limit(() => deliverTo(subscriber, digest, headline, deps))),
  );
  const report: SendReport = { date, subject: headline.subject, quiet: headline.quiet, recipients };
  deps.logger.info('Digest sent', {
    date,
    recipients: recipients.length,
    sent: recipients.filter((recipient) => recipient.outcome === 'sent').length,
    failed: recipients.filter((recipient) => recipient.outcome === 'failed').length,
  });
  return report;
}

async function readDigest(date: string, blobs: BlobStore): Promise<Digest> {
  const key = blobKeys.digest(date, 'digest.json');
  const raw = await getJson(blobs, key);
  if (raw === null) throw new DigestNotFoundError(`No digest at ${key}`);
  const parsed = DigestSchema.safeParse(raw);
  if (!parsed.success) throw new DigestInvalidError(`${key} does not match the digest schema`, { cause: parsed.error });
  return parsed.data;
}

async function deliverTo(
  subscriber: Subscriber,
  digest: Digest,
  headline: DigestHeadline,
  deps: SendDeps,
): Promise<SendReport['recipients'][number]> {
  const email = subscriber.email;
  if (headline.quiet && subscriber.quietDay === 'none') return { email, outcome: 'skipped_quiet_day' };
  const claim = await deps.deliveries.claim(digest.date, email, deps.now());
  if (claim.outcome !== 'claimed') return { email, outcome: claim.outcome };
  try {
    const now = deps.now();
    const unsubscribeUrl = await createActionUrl({ purpose: 'unsubscribe', email, now, publicBaseUrl: deps.publicBaseUrl }, deps.secrets);
    const content = buildDigestEmail(digest, headline, { quietDay: subscriber.quietDay, unsubscribeUrl });
    if (!content) throw new Error('No content for a subscriber who wants this email');
    const raw = await composeMessage({ ...content, from: deps.from, to: email, date: now, messageKey: `digest:${digest.date}:${email}`, unsubscribeUrl });
    const { messageId } = await deps.mailer.send({ from: deps.from, to: email, raw, kind: { type: 'digest', date: digest.date } });
    await deps.deliveries.markSent(digest.date, email, claim.token, messageId, deps.now());
    return { email, outcome: 'sent' };
  } catch (error) {
    deps.logger.error('Delivery failed', { date: digest.date, error: error as Error });
    await deps.deliveries.release(digest.date, email, claim.token);
    return { email, outcome: 'failed', error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}
