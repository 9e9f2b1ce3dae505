import { describe, expect, it } from 'vitest';
import { decodeText } from '../../shared/fetch/decode-text';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const utf16le = (text: string) => new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);

describe('decodeText', () => {
  it.each([
    // café in windows-1252 (é = 0xE9) without any declaration: not valid UTF-8, so windows-1252.
    ['unlabelled windows-1252', bytes(0x63, 0x61, 0x66, 0xe9), undefined, 'café'],
    // 0x93/0x94 are curly quotes in windows-1252 (not C1 controls as in ISO-8859-1).
    ['unlabelled windows-1252 curly quotes and euro', bytes(0x93, 0x80, 0x35, 0x94), undefined, '\u201c\u20ac5\u201d'],
    ['header latin1 means windows-1252', bytes(0x93, 0x68, 0x69, 0x94), 'text/html; charset=ISO-8859-1', '\u201chi\u201d'],
    ['unlabelled UTF-8', new Uint8Array(Buffer.from('Tartus — Ḥmeimim', 'utf8')), undefined, 'Tartus — Ḥmeimim'],
    ['UTF-16LE with BOM, header says nothing', utf16le('<rss>Дамаск</rss>'), undefined, '<rss>Дамаск</rss>'],
    ['BOM beats a wrong header', utf16le('ok'), 'text/xml; charset=utf-8', 'ok'],
    ['UTF-8 BOM stripped', bytes(0xef, 0xbb, 0xbf, 0x61), undefined, 'a'],
    ['XML declaration', ascii('<?xml version="1.0" encoding="windows-1252"?><t>\u00e9</t>'), 'application/xml', '<?xml version="1.0" encoding="windows-1252"?><t>é</t>'],
    ['meta charset', ascii('<meta charset="iso-8859-1"><p>\u00e9'), 'text/html', '<meta charset="iso-8859-1"><p>é'],
    ['unknown label falls back to sniffing', new Uint8Array(Buffer.from('é', 'utf8')), 'text/html; charset=x-nonsense', 'é'],
  ])('%s', (_label, body, header, expected) => {
    expect(decodeText(body, header)).toBe(expected);
  });
});
