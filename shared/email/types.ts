import { z } from 'zod';

/**
 * An email address as sitrep stores it: trimmed and lower-cased, so one person cannot hold two
 * subscriptions that differ only in case. 254 is the SMTP path limit (RFC 5321 §4.5.3.1.3).
 */
export const EmailAddressSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email());
export type EmailAddress = z.infer<typeof EmailAddressSchema>;

/** What a subscriber gets on a day without changes: a short "no changes" email, or nothing. */
export const QUIET_DAY_PREFERENCES = ['short', 'none'] as const;
export const QuietDayPreferenceSchema = z.enum(QUIET_DAY_PREFERENCES);
export type QuietDayPreference = z.infer<typeof QuietDayPreferenceSchema>;

/** pending → confirmed → unsubscribed; bounced is terminal and never mailed again. */
export const SUBSCRIBER_STATUSES = ['pending', 'confirmed', 'unsubscribed', 'bounced'] as const;
export type SubscriberStatus = (typeof SUBSCRIBER_STATUSES)[number];

export const SubscriberSchema = z.object({
  email: z.string(),
  status: z.enum(SUBSCRIBER_STATUSES),
  quietDay: QuietDayPreferenceSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  confirmedAt: z.string().optional(),
});
export type Subscriber = z.infer<typeof SubscriberSchema>;

/** One composed message, the same raw RFC 5322 bytes whichever mailer sends it. */
export interface OutgoingEmail {
  from: string;
  to: string;
  raw: Uint8Array;
  /** What the message is for; the outbox mailer files messages by it. */
  kind: { type: 'digest'; date: string } | { type: 'confirmation' };
}

/** The mailer port: SES in the cloud, `.eml` files in an outbox locally. */
export interface Mailer {
  send(email: OutgoingEmail): Promise<{ messageId: string }>;
}

/** The HMAC key for subscription tokens: Secrets Manager in the cloud, a 0600 file locally. */
export interface SecretProvider {
  getSecret(): Promise<Uint8Array>;
}
