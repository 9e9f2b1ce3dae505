/** Query parameters that only track the reader or the campaign; they never select content. */
const TRACKING_PARAMETERS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'igshid', 'mc_cid', 'mc_eid',
  '_hsenc', '_hsmi', 'mkt_tok', 'ref', 'ref_src', 'ref_url', 'referrer', 'cmpid', 'ocid', 'smid', 'sr_share',
  'spm', 'taid', 'ito', 'guccounter',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'at_', 'oly_'];

/** `?amp`, `?amp=1`, `?amp=true` select the AMP rendering of the same article. */
function isAmpSwitch(name: string, value: string): boolean {
  return name === 'amp' && ['', '1', 'true', 'yes'].includes(value.toLowerCase());
}

function isTracking(name: string, value: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMETERS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix)) || isAmpSwitch(lower, value);
}

/**
 * The mobile/AMP host of a site (`m.`, `mobile.`, `amp.`) serves the same articles as the main
 * host; dropping the label is safe only when a registrable-looking name (two labels) remains.
 */
function stripMobileHost(hostname: string): string {
  const match = /^(?:m|mobile|amp)\.(.+)$/.exec(hostname);
  return match?.[1] && match[1].includes('.') ? match[1] : hostname;
}

/** AMP paths: `/amp` or `/amp/` at the end, `/amp/` at the start, `.amp` or `.amp.html` endings. */
function stripAmpPath(pathname: string): string {
  return pathname
    .replace(/\/amp\/?$/i, '/')
    .replace(/^\/amp\//i, '/')
    .replace(/\.amp(\.html?)?$/i, (_match, extension: string | undefined) => extension ?? '');
}

/**
 * The one spelling of an article URL used as its identity (seen-URL index, article id): lower-case
 * scheme and host, no default port, no fragment, no tracking or AMP parameters, remaining query
 * parameters sorted, no mobile/AMP variant, no trailing slash (except the root). A string that is
 * not an absolute URL is returned trimmed.
 */
export function canonicaliseUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return url.trim();
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return parsed.href;
  parsed.hash = '';
  parsed.hostname = stripMobileHost(parsed.hostname.replace(/\.$/, ''));
  const kept = [...parsed.searchParams.entries()].filter(([name, value]) => !isTracking(name, value));
  kept.sort(([nameA, valueA], [nameB, valueB]) => (nameA === nameB ? compare(valueA, valueB) : compare(nameA, nameB)));
  parsed.search = new URLSearchParams(kept).toString();
  let pathname = stripAmpPath(parsed.pathname);
  if (pathname.length > 1) pathname = pathname.replace(/\/+$/, '') || '/';
  parsed.pathname = pathname;
  return parsed.href;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
