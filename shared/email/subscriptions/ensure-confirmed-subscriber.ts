import type { SubscriberStore } from '../../storage/dynamo/subscriber-store';
import { EmailAddressSchema, type QuietDayPreference } from '../types';

export class InvalidEmailAddressError extends Error {
  override readonly name = 'InvalidEmailAddressError';
}

/**
 * Makes `email` a confirmed subscriber with no opt-in round trip: for the local replay's `--to`,
 * where the person running it names their own address. Returns the stored (normalised) address.
 * A bounced address stays bounced and is not mailed.
 */
export async function ensureConfirmedSubscriber(
  store: SubscriberStore,
  email: string,
  now: Date,
  quietDay: QuietDayPreference = 'short',
): Promise<string> {
  const parsed = EmailAddressSchema.safeParse(email);
  if (!parsed.success) throw new InvalidEmailAddressError(`Not an email address: ${JSON.stringify(email)}`, { cause: parsed.error });
  await store.putConfirmed(parsed.data, quietDay, now);
  return parsed.data;
}
