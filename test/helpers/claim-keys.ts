/** The claims an article of the Syria–Russia storyline asserts, as sorted `thread/subject/status` keys. */
import { extractClaims } from '../../shared/claims/extract-claims';
import { SYRIA_RUSSIA } from '../../shared/storyline/syria-russia';

export type ClaimKey = `${string}/${string}/${string}`;

/** `sentences` read after a neutral headline naming both sides, published on `publishedAt`. */
export function claimKeysOf(sentences: string[], publishedAt = '2026-03-10T00:00:00Z'): ClaimKey[] {
  const claims = extractClaims({ sentences: ['Syria and Russia', ...sentences], headlineIndex: 0, publishedAt }, SYRIA_RUSSIA).claims;
  return [...new Set(claims.map((claim) => `${claim.thread}/${claim.subject}/${claim.status}` as ClaimKey))].sort();
}
