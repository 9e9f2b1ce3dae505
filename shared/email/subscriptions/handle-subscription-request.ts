import { TokenError, verifyToken, type TokenPurpose } from '../tokens';
import { EmailAddressSchema, QuietDayPreferenceSchema } from '../types';
import { MAX_REQUEST_BODY_BYTES, readFormFields, type SubscriptionRequest, type SubscriptionResponse } from './http-types';
import { HONEYPOT_FIELD, renderPage, SUBSCRIBE_INPUTS_HTML } from './pages';
import { requestSubscription } from './request-subscription';
import type { SubscriptionDeps } from './subscription-deps';

/**
 * The subscribe / confirm / unsubscribe endpoint over plain data.
 *
 * GET never changes state. Mail security scanners (Safe Links, Proofpoint, …) fetch every link in a
 * message before the person sees it, so confirming on GET would confirm addresses whose owners never
 * clicked — double opt-in in name only — and unsubscribing on GET would drop readers at random.
 * GET /confirm and GET /unsubscribe therefore show a page with a button that POSTs.
 *
 * POST /unsubscribe is also the RFC 8058 one-click target: the mail client POSTs
 * `List-Unsubscribe=One-Click` to the List-Unsubscribe URL, and we answer 200 with no cookie and no
 * redirect. The signed token in the URL is the only credential.
 */
export async function handleSubscriptionRequest(
  request: SubscriptionRequest,
  deps: SubscriptionDeps,
): Promise<SubscriptionResponse> {
  if (Buffer.byteLength(request.body, 'utf8') > MAX_REQUEST_BODY_BYTES) {
    return renderPage(413, 'Request too large', 'This form takes one email address or one link.');
  }
  const path = request.path.replace(/\/+$/, '') || '/';
  const method = request.method.toUpperCase();
  const route = ROUTES[path];
  if (!route) return renderPage(404, 'Not found', 'There is nothing here.');
  const action = method === 'HEAD' ? route.GET : route[method as 'GET' | 'POST'];
  if (!action) return { ...renderPage(405, 'Method not allowed', 'Use the form on this page.'), headers: { allow: 'GET, POST' } };
  try {
    const response = await action(request, deps);
    return method === 'HEAD' ? { ...response, body: '' } : response;
  } catch (error) {
    if (error instanceof TokenError) return renderTokenFailure(error);
    throw error;
  }
}

type Action = (request: SubscriptionRequest, deps: SubscriptionDeps) => Promise<SubscriptionResponse>;

const ROUTES: Record<string, { GET?: Action; POST?: Action }> = {
  '/': { GET: showSubscribeForm },
  '/subscribe': { GET: showSubscribeForm, POST: subscribe },
  '/confirm': { GET: showConfirmButton, POST: confirm },
  '/unsubscribe': { GET: showUnsubscribeButton, POST: unsubscribe },
};

async function showSubscribeForm(): Promise<SubscriptionResponse> {
  return renderPage(200, 'Subscribe to sitrep', 'A daily email on Syria–Russia relations: what changed, with evidence.', {
    action: 'subscribe',
    fields: {},
    button: 'Subscribe',
    inputsHtml: SUBSCRIBE_INPUTS_HTML,
  });
}

async function subscribe(request: SubscriptionRequest, deps: SubscriptionDeps): Promise<SubscriptionResponse> {
  const fields = readFormFields(request);
  const email = EmailAddressSchema.safeParse(fields.email ?? '');
  if (!email.success) return renderPage(400, 'Check the address', 'That does not look like an email address.');
  // A field people never see: a script that fills in every input is told all went well, and nothing is sent.
  if (fields[HONEYPOT_FIELD]) {
    deps.logger.warn('Subscribe honeypot filled');
    deps.onSubscribeOutcome?.('honeypot');
    return checkYourInbox();
  }
  const quietDay = QuietDayPreferenceSchema.catch('short').parse(fields.quietDay ?? 'short');
  const outcome = await requestSubscription({ email: email.data, quietDay, clientAddress: request.clientAddress }, deps);
  deps.onSubscribeOutcome?.(outcome);
  if (outcome === 'client_limited' || outcome === 'global_limited') {
    const page = renderPage(429, 'Too many requests', 'Too many subscription requests right now. Try again in an hour.');
    return { ...page, headers: { ...page.headers, 'retry-after': '3600' } };
  }
  // A repeat within the cooldown shows the same page: whether an email went out is not revealed.
  return checkYourInbox();
}

function checkYourInbox(): SubscriptionResponse {
  return renderPage(200, 'Check your inbox', 'If the address can receive the digest, a confirmation link is on its way. Open it and press the button to confirm.');
}

async function showConfirmButton(request: SubscriptionRequest, deps: SubscriptionDeps): Promise<SubscriptionResponse> {
  const token = request.query.token ?? '';
  const { email } = await verify(token, 'confirm', deps);
  return renderPage(200, 'Confirm your subscription', `Press the button to start receiving the daily digest at ${email}.`, {
    action: 'confirm',
    fields: { token },
    button: 'Confirm subscription',
  });
}

async function confirm(request: SubscriptionRequest, deps: SubscriptionDeps): Promise<SubscriptionResponse> {
  const { email } = await verify(readToken(request), 'confirm', deps);
  if (!(await deps.subscribers.confirm(email, deps.now()))) {
    return renderPage(409, 'Link no longer valid', 'This address has unsubscribed or cannot receive mail. Subscribe again to get a new link.');
  }
  deps.logger.info('Subscription confirmed');
  return renderPage(200, 'Subscribed', `The daily digest will be sent to ${email}. Every email has a one-click unsubscribe link.`);
}

async function showUnsubscribeButton(request: SubscriptionRequest, deps: SubscriptionDeps): Promise<SubscriptionResponse> {
  const token = request.query.token ?? '';
  const { email } = await verify(token, 'unsubscribe', deps);
  return renderPage(200, 'Unsubscribe', `Press the button to stop the daily digest to ${email}.`, {
    action: `unsubscribe?${new URLSearchParams({ token }).toString()}`,
    fields: { 'List-Unsubscribe': 'One-Click' },
    button: 'Unsubscribe',
  });
}

async function unsubscribe(request: SubscriptionRequest, deps: SubscriptionDeps): Promise<SubscriptionResponse> {
  const { email } = await verify(readToken(request), 'unsubscribe', deps);
  await deps.subscribers.unsubscribe(email, deps.now());
  deps.logger.info('Unsubscribed');
  return renderPage(200, 'Unsubscribed', `No more digests will be sent to ${email}.`);
}

/** The token from the query (the List-Unsubscribe URL) or, failing that, from the form body. */
function readToken(request: SubscriptionRequest): string {
  return request.query.token ?? readFormFields(request).token ?? '';
}

async function verify(token: string, purpose: TokenPurpose, deps: SubscriptionDeps): Promise<{ email: string }> {
  return verifyToken(token, { purpose, now: deps.now() }, await deps.secrets.getSecret());
}

function renderTokenFailure(error: TokenError): SubscriptionResponse {
  switch (error.reason) {
    case 'expired':
      return renderPage(410, 'Link expired', 'This link has expired. Subscribe again, or use the link in a newer email.');
    case 'malformed':
      return renderPage(400, 'Invalid link', 'This link is incomplete. Copy the whole link from the email.');
    default:
      return renderPage(403, 'Invalid link', 'This link is not valid for this action.');
  }
}
