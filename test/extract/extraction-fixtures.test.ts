import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/extract-article';

const FIXTURE_DIR = join(import.meta.dirname, '..', 'fixtures', 'extraction');

/**
 * Text each page shows that is not article text, read off the page (test/fixtures/extraction/README.md
 * says what shape each page has). Every paragraph of expected.txt must come out whole.
 */
const NOT_ARTICLE_TEXT: Record<string, string[]> = {
  'read-more-body-class': ['Continue reading', 'My uncle is one of these fishermen', 'Recent Posts', 'Leave a Reply'],
  'paywall-body': ['Continue reading with Levant Markets Premium', 'Subscribe for $19 a month', 'Most read', 'Romanian wheat wins'],
  'linked-headline-prose': ['READ MORE', 'What the Navy Day cancellation', 'Hmeimim runway works', 'Share:'],
  'glued-boilerplate': [
    'Spokeswoman, Russian Foreign Ministry', 'Minister of Justice, Syria', '14 articles', 'Follow',
    'Want more stories like this?', 'Our Friday briefing', 'The contents of this site', '©2025', 'Syria asks Russia to hand over Assad',
  ],
  'sign-up-real-sentence': ['Sign up for our newsletter', 'Popular', 'All rights reserved'],
  'story-caption': ['The naval facility at Tartus.', 'Photo: Coastal Watch archive', 'Image: Planet Labs', 'funded by its readers'],
  'inline-furniture': ['We use cookies', 'Advertisement', 'The Observer Security Brief', 'Related articles', 'Tags:', 'Facebook', 'Tarek Hamdan covers security'],
};

function readFixture(slug: string, file: 'source.html' | 'expected.txt'): string {
  return readFileSync(join(FIXTURE_DIR, slug, file), 'utf8');
}

describe('extractArticle on the extraction fixture pages', () => {
  it.each(Object.entries(NOT_ARTICLE_TEXT))('%s: every paragraph of the story, none of the furniture', (slug, furniture) => {
    // Prepare
    const paragraphs = readFixture(slug, 'expected.txt').trim().split(/\n\s*\n/);

    // Act
    const article = extractArticle(readFixture(slug, 'source.html'), `https://fixtures.sitrep.invalid/${slug}`);

    // Assess
    for (const paragraph of paragraphs) expect(article.text).toContain(paragraph.trim());
    for (const text of furniture) expect(article.text).not.toContain(text);
  });
});
