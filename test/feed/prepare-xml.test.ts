import { describe, expect, it } from 'vitest';
import { blankInvalidAtomDates, findForbiddenDeclaration, renamePrototypeElements, replaceHtmlEntities } from '../../shared/feed/prepare-xml';

describe('prepare-xml', () => {
  it.each([
    ['&nbsp;', '&#160;'], ['&eacute;t&eacute;', '&#233;t&#233;'], ['&amp;nbsp;', '&amp;nbsp;'], ['&lt;&gt;&quot;&apos;', '&lt;&gt;&quot;&apos;'],
    ['&notanentity;', '&amp;notanentity;'], ['&#160;', '&#160;'],
  ])('replaceHtmlEntities(%s) → %s', (input, expected) => {
    expect(replaceHtmlEntities(input)).toBe(expected);
  });

  it.each([
    ['<published>yesterday</published>', '<published></published>'],
    ['<atom:updated type="x">n/a</atom:updated>', '<atom:updated type="x"></atom:updated>'],
    ['<published>2025-10-16T10:00:00Z</published>', '<published>2025-10-16T10:00:00Z</published>'],
  ])('blankInvalidAtomDates(%s) → %s', (input, expected) => {
    expect(blankInvalidAtomDates(input)).toBe(expected);
  });

  it('finds declarations and renames __proto__ elements only', () => {
    expect(findForbiddenDeclaration('<?xml version="1.0"?><!doctype rss>')).toMatch(/DOCTYPE/);
    expect(findForbiddenDeclaration('<rss><title>DOCTYPE talk</title></rss>')).toBeNull();
    expect(renamePrototypeElements('<__proto__ a="1"><x:__proto__/></__proto__><p>__proto__</p>')).toBe('<proto-element a="1"><x:proto-element/></proto-element><p>__proto__</p>');
  });
});
