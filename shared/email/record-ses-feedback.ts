import { z } from 'zod';
import type { SubscriberStore } from '../storage/dynamo/subscriber-store';
import { EmailAddressSchema } from './types';

/**
 * The parts of an SES feedback notification we act on. SNS notifications name the kind in
 * `notificationType`, SES event publishing (SNS or EventBridge `detail`) in `eventType`; both carry
 * the same `bounce` / `complaint` objects.
 */
const RecipientsSchema = z.array(z.object({ emailAddress: z.string() })).default([]);
const SesFeedbackSchema = z.object({
  notificationType: z.string().optional(),
  eventType: z.string().optional(),
  bounce: z.object({ bounceType: z.string(), bouncedRecipients: RecipientsSchema }).optional(),
  complaint: z.object({ complainedRecipients: RecipientsSchema }).optional(),
});

/**
 * Marks the addresses of a permanent bounce or a complaint as bounced, so they are never mailed
 * again (a transient bounce — mailbox full, greylisting — is left alone: the next day may work).
 * Returns the addresses marked. Anything that is not a bounce or complaint is ignored.
 */
export async function recordSesFeedback(notification: unknown, subscribers: SubscriberStore, now: Date): Promise<string[]> {
  const parsed = SesFeedbackSchema.safeParse(notification);
  if (!parsed.success) return [];
  const { bounce, complaint } = parsed.data;
  const kind = parsed.data.notificationType ?? parsed.data.eventType;
  const recipients =
    kind === 'Bounce' && bounce?.bounceType === 'Permanent'
      ? bounce.bouncedRecipients
      : kind === 'Complaint' && complaint
        ? complaint.complainedRecipients
        : [];
  const marked: string[] = [];
  for (const { emailAddress } of recipients) {
    // SES may give "Name <address>"; keep the address part.
    const address = EmailAddressSchema.safeParse(/<([^>]+)>/.exec(emailAddress)?.[1] ?? emailAddress);
    if (!address.success) continue;
    await subscribers.markBounced(address.data, now);
    marked.push(address.data);
  }
  return marked;
}
