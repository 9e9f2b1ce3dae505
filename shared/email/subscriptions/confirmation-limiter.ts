import ipaddr from 'ipaddr.js';

/**
 * Limits on confirmation emails: a double opt-in form that mails whatever address it is given is a
 * way to mail-bomb strangers and to ruin the sender's SES reputation (500 requests for distinct
 * addresses in 2.9 s wrote 500 emails; 25 for one address wrote it 25).
 */
export interface ConfirmationLimits {
  /** One confirmation per address per this many hours; a repeat shows the same page and sends nothing. */
  cooldownHours: number;
  /** Confirmation emails one client (an IPv4 address, an IPv6 /64) may cause per hour. */
  perClientPerHour: number;
  /** Confirmation emails the whole endpoint sends per hour. */
  perHour: number;
}

export const DEFAULT_CONFIRMATION_LIMITS: ConfirmationLimits = { cooldownHours: 24, perClientPerHour: 5, perHour: 100 };

/** Where the limits keep their state: shared by every instance of the endpoint (DynamoDB in AWS). */
export interface RateLimitStore {
  /** Counts one event for `key` in the current fixed window; false (nothing counted) when `limit` is reached. */
  takeFromWindow(key: string, limit: number, windowSeconds: number, now: Date): Promise<boolean>;
  /** Starts a cooldown for `key` unless one is running (conditional): false when one was. */
  startCooldown(key: string, cooldownSeconds: number, now: Date): Promise<boolean>;
  /** Ends the cooldown `key` started at `startedAt`, if it is still that one. */
  cancelCooldown(key: string, startedAt: Date): Promise<void>;
}

export type ConfirmationDecision = 'send' | 'repeat' | 'client_limited' | 'global_limited';

const HOUR_SECONDS = 3600;

/**
 * Decides whether a confirmation email may go to `email` for a request from `clientAddress`.
 * The address's cooldown is claimed first (a conditional write, so concurrent requests for one
 * address send one email) and repeats never touch the client's or the global budget; a request
 * those budgets refuse gives the cooldown back, so the address may try again within the day.
 */
export async function decideConfirmation(
  request: { email: string; clientAddress: string | undefined; now: Date },
  limits: ConfirmationLimits,
  store: RateLimitStore,
): Promise<ConfirmationDecision> {
  const { email, now } = request;
  const cooldownSeconds = limits.cooldownHours * HOUR_SECONDS;
  const addressKey = `confirm-address#${email.toLowerCase()}`;
  if (!(await store.startCooldown(addressKey, cooldownSeconds, now))) return 'repeat';
  const refusal = await takeHourlyBudgets(request.clientAddress, limits, store, now);
  if (refusal) await store.cancelCooldown(addressKey, now);
  return refusal ?? 'send';
}

async function takeHourlyBudgets(
  clientAddress: string | undefined,
  limits: ConfirmationLimits,
  store: RateLimitStore,
  now: Date,
): Promise<'client_limited' | 'global_limited' | null> {
  const clientKey = `confirm-client#${identifyClient(clientAddress)}`;
  if (!(await store.takeFromWindow(clientKey, limits.perClientPerHour, HOUR_SECONDS, now))) return 'client_limited';
  if (!(await store.takeFromWindow('confirm-all', limits.perHour, HOUR_SECONDS, now))) return 'global_limited';
  return null;
}

/**
 * The client a limit applies to: an IPv4 address, or the /64 of an IPv6 one (a single host is
 * routinely given a whole /64, so its single addresses are free to it). Unknown clients share one key.
 */
export function identifyClient(address: string | undefined): string {
  if (!address || !ipaddr.isValid(address)) return 'unknown';
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  return `${ipaddr.IPv6.networkAddressFromCIDR(`${parsed.toString()}/64`).toString()}/64`;
}
