import type { ChangeKind } from '../../model/vocabulary';

/** One source as a reader sees it: named by its outlet (or headline), linked by its headline. */
export interface ReaderSource {
  articleId: string;
  /** The outlet; for a seed with no named outlet, its headline. Never an internal id or file name. */
  name: string;
  /** The name for lists of several sources: the outlet, or the headline shortened at a word. */
  shortName: string;
  /** The article's headline, the link text; null when the article is not in the digest. */
  headline: string | null;
  /** http(s) only; null for seeds and anything unsafe. */
  url: string | null;
  /** "Tue 21 Oct 2025"; null when unknown or the digest's own day (saying it again is noise). */
  date: string | null;
  /** The article's language by its English name ("Arabic", "French"); null for English and when unknown. */
  language: string | null;
  /** The ISO 639-1 code behind `language`, for the headline's `lang` attribute; null with it. */
  languageCode: string | null;
}

/** The evidence shown beneath an item: one quote, at most once per digest. */
export interface ReaderQuote {
  text: string;
  source: ReaderSource;
  /** Who the article says is speaking ("the foreign minister"), when it says. */
  attribution: string | null;
  /** The quote's English rendering when it is in another language and the extractor gave one. */
  english: string | null;
  /** How the quote is written: Arabic script runs right to left (read from the text itself). */
  dir: 'rtl' | 'ltr';
  /** The quote's language for `lang` (the article's, when the quote is in its script); null when unknown or English. */
  lang: string | null;
}

/** One side of a conflict: what it says and who says it. */
export interface ReaderSide {
  label: string;
  quote: ReaderQuote | null;
  sources: ReaderSource[];
}

/** One change, written once, as a sentence with its evidence. */
export interface ReaderItem {
  thread: string;
  kind: ChangeKind;
  /** The status sentence from the storyline data. */
  sentence: string;
  /**
   * The sentence naming fewer subjects ("… the first site and 2 more"), longest first, for
   * the subject line when the whole sentence does not fit; empty when it names one subject.
   */
  briefSentences: string[];
  /** "was: retained", "new: $3 billion credit line"; null when the sentence says it all. */
  detail: string | null;
  badge: 'single source' | 'conflicting reports' | null;
  /** Independent sources (distinct articles) behind the item. */
  sourceCount: number;
  quote: ReaderQuote | null;
  /** Every source, quoted or not, in the digest's order. */
  sources: ReaderSource[];
  /** Conflicts only: each side with its own quote. */
  sides: ReaderSide[];
}

/** One row of "Where things stand". */
export interface BoardRow {
  subject: string;
  status: string;
  /** "15 Oct". */
  since: string;
  /** "3", "1", or "2+" when the count is not in today's evidence. */
  sources: string;
  changedToday: boolean;
  disputed: boolean;
}

export interface BoardThread {
  thread: string;
  label: string;
  rows: BoardRow[];
}

/** An article the reader can open, with the copies of it seen the same day. */
export interface ReaderArticle extends ReaderSource {
  copies: ReaderSource[];
}

/** A digest as its reader gets it: a lead, the changes once each, the board and the sources. */
export interface ReaderDigest {
  date: string;
  /** "Tue 21 Oct 2025". */
  dateLabel: string;
  quiet: boolean;
  /** One sentence: the day's most important well-supported change, or the quiet day's line. */
  lead: string;
  items: ReaderItem[];
  /** Reaffirmations in brief: "<status sentence> (Reuters, TASS)". */
  reaffirmed: string[];
  board: BoardThread[];
  /** The articles that were read: the evidence of the changes, and what was read and said nothing new. */
  sources: ReaderArticle[];
  /** Relevant articles no extractor could read (shared/digest/also-reported.ts): headline, outlet and language. */
  alsoReported: ReaderArticle[];
}
