import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown, foldLines, safeHttpUrl } from '../../shared/digest/escape';

describe('escapeHtml', () => {
  it.each([
    ['</title><script>alert(1)</script>', '&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['" onmouseover="x', '&quot; onmouseover=&quot;x'],
    ["it's", 'it&#39;s'],
    ['AT&T', 'AT&amp;T'],
    ['&amp;', '&amp;amp;'],
    ['plain text', 'plain text'],
  ])('%s', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('safeHttpUrl', () => {
  it.each([
    ['https://www.reuters.com/world/a?b=1#c', 'https://www.reuters.com/world/a?b=1#c'],
    ['http://example.com', 'http://example.com/'],
    ['  https://example.com/x  ', 'https://example.com/x'],
    ['https://example.com/"><script>', 'https://example.com/%22%3E%3Cscript%3E'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['seed:000_90d74ec14f94598c.txt', null],
    ['mailto:someone@example.com', null],
    ['https://user:secret@example.com/', null],
    ['/relative/path', null],
    ['not a url', null],
  ])('%s', (input, expected) => {
    expect(safeHttpUrl(input)).toBe(expected);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
    ['**bold** and _it_', '\\*\\*bold\\*\\* and \\_it\\_'],
    ['# not a heading', '\\# not a heading'],
    ['- not a list', '\\- not a list'],
    ['1. not a list', '1\\. not a list'],
    ['line one\n# line two', 'line one # line two'],
    ['Tartus, 2025-11-02 (TASS)', 'Tartus, 2025-11-02 (TASS)'],
  ])('%s', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe('foldLines', () => {
  it('leaves no CR, LF or control character', () => {
    expect(foldLines('a\r\nBcc: x@example.com\u0000\u2028b')).toBe('a Bcc: x@example.com b');
  });
});
