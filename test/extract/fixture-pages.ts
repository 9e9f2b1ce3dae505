import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The fixture site and what a person read off its pages (test/fixtures/site/expectations.json). */
export const SITE_DIR = join(import.meta.dirname, '..', 'fixtures', 'site');

export interface ExpectedArticle {
  path: string;
  title: string;
  publishedAt: string;
  outlet: string;
  relevant: boolean;
  duplicateOf: string | null;
  urlVariants?: string[];
  claims: Array<{ thread: string; subject: string; status: string; evidence: string }>;
}

export const EXPECTED_ARTICLES: ExpectedArticle[] = JSON.parse(
  readFileSync(join(SITE_DIR, 'expectations.json'), 'utf8'),
).articles;

export function readFixturePage(path: string): string {
  return readFileSync(join(SITE_DIR, path.split('?')[0]!), 'utf8');
}
