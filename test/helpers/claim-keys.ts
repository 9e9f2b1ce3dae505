/** The claims an article of the Syria–Russia storyline asserts, whole or as sorted `thread/subject/status` keys. */
import { extractClaims } from '../../shared/claims/extract-claims';
import type { Claim } from '../../shared/model/claim';
import { SYRIA_RUSSIA } from '../../shared/storyline/syria-russia';

export type ClaimKey = `${string}/${string}/${string}`;

/** A neutral headline naming both sides: it puts every thread in view and names none. */
const NEUTRAL_HEADLINE = 'Syria and Russia';

export function keyOf(claim: Pick<Claim, 'thread' | 'subject' | 'status'>): ClaimKey {
  return `${claim.thread}/${claim.subject}/${claim.status}`;
}

/** The claims of `sentences` read after `headline`, published on `publishedAt`. */
export function claimsOf(sentences: string[], publishedAt = '2026-03-10T00:00:00Z', headline = NEUTRAL_HEADLINE): Claim[] {
  return extractClaims({ sentences: [headline, ...sentences], headlineIndex: 0, publishedAt }, SYRIA_RUSSIA).claims;
}

/** `sentences` read after a neutral headline naming both sides, published on `publishedAt`. */
export function claimKeysOf(sentences: string[], publishedAt = '2026-03-10T00:00:00Z'): ClaimKey[] {
  return [...new Set(claimsOf(sentences, publishedAt).map(keyOf))].sort();
}

/** What `sentences` (read after a neutral headline) only mention, as sorted `thread/subject/status:reading` keys. */
export function mentionKeysOf(sentences: string[], publishedAt = '2026-03-10T00:00:00Z'): string[] {
  const reading = extractClaims({ sentences: [NEUTRAL_HEADLINE, ...sentences], headlineIndex: 0, publishedAt }, SYRIA_RUSSIA);
  return reading.mentions.map((mention) => `${keyOf(mention)}:${mention.reading}`).sort();
}
