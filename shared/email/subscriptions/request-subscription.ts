import { composeMessage } from '../compose-message';
import { renderNoticeEmail } from '../notice-email';
import type { QuietDayPreference } from '../types';
import { createActionUrl } from './links';
import type { SubscriptionDeps } from './subscription-deps';

/**
 * Double opt-in, step one: records the address as pending and mails it a signed confirmation link.
 * A confirmed or bounced address gets nothing (and the caller shows the same page either way, so
 * the endpoint does not reveal who is subscribed).
 */
export async function requestSubscription(
  email: string,
  quietDay: QuietDayPreference,
  deps: SubscriptionDeps,
): Promise<{ confirmationSent: boolean }> {
  const now = deps.now();
  if (!(await deps.subscribers.requestSubscription(email, quietDay, now))) return { confirmationSent: false };
  const confirmUrl = await createActionUrl({ purpose: 'confirm', email, now, publicBaseUrl: deps.publicBaseUrl }, deps.secrets);
  const content = renderNoticeEmail({
    subject: 'Confirm your sitrep subscription',
    preheader: 'One click to start receiving the daily Syria–Russia digest.',
    heading: 'Confirm your subscription',
    paragraphs: [
      'Someone (hopefully you) asked to receive the sitrep daily digest on Syria–Russia relations at this address.',
      'Open the link below and press the button to confirm. If you did not ask for this, ignore this email: nothing will be sent.',
    ],
    action: { label: 'Confirm subscription', url: confirmUrl },
  });
  const raw = await composeMessage({ ...content, from: deps.from, to: email, date: now, messageKey: `confirm:${email}:${now.toISOString()}` });
  await deps.mailer.send({ from: deps.from, to: email, raw, kind: { type: 'confirmation' } });
  deps.logger.info('Confirmation requested', { quietDay });
  return { confirmationSent: true };
}
