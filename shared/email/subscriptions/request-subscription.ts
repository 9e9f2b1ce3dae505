import { composeMessage } from '../compose-message';
import { renderNoticeEmail } from '../notice-email';
import type { QuietDayPreference } from '../types';
import { decideConfirmation } from './confirmation-limiter';
import { createActionUrl } from './links';
import type { SubscribeOutcome, SubscriptionDeps } from './subscription-deps';

/**
 * Double opt-in, step one: records the address as pending and mails it a signed confirmation link,
 * within the confirmation limits (one per address per cooldown, per client and overall per hour).
 * A confirmed or bounced address gets nothing (and the caller shows the same page either way, so
 * the endpoint does not reveal who is subscribed).
 */
export async function requestSubscription(
  request: { email: string; quietDay: QuietDayPreference; clientAddress?: string },
  deps: SubscriptionDeps,
): Promise<SubscribeOutcome> {
  const { email, quietDay } = request;
  const now = deps.now();
  const decision = await decideConfirmation({ email, clientAddress: request.clientAddress, now }, deps.confirmations.limits, deps.confirmations.store);
  if (decision !== 'send') {
    deps.logger.warn('Confirmation not sent', { decision });
    return decision;
  }
  if (!(await deps.subscribers.requestSubscription(email, quietDay, now))) return 'not_pending';
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
  return 'sent';
}
