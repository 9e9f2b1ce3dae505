import { describe, expect, it } from 'vitest';
import { isAcceptedMediaType, looksBinary, mediaTypeOf } from '../../shared/fetch/content-type';
import { parseRetryAfter } from '../../shared/fetch/retry-after';

describe('isAcceptedMediaType', () => {
  it.each([
    ['application/rss+xml', 'feed', true], ['application/atom+xml', 'feed', true], ['text/xml', 'feed', true],
    ['application/feed+xml', 'feed', true], ['text/html', 'feed', true], ['application/pdf', 'feed', false],
    ['text/html', 'page', true], ['application/xhtml+xml', 'page', true], ['text/plain', 'page', true],
    ['application/pdf', 'page', false], ['application/octet-stream', 'page', false], ['image/png', 'page', false],
    ['application/rss+xml', 'page', false], ['', 'page', true],
  ] as const)('%s for a %s → %s', (mediaType, purpose, expected) => {
    expect(isAcceptedMediaType(mediaType, purpose)).toBe(expected);
  });

  it('reads the media type without parameters', () => {
    expect(mediaTypeOf('Text/HTML; charset=UTF-8')).toBe('text/html');
    expect(mediaTypeOf(undefined)).toBe('');
  });
});

describe('looksBinary', () => {
  it.each([
    ['%PDF-1.7\n', true], ['PK\u0003\u0004', true], ['<html>\u0000</html>', true], ['<html><p>text</p>', false],
  ])('%j → %s', (text, expected) => {
    expect(looksBinary(new Uint8Array(Buffer.from(text, 'latin1')))).toBe(expected);
  });
});

describe('parseRetryAfter', () => {
  const now = new Date('2025-10-20T12:00:00Z');
  it.each([
    ['120', 120], ['Mon, 20 Oct 2025 12:05:00 GMT', 300], ['Mon, 20 Oct 2025 11:00:00 GMT', 0], ['soon', undefined], [undefined, undefined],
  ])('%s → %s', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});
