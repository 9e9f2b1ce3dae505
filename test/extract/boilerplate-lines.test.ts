import { describe, expect, it } from 'vitest';
import { isBoilerplateLine, removeBoilerplate } from '../../shared/extract/boilerplate-lines';

describe('isBoilerplateLine', () => {
  it.each([
    'Related Posts', 'Related', 'Tags', 'Share this:', 'Share this story', 'Most read', 'Advertisement',
    'READ MORE: Russia keeps Hmeimim flying', 'Photo: Reuters', 'Credit: Coastline Daily',
    'Breaking: follow our live coverage here', 'We use cookies to personalise content and ads.',
    'Sign up for our newsletter and never miss a story.', 'Subscribe to our weekly newsletter',
    '© 2025 The Levant Ledger Ltd.', 'Copyright 2025 Eastern Med Wire', 'This article first appeared in The Levant Ledger.',
    'Comments are closed for this article.', 'Leave a Reply', '   ',
    'Want more stories like this? Our Friday briefing collects the week’s politics in one email.',
    'The contents of this site are ©2025 Harbour Review Media.',
    'Get The Ledger Briefing in your inbox. No spam, unsubscribe at any time.',
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
    'Traders can sign up for the bundle at 40 branches across the country.',
    'Sign up for the bundle before the end of January and the first year is free, the bank’s retail director said.',
    'Want more proof? The ministry’s own figures show the port lost money every year.',
  ])('keeps %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('removeBoilerplate', () => {
  const story = 'Diplomats in Damascus say the second request is aimed mainly at a domestic audience.';

  it.each([
    ['a rights line glued after the last sentence', `${story} The contents of this site are ©2019 Harbour Review Media.`],
    ['a rights notice glued after the story', `${story} Copyright 2025 Eastern Med Wire. All rights reserved.`],
    ['a newsletter teaser glued after the story', `${story} Want more stories like this? Our Friday briefing collects the week in one email.`],
    ['a prompt glued before the story', `Sign up for our newsletter to get the Brief. ${story}`],
  ])('cuts %s and keeps the sentence of the story', (_, paragraph) => {
    expect(removeBoilerplate(paragraph)).toBe(story);
  });

  it('keeps a boilerplate-like sentence that stands between two sentences of the story', () => {
    // Prepare
    const paragraph = `${story} Sign up for our newsletter, the ministry urged importers in its statement. ${story}`;

    // Act
    const kept = removeBoilerplate(paragraph);

    // Assess
    expect(kept).toBe(paragraph);
  });

  it('returns a paragraph with nothing to cut unchanged, and an all-boilerplate one as empty', () => {
    expect(removeBoilerplate(story)).toBe(story);
    expect(removeBoilerplate('© 2025 The Levant Ledger Ltd. All rights reserved.')).toBe('');
  });
});
