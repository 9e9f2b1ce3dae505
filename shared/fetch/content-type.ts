import type { FetchPurpose } from './types';

/** The media type of a Content-Type header value, lower-cased, without parameters. */
export function mediaTypeOf(contentTypeHeader: string | undefined): string {
  return (contentTypeHeader ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

const FEED_TYPES = new Set(['application/xml', 'application/rss+xml', 'application/atom+xml', 'application/rdf+xml']);
const PAGE_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * Whether a declared media type may be read for `purpose`. Feeds are often served as text/html or
 * text/plain, so every text/* type passes and the parser decides; binary types never do. An
 * absent type passes here and the body is sniffed instead.
 */
export function isAcceptedMediaType(mediaType: string, purpose: FetchPurpose): boolean {
  if (mediaType === '') return true;
  if (mediaType.startsWith('text/')) return true;
  if (purpose === 'feed') return FEED_TYPES.has(mediaType) || mediaType.endsWith('+xml');
  return PAGE_TYPES.has(mediaType);
}

/** True when the first bytes are a known binary format or hold NUL bytes outside UTF-16 text. */
export function looksBinary(body: Uint8Array): boolean {
  const head = body.subarray(0, 1024);
  const startsWith = (signature: number[]) => signature.every((byte, index) => head[index] === byte);
  const utf16 = startsWith([0xff, 0xfe]) || startsWith([0xfe, 0xff]);
  if (utf16) return false;
  const signatures = [
    [0x25, 0x50, 0x44, 0x46], // %PDF
    [0x50, 0x4b, 0x03, 0x04], // zip, docx, epub
    [0x89, 0x50, 0x4e, 0x47], // png
    [0xff, 0xd8, 0xff], // jpeg
    [0x47, 0x49, 0x46, 0x38], // gif
    [0x1f, 0x8b], // gzip served without Content-Encoding
  ];
  return signatures.some(startsWith) || head.includes(0);
}
