import { describe, expect, it } from 'vitest';
import { boundSentences, truncateText } from '../../shared/extract/text-bounds';

describe('truncateText', () => {
  it.each([
    // [text, limit, expected]
    ['Short text.', 20, 'Short text.'],
    ['First paragraph here.\n\nSecond one is long.', 30, 'First paragraph here.'],
    ['One sentence. Two sentence. Three', 30, 'One sentence. Two sentence.'],
    ['words without any stop at all here', 20, 'words without any'],
    ['abcdefghijklmnopqrstuvwxyz', 10, 'abcdefghij'],
    // A boundary in the first half would throw most of the text away: cut at the limit's last space instead.
    ['Hi. abcdefghijklmnop qrstuvwxyz', 24, 'Hi. abcdefghijklmnop'],
  ])('%j cut to %i → %j', (text, limit, expected) => {
    expect(truncateText(text, limit)).toBe(expected);
  });

  it('never leaves half of a surrogate pair at the cut', () => {
    expect(truncateText('aaaa😀bbbb', 5)).toBe('aaaa');
  });
});

describe('boundSentences', () => {
  it('keeps every sentence and records nothing when within both bounds', () => {
    expect(boundSentences(['a', 'b'], { originalText: 'a b', keptText: 'a b' }, 3)).toEqual({ sentences: ['a', 'b'] });
  });

  it('keeps the first sentences and records both cuts', () => {
    expect(boundSentences(['a', 'b', 'c', 'd'], { originalText: 'a b c d e f', keptText: 'a b c d' }, 2)).toEqual({
      sentences: ['a', 'b'],
      truncation: { textChars: 11, keptChars: 7, sentences: 4, keptSentences: 2 },
    });
  });
});
