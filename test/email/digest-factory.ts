import type { Change, Digest, DigestArticle } from '../../shared/model/digest';

/** An article as the digest lists it; override what the test is about. */
export function makeDigestArticle(overrides: Partial<DigestArticle> = {}): DigestArticle {
  return {
    id: 'a1',
    url: 'https://news.example.com/tartus-contract',
    canonicalUrl: 'https://news.example.com/tartus-contract',
    title: 'Syria cancels the Tartus port contract',
    publisher: 'Example News',
    publishedAt: '2025-11-12T08:00:00Z',
    relevant: true,
    duplicateOf: null,
    novelSentences: 3,
    claims: [{ thread: 'investment', subject: 'port', status: 'cancelled', quote: 'The contract was cancelled.' }],
    ...overrides,
  };
}

/** A status change with one piece of evidence. */
export function makeChange(overrides: Partial<Change> = {}): Change {
  return {
    kind: 'status_change',
    subject: 'port',
    status: 'cancelled',
    previousStatus: 'signed',
    summary: 'Tartus port contract cancelled',
    evidence: [
      {
        articleId: 'a1',
        url: 'https://news.example.com/tartus-contract',
        publisher: 'Example News',
        quote: 'The contract with Stroytransgaz was cancelled, the port authority said.',
      },
    ],
    ...overrides,
  };
}

/** A digest for 2025-11-12 with the given investment changes (none: a quiet day). */
export function makeDigest(changes: Change[] = [makeChange()], articles: DigestArticle[] = [makeDigestArticle()]): Digest {
  return {
    schemaVersion: 1,
    storyline: 'syria-russia',
    date: '2025-11-12',
    generatedAt: '2025-11-13T00:05:00Z',
    threads: [
      { thread: 'bases', subjects: [], changes: [] },
      { thread: 'extradition', subjects: [], changes: [] },
      {
        thread: 'investment',
        subjects: changes.map((change) => ({
          subject: change.subject,
          status: change.status,
          previousStatus: change.previousStatus,
          changed: change.kind === 'status_change',
          since: '2025-11-12',
          singleSource: false,
        })),
        changes,
      },
    ],
    articles,
    stats: { fetched: articles.length, relevant: articles.length, duplicates: 0, withClaims: articles.length, errors: 0 },
  };
}
