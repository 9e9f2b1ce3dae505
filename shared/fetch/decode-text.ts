import { decodeWindows1252 } from './windows-1252';

/**
 * Decodes a fetched body to text the way browsers and feed readers do: a byte-order mark wins, then
 * the Content-Type charset, then an XML declaration or `<meta charset>` in the first bytes, else
 * UTF-8 when the bytes are valid UTF-8 and windows-1252 when they are not (the usual unlabelled
 * legacy encoding; WHATWG maps ISO-8859-1 to it as well).
 */
export function decodeText(body: Uint8Array, contentTypeHeader: string | undefined): string {
  const label =
    sniffByteOrderMark(body) ?? charsetParameter(contentTypeHeader) ?? declaredInDocument(body) ?? sniffUtf8(body);
  return decodeWith(label, body) ?? decodeWith(sniffUtf8(body), body) ?? '';
}

function sniffByteOrderMark(body: Uint8Array): string | null {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return 'utf-8';
  if (body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  if (body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  return null;
}

/** The `charset` parameter of a Content-Type header value. */
export function charsetParameter(contentTypeHeader: string | undefined): string | null {
  const match = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentTypeHeader ?? '');
  return match?.[1]?.toLowerCase() ?? null;
}

function declaredInDocument(body: Uint8Array): string | null {
  // Declarations must sit in the first bytes (HTML's prescan reads 1024); ASCII-compatible only.
  const head = new TextDecoder('latin1').decode(body.subarray(0, 1024));
  const xml = /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml?.[1]) return xml[1].toLowerCase();
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  const label = meta?.[1]?.toLowerCase() ?? null;
  // A page that declares UTF-16 in ASCII bytes cannot be UTF-16 (HTML spec: treat as UTF-8).
  return label?.startsWith('utf-16') ? 'utf-8' : label;
}

function sniffUtf8(body: Uint8Array): string {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(body);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** WHATWG Encoding maps all of these labels to windows-1252. */
const WINDOWS_1252_LABELS = new Set(['latin1', 'iso-8859-1', 'iso8859-1', 'iso_8859-1', 'l1', 'us-ascii', 'ascii', 'cp1252', 'x-cp1252']);

function decodeWith(label: string, body: Uint8Array): string | null {
  if (WINDOWS_1252_LABELS.has(label) || label === 'windows-1252') return decodeWindows1252(body);
  try {
    return new TextDecoder(label).decode(body);
  } catch {
    // An unknown label (TextDecoder throws RangeError): fall back to sniffing.
    return null;
  }
}
