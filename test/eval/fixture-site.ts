/**
 * Claims on the replay fixture site (test/fixtures/site): pages written and labelled by another
 * engineer (expectations.json), extracted with Readability as the pipeline does. Never tuned on:
 * it is the one score here on text the extractor's author did not write.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extractClaims } from '../../shared/claims/extract-claims';
import { SYRIA_RUSSIA } from '../../shared/storyline/syria-russia';

interface Expectation {
  path: string;
  title: string;
  publishedAt: string;
  claims: Array<{ thread: string; subject: string; status: string }>;
}

export const SITE_DIR = new URL('../fixtures/site/', import.meta.url).pathname;

export interface SiteArticle {
  path: string;
  gold: Set<string>;
  predicted: Set<string>;
}

/** Extracts and mines every labelled fixture page; null when the site or the extractor is missing. */
export async function readFixtureSite(
  split: (text: string) => string[],
  keyOf: (claim: { thread: string; subject: string; status: string }) => string,
): Promise<SiteArticle[] | null> {
  let expectations: { articles: Expectation[] };
  let extractArticle: (html: string, url: string) => { title: string; text: string };
  try {
    expectations = JSON.parse(await readFile(join(SITE_DIR, 'expectations.json'), 'utf8')) as { articles: Expectation[] };
    extractArticle = (await import('../../shared/extract/extract-article')).extractArticle;
  } catch {
    return null;
  }
  const articles: SiteArticle[] = [];
  for (const expected of expectations.articles) {
    const html = await readFile(join(SITE_DIR, expected.path.split('?')[0]!), 'utf8');
    const page = extractArticle(html, `http://127.0.0.1/${expected.path}`);
    // As the process step does: the title, then the body's sentences.
    const sentences = [page.title || expected.title, ...split(page.text)];
    const { claims } = extractClaims({ sentences, headlineIndex: 0, publishedAt: expected.publishedAt }, SYRIA_RUSSIA);
    articles.push({ path: expected.path, gold: new Set(expected.claims.map(keyOf)), predicted: new Set(claims.map(keyOf)) });
  }
  return articles;
}
