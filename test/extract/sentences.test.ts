import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../shared/extract/sentences';

describe('splitSentences', () => {
  it.each([
    ['two plain sentences', 'Russia kept the base. Syria agreed.', ['Russia kept the base.', 'Syria agreed.']],
    ['titles before names', 'Mr. Putin met Dr. Sharaa. They talked.', ['Mr. Putin met Dr. Sharaa.', 'They talked.']],
    ['military ranks', 'Gen. Ivanov and Lt. Col. Petrov arrived. Then they left.', ['Gen. Ivanov and Lt. Col. Petrov arrived.', 'Then they left.']],
    ['St. before a place', 'He flew to St. Petersburg. Talks began.', ['He flew to St. Petersburg.', 'Talks began.']],
    ['U.S. inside a sentence', 'The U.S. Treasury lifted sanctions. It did so in May.', ['The U.S. Treasury lifted sanctions.', 'It did so in May.']],
    ['U.S. ending a sentence', 'He lives in the U.S. The end came later.', ['He lives in the U.S.', 'The end came later.']],
    ['U.S.-led compound', 'The U.S.-led summit opened. Egypt hosted it.', ['The U.S.-led summit opened.', 'Egypt hosted it.']],
    ['a.m. mid-sentence', 'They met at 9 a.m. on Monday. Then they left.', ['They met at 9 a.m. on Monday.', 'Then they left.']],
    ['p.m. ending a sentence', 'The talks ended at 5 p.m. The president left.', ['The talks ended at 5 p.m.', 'The president left.']],
    ['month abbreviation before a day', 'It was signed on Oct. 15 in Moscow. It holds.', ['It was signed on Oct. 15 in Moscow.', 'It holds.']],
    ['month abbreviation before a year', 'They met in Jan. 2025. Nothing followed.', ['They met in Jan. 2025.', 'Nothing followed.']],
    ['No. before a number', 'No. 10 said so. Fine.', ['No. 10 said so.', 'Fine.']],
    ['initials', 'Vladimir V. Putin agreed. J. K. Smith did not.', ['Vladimir V. Putin agreed.', 'J. K. Smith did not.']],
    ['decimals and money', 'It cost $2.5 billion over 1.5 years. Syria paid.', ['It cost $2.5 billion over 1.5 years.', 'Syria paid.']],
    ['closing quote stays with its sentence', '“The base stays.” Then he left.', ['“The base stays.”', 'Then he left.']],
    ['quote with attribution', '“We will go,” he said. “Soon.”', ['“We will go,” he said.', '“Soon.”']],
    ['question and exclamation', 'Is it over? No! It is not.', ['Is it over?', 'No!', 'It is not.']],
    ['each line is a paragraph', 'A Pivotal Shift\nThe talks began. They ended.', ['A Pivotal Shift', 'The talks began.', 'They ended.']],
    ['blank lines and spaces dropped', '\n\n  First one.  \n\n\n Second one. \n', ['First one.', 'Second one.']],
    ['empty text', '', []],
  ])('%s', (_name, text, expected) => {
    // Act
    const sentences = splitSentences(text);

    // Assess
    expect(sentences).toEqual(expected);
  });

  it('keeps every sentence verbatim: each one is a substring of the text', () => {
    // Prepare
    const text = 'Gen.  Ivanov arrived at 9 a.m. on Oct. 3. The U.S. Embassy said “no.” He left.';

    // Act
    const sentences = splitSentences(text);

    // Assess
    expect(sentences).toEqual(['Gen.  Ivanov arrived at 9 a.m. on Oct. 3.', 'The U.S. Embassy said “no.”', 'He left.']);
    for (const sentence of sentences) expect(text).toContain(sentence);
  });
});
