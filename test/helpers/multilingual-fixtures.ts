import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../shared/extract/extract-article';

export const MULTILINGUAL_DIR = join(import.meta.dirname, '..', 'fixtures', 'multilingual');

/** labels.json of a multilingual fixture: the gold format plus the article's language. */
export interface MultilingualLabels {
  publishedAt: string;
  split: 'multilingual';
  language: 'ar' | 'ru';
  relevant: boolean;
  duplicateOf: string | null;
  claims: Array<{ thread: string; subject: string; status: string; quote: string }>;
}

export interface MultilingualFixture {
  slug: string;
  html: string;
  labels: MultilingualLabels;
}

/** Every fixture folder under test/fixtures/multilingual, by slug. */
export function loadMultilingualFixtures(): MultilingualFixture[] {
  return readdirSync(MULTILINGUAL_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'translations')
    .map((entry) => ({
      slug: entry.name,
      html: readFileSync(join(MULTILINGUAL_DIR, entry.name, 'page.html'), 'utf8'),
      labels: JSON.parse(readFileSync(join(MULTILINGUAL_DIR, entry.name, 'labels.json'), 'utf8')) as MultilingualLabels,
    }))
    .sort((left, right) => left.slug.localeCompare(right.slug));
}

/** A fixture page through the real extractor, as the process step reads it. */
export function extractFixture(fixture: MultilingualFixture) {
  return extractArticle(fixture.html, `http://127.0.0.1/${fixture.slug}/page.html`);
}

/** A translation we wrote of a fixture (`<slug>.<language>.txt`). */
export function readTranslation(slug: string, language: string): string {
  return readFileSync(join(MULTILINGUAL_DIR, 'translations', `${slug}.${language}.txt`), 'utf8');
}
