import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from '../../shared/extract/boilerplate-lines';

describe('isBoilerplateLine', () => {
  it.each([
    'Related Posts', 'Related', 'Tags', 'Share this:', 'Share this story', 'Most read', 'Advertisement',
    'READ MORE: Russia keeps Hmeimim flying', 'Photo: Reuters', 'Credit: Coastline Daily',
    'Breaking: follow our live coverage here', 'We use cookies to personalise content and ads.',
    'Sign up for our newsletter and never miss a story.', 'Subscribe to our weekly newsletter',
    '© 2025 The Levant Ledger Ltd.', 'Copyright 2025 Eastern Med Wire', 'This article first appeared in The Levant Ledger.',
    'Comments are closed for this article.', 'Leave a Reply', '   ',
  ])('drops %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Related talks on the naval base continued on Tuesday, officials said.',
    'Share prices of Russian energy firms rose after the memorandum was signed.',
    'Russia’s defence ministry said the base continues to operate normally.',
    'The ministry said it would publish the contract in its newsletter next week, along with the names of the companies, the value of the works and the timetable agreed with Moscow for the first deliveries.',
    'Tags on the containers showed they came from Novorossiysk.',
    'Photographs taken on 19 October show a dozen aircraft at Hmeimim.',
  ])('keeps %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});
