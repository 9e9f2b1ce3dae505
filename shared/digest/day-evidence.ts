import type { ArticleRecord } from '../model/article';
import { LEAD_SENTENCES, type Fact } from '../model/claim';
import type { Evidence } from '../model/digest';
import { isValidClaimKey } from '../model/vocabulary';
import type { Storyline } from '../storyline/types';
import { subjectKey } from './thread-state';

/** What one article says about one subject on a digest day, for one status. */
export interface DayEvidence {
  thread: string;
  subject: string;
  status: string;
  /**
   * False when every sentence behind it was already known, or the article retells it as an earlier
   * event (a recap): it may corroborate, never announce.
   */
  novel: boolean;
  /**
   * Not news but said today, from a sentence not known before (a body sentence, an aside): it
   * cannot announce, but an independent source saying it contests another source's news.
   */
  disputes: boolean;
  /**
   * The article's lead or headline says the status is not so ("the contract has not been signed"):
   * it neither announces nor corroborates, but an independent source saying so today contests
   * another source's news of that status.
   */
  denies?: true;
  evidence: Evidence & { facts: Fact[] };
  publishedAt: string | null;
}

/**
 * The day's claims grouped per thread + subject, one item per article and status. Duplicates and
 * irrelevant articles are skipped (they are listed in the digest, never counted as sources), and so
 * are claims outside the vocabulary. Items are ordered by publication time, then article id.
 */
export function collectDayEvidence(storyline: Storyline, records: readonly ArticleRecord[]): Map<string, DayEvidence[]> {
  const bySubject = new Map<string, DayEvidence[]>();
  for (const record of sortRecords(records)) {
    if (record.duplicateOf !== null || !record.relevant) continue;
    const items = new Map<string, DayEvidence>();
    const claims = [...record.claims].sort((a, b) => a.sentenceIndex - b.sentenceIndex);
    for (const claim of claims) {
      if (!isValidClaimKey(storyline, claim.thread, claim.subject, claim.status)) continue;
      const key = `${subjectKey(claim.thread, claim.subject)}/${claim.status}`;
      const item = items.get(key);
      if (!item) {
        items.set(key, toDayEvidence(record, claim));
        continue;
      }
      // The first novel sentence is the best quote: it is what this article adds.
      item.disputes ||= mayDispute(claim);
      if (isNews(claim, record) && !item.novel) {
        item.novel = true;
        item.evidence.quote = claim.quote;
        if (claim.quoteEnglish) item.evidence.quoteEnglish = claim.quoteEnglish;
        else delete item.evidence.quoteEnglish;
        if (claim.attribution) item.evidence.attribution = claim.attribution;
        else delete item.evidence.attribution;
      }
      item.evidence.facts = unionFacts(item.evidence.facts, claim.facts);
    }
    for (const denial of leadDenials(storyline, record)) items.set(`${subjectKey(denial.thread, denial.subject)}/${denial.status}/denied`, denial);
    for (const item of items.values()) {
      const key = subjectKey(item.thread, item.subject);
      bySubject.set(key, [...(bySubject.get(key) ?? []), item]);
    }
  }
  return bySubject;
}

/** Records by publication time (unknown last), then id: the order every listing uses. */
export function sortRecords<T extends { id: string; publishedAt: string | null }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => {
    if (a.publishedAt !== b.publishedAt) {
      if (a.publishedAt === null) return 1;
      if (b.publishedAt === null) return -1;
      return a.publishedAt < b.publishedAt ? -1 : 1;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/**
 * A claim that may announce a change: a sentence not known before, in the article's lead (the
 * headline is sentence 0; `lead` when a preamble comes first) or saying what the headline says
 * (`headlined`: a transcript's answer), asserting something current (not a recap), as its clause's
 * first status (not a secondary position read beside it), on a thread the headline speaks of (not an
 * aside). A live blog's entry leads (`entryLead`), and a sentence a named party dates in the days the
 * article covers naming what changed (`datedNow`, `stated`), are news wherever they stand, whatever
 * the headline names. Others may corroborate.
 * The seeds are the baseline, what a reader knows on day 0: everything they assert counts.
 */
export function isNews(claim: Pick<ArticleRecord['claims'][number], 'novel' | 'recap' | 'secondary' | 'aside' | 'headlined' | 'entryLead' | 'lead' | 'datedNow' | 'assertion' | 'sentenceIndex'>, record: Pick<ArticleRecord, 'extraction'>): boolean {
  if (!claim.novel || claim.recap === true || claim.secondary === true) return false;
  if (record.extraction === 'seed') return true;
  if (claim.entryLead === true) return claim.sentenceIndex >= 1;
  if (claim.sentenceIndex < 1) return false;
  // Dated by a named party in the days the article covers, naming what changed: news wherever it stands, whatever the headline names.
  if (claim.datedNow === true && claim.assertion === 'stated') return true;
  return claim.aside !== true && (claim.sentenceIndex <= LEAD_SENTENCES || claim.lead === true || claim.headlined === true);
}

/**
 * What the article's headline and lead deny, one item per status: the sentences that carry its
 * news, so said today. A seed is the baseline, not a day's report.
 */
function leadDenials(storyline: Storyline, record: ArticleRecord): DayEvidence[] {
  if (record.extraction === 'seed') return [];
  const denials = new Map<string, DayEvidence>();
  for (const mention of record.mentions ?? []) {
    if (mention.reading !== 'denied' || mention.sentenceIndex > LEAD_SENTENCES) continue;
    if (!isValidClaimKey(storyline, mention.thread, mention.subject, mention.status)) continue;
    const key = `${subjectKey(mention.thread, mention.subject)}/${mention.status}`;
    if (denials.has(key)) continue;
    denials.set(key, {
      thread: mention.thread,
      subject: mention.subject,
      status: mention.status,
      novel: false,
      disputes: false,
      denies: true,
      evidence: { articleId: record.id, url: record.url, publisher: record.publisher, quote: mention.quote, status: mention.status, denies: true, facts: [] },
      publishedAt: record.publishedAt,
    });
  }
  return [...denials.values()];
}

/** Said as current today in a sentence not known before: enough to contest another source's news, not to announce. */
function mayDispute(claim: Pick<ArticleRecord['claims'][number], 'novel' | 'recap' | 'secondary'>): boolean {
  return claim.novel && claim.recap !== true && claim.secondary !== true;
}

function toDayEvidence(record: ArticleRecord, claim: ArticleRecord['claims'][number]): DayEvidence {
  const evidence: DayEvidence['evidence'] = {
    articleId: record.id,
    url: record.url,
    publisher: record.publisher,
    quote: claim.quote,
    status: claim.status,
    facts: unionFacts([], claim.facts),
  };
  if (claim.quoteEnglish) evidence.quoteEnglish = claim.quoteEnglish;
  if (claim.attribution) evidence.attribution = claim.attribution;
  return {
    thread: claim.thread,
    subject: claim.subject,
    status: claim.status,
    novel: isNews(claim, record),
    disputes: mayDispute(claim),
    evidence,
    publishedAt: record.publishedAt,
  };
}

function unionFacts(known: readonly Fact[], more: readonly Fact[]): Fact[] {
  const seen = new Set(known.map((fact) => `${fact.kind}|${fact.text}|${fact.about ?? ''}`));
  const union = [...known];
  for (const fact of more) {
    const key = `${fact.kind}|${fact.text}|${fact.about ?? ''}`;
    if (!seen.has(key)) union.push(fact);
    seen.add(key);
  }
  return union;
}
