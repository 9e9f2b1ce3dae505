/**
 * The user message of one Converse call: the article's headline, date, publisher, language and
 * numbered sentences. Its hash is the text part of the cache key: the same message is never paid
 * for twice with the same model and prompt.
 */
import { createHash } from 'node:crypto';
import type { ArticleClaimsInput } from '../claim-extractor';

/** The message text; sentence numbers are indexes of `input.sentences` (the headline's included). */
export function buildArticleMessage(input: ArticleClaimsInput): string {
  const headlineIndex = input.headlineIndex ?? 0;
  const headline = input.sentences[headlineIndex] ?? '';
  const numbered = input.sentences.map((sentence, index) => `[${index}] ${sentence}`).join('\n');
  return [
    `Headline: ${headline}`,
    `Published: ${input.publishedAt ?? 'unknown'}`,
    `Publisher: ${input.publisher ?? 'unknown'}`,
    `Language: ${input.language ?? 'unknown'}`,
    '',
    'Sentences:',
    numbered,
  ].join('\n');
}

/** SHA-256 of `text`, hex: a key part with no length limit to worry about. */
export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
