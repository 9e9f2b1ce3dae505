/**
 * The seen gold articles rewritten in ways that keep their meaning read the same: each rewrite
 * leaves every article's claims as they were. A rule that hangs on one spelling, one quote style or
 * one way of naming a party breaks here (round 9 found contractions that never negated, datelines
 * that brought other stories in, and name forms that changed the subject this way).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { extractClaims } from '../../shared/claims/extract-claims';
import { splitSentences } from '../../shared/extract/sentences';
import { SYRIA_RUSSIA } from '../../shared/storyline/syria-russia';
import { loadGoldSet, type GoldArticle } from '../eval/load-gold';

const REWRITES: Record<string, (text: string) => string> = {
  'curly quotes and apostrophes': (text) => text.replace(/"([^"\n]*)"/g, '\u201c$1\u201d').replace(/(\w)'(\w)/g, '$1\u2019$2'),
  'Moscow for Russia': (text) => text.replace(/\bRussia\b(?!n)/g, 'Moscow'),
  'Damascus for Syria': (text) => text.replace(/\bSyria\b(?!n)/g, 'Damascus'),
  'other spellings of the bases': (text) => text.replace(/\bTartus\b/g, 'Tartous').replace(/\bHmeimim\b/g, 'Khmeimim'),
  'negations contracted': (text) => text.replace(/\bdid not\b/g, "didn't").replace(/\bhas not\b/g, "hasn't").replace(/\bis not\b/g, "isn't").replace(/\bwould not\b/g, "wouldn't"),
  'a wire dateline before the first paragraph': (text) => {
    const [headline, ...rest] = text.split('\n');
    const first = rest.findIndex((line) => line.trim().length > 0);
    if (first >= 0) rest[first] = `DAMASCUS, Syria (Levant Wire) \u2014 ${rest[first]}`;
    return [headline, ...rest].join('\n');
  },
  'American spelling': (text) => text.replace(/cancell/g, 'cancel').replace(/defence/gi, (word) => word.replace(/c/, 's')).replace(/programme/g, 'program').replace(/centre/g, 'center'),
  'Assad without his article or first name': (text) => text.replace(/\bBashar al-Assad\b/g, 'Bashar Assad').replace(/\bal-Assad\b/g, 'Assad').replace(/\bal-Sharaa\b/g, 'Sharaa'),
  'months abbreviated': (text) => text.replace(/\b(January|February|August|September|October|November|December)\b(?= \d)/g, (month) => `${month.slice(0, 3)}.`),
  'single quotes': (text) => text.replace(/"([^"\n]*)"/g, "'$1'"),
  'numbers in digits': (text) => text.replace(/\b(two|three|four|five|six|seven|eight|nine)\b/g, (word) => String(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].indexOf(word) + 2)),
};

function claimKeys(article: GoldArticle, text: string): string[] {
  const sentences = text.split(/\n+/).map((line) => line.trim()).filter(Boolean).flatMap((line) => splitSentences(line));
  const { claims } = extractClaims({ sentences, headlineIndex: 0, publishedAt: article.publishedAt }, SYRIA_RUSSIA);
  return [...new Set(claims.map((claim) => `${claim.thread}/${claim.subject}/${claim.status}`))].sort();
}

describe('the seen gold articles, rewritten without changing their meaning', () => {
  let articles: GoldArticle[] = [];
  const before = new Map<string, string[]>();

  beforeAll(async () => {
    articles = (await loadGoldSet()).filter((article) => article.split === 'train');
    for (const article of articles) before.set(article.id, claimKeys(article, article.text));
  });

  for (const [name, rewrite] of Object.entries(REWRITES)) {
    it(`keep their claims: ${name}`, () => {
      // Arrange
      const rewritten = articles.filter((article) => rewrite(article.text) !== article.text);
      expect(rewritten.length).toBeGreaterThan(0);

      // Act
      const changed = rewritten.flatMap((article) => {
        const after = claimKeys(article, rewrite(article.text));
        return JSON.stringify(after) === JSON.stringify(before.get(article.id)) ? [] : [`${article.id}: ${before.get(article.id)?.join(' ')} -> ${after.join(' ')}`];
      });

      // Assess
      expect(changed).toEqual([]);
    });
  }
});
