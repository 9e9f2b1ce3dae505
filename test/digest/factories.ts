import type { ArticleRecord } from '../../shared/model/article';
import type { Claim, Fact } from '../../shared/model/claim';
import type { Thread } from '../../shared/model/vocabulary';
import type { SubjectRecord, ThreadState } from '../../shared/digest/thread-state';

/** A claim as the claims step would give it; novel unless said otherwise. */
export function makeClaim(
  thread: Thread,
  subject: string,
  status: string,
  quote: string,
  extra: { novel?: boolean; facts?: Fact[]; attribution?: string; sentenceIndex?: number; headlined?: boolean; recap?: boolean } = {},
): Claim {
  const claim: Claim = {
    thread,
    subject,
    status,
    quote,
    facts: extra.facts ?? [],
    sentenceIndex: extra.sentenceIndex ?? 1,
    novel: extra.novel ?? true,
  };
  if (extra.attribution) claim.attribution = extra.attribution;
  if (extra.headlined) claim.headlined = true;
  if (extra.recap) claim.recap = true;
  return claim;
}

/** The web host of an outlet: one per publisher name, as outlets have in real life. */
export function hostOf(publisher: string): string {
  return `${publisher.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'unnamed'}.example`;
}

/** A processed, relevant, original article of 2025-11-02 with the given claims, on its publisher's host. */
export function makeRecord(id: string, publisher: string, claims: Claim[], overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id,
    url: `https://${hostOf(publisher)}/${id}`,
    canonicalUrl: `https://${hostOf(publisher)}/${id}`,
    title: `Article ${id}`,
    publisher,
    publishedAt: '2025-11-02T09:00:00Z',
    discoveredAt: '2025-11-02T09:05:00Z',
    digestDate: '2025-11-02',
    relevant: true,
    duplicateOf: null,
    novelSentences: claims.filter((claim) => claim.novel).length,
    sentenceCount: 10,
    claims,
    extraction: 'readability',
    ...overrides,
  };
}

/** A subject the reader already knows, backed by one source per publisher given. */
export function knownSubject(
  thread: Thread,
  subject: string,
  status: string,
  publishers: string[],
  facts: Fact[] = [],
): SubjectRecord {
  return {
    thread,
    subject,
    status,
    since: '2025-10-16',
    sources: publishers.map((publisher, index) => ({
      articleId: `old-${subject}-${index}`,
      url: `https://${hostOf(publisher)}/${subject}/${index}`,
      publisher,
      quote: `Earlier report on ${subject}.`,
      facts: [],
      date: '2025-10-16',
    })),
    singleSource: new Set(publishers).size <= 1,
    facts: facts.map((fact) => ({ ...fact, articleId: `old-${subject}-0`, date: '2025-10-16' })),
  };
}

/** A thread state snapshot holding `subjects`. */
export function makeState(subjects: SubjectRecord[], asOf = '2025-10-16'): ThreadState {
  return { version: 1, asOf, subjects };
}

/** A money fact as the claims step writes it. */
export function money(text: string, value: number, about: string): Fact {
  return { kind: 'money', text, value, about };
}

/** A counterparty fact. */
export function party(text: string): Fact {
  return { kind: 'counterparty', text };
}
