import type { Change, Digest } from '../model/digest';
import { foldLines } from './escape';

/** Importance for the email subject: a moved status beats a dispute, which beats a new detail. */
const IMPORTANCE: Partial<Record<Change['kind'], number>> = { status_change: 0, conflict: 1, new_claim: 2 };

/** Subject lines longer than this get cut by most clients anyway; keep the head readable. */
const MAX_HEADLINE_LENGTH = 140;

/**
 * The email subject's words: the most important change first, then how many more
 * ("Tartus: retained → negotiating (2 sources) · 2 more changes"), or "No changes" on a quiet day.
 * Reaffirmations are not news and are not counted. The headline never holds CR, LF or other
 * control characters (it goes into a mail header).
 */
export function summariseChanges(digest: Digest): { headline: string; changeCount: number } {
  const ranked = digest.threads
    .flatMap(({ changes }) => changes)
    .filter((change) => IMPORTANCE[change.kind] !== undefined)
    .map((change, position) => ({ change, position }))
    .sort((a, b) => rank(a.change) - rank(b.change) || a.position - b.position);
  const top = ranked[0];
  if (!top) return { headline: 'No changes', changeCount: 0 };

  const more = ranked.length - 1;
  const tail = more === 0 ? '' : ` · ${more} more ${more === 1 ? 'change' : 'changes'}`;
  const room = MAX_HEADLINE_LENGTH - tail.length;
  const head = foldLines(top.change.summary);
  const cut = head.length > room ? `${head.slice(0, room - 1).trimEnd()}…` : head;
  return { headline: `${cut}${tail}`, changeCount: ranked.length };
}

/** Corroborated changes rank above single-source ones of the same kind. */
function rank(change: Change): number {
  return (IMPORTANCE[change.kind] ?? 9) * 2 + (change.singleSource ? 1 : 0);
}
