import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicaliseUrl } from '../../shared/feed/canonical-url';
import { decodeText } from '../../shared/fetch/decode-text';
import { isPublicAddress } from '../../shared/fetch/network-guard';

describe('untrusted bytes and URLs, generated', () => {
  it('decodeText never throws, whatever the bytes and the declared charset', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.option(fc.string({ maxLength: 40 })), (body, header) => {
        expect(typeof decodeText(body, header ? `text/html; charset=${header}` : undefined)).toBe('string');
      }),
      { numRuns: 3000 },
    );
  });

  it('canonicaliseUrl never throws and is idempotent on web URLs', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string()), (url) => {
        const once = canonicaliseUrl(url);
        expect(canonicaliseUrl(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it('every IPv4-mapped spelling of a private IPv4 address is refused', () => {
    const privateV4 = fc.oneof(
      fc.tuple(fc.constant(127), fc.nat(255), fc.nat(255), fc.nat(255)),
      fc.tuple(fc.constant(10), fc.nat(255), fc.nat(255), fc.nat(255)),
      fc.tuple(fc.constant(169), fc.constant(254), fc.nat(255), fc.nat(255)),
      fc.tuple(fc.constant(192), fc.constant(168), fc.nat(255), fc.nat(255)),
    );
    fc.assert(
      fc.property(privateV4, ([a, b, c, d]) => {
        const hex = (high: number, low: number) => ((high << 8) | low).toString(16);
        expect(isPublicAddress(`${a}.${b}.${c}.${d}`)).toBe(false);
        expect(isPublicAddress(`::ffff:${a}.${b}.${c}.${d}`)).toBe(false);
        expect(isPublicAddress(`0:0:0:0:0:ffff:${hex(a, b)}:${hex(c, d)}`)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
