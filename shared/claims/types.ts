/** Plain data passed between the claim-extraction steps. */
import type { Status, Subject, Thread } from '../model/vocabulary';

/** One clause of a sentence and whether it may carry a claim at all. */
export interface Clause {
  /** Normalised (lower-cased, plain quotes) clause text. */
  text: string;
  /** False for speculation and for history over a year old. */
  assertive: boolean;
}

/** A sentence prepared once for all three thread readers. */
export interface SentenceView {
  normalised: string;
  clauses: Clause[];
  mentionsRussia: boolean;
  /** The previous sentence or the headline named a Russian party (for "The deal was signed…" follow-ups). */
  followsRussianSentence: boolean;
  /** The investment subjects the previous sentence's claims were about, for "the contract" in this one. */
  previousInvestmentSubjects: Subject<'investment'>[];
  /** The investment subjects recent sentences named, for "the cargo" or "those rights" in this one. */
  recentInvestmentMentions: Subject<'investment'>[];
  /** The bases the previous sentence named, for "the facility" in this one. */
  previousNamedBases: Subject<'bases'>[];
  /** The extradition subject of a recent sentence, for "such requests" and "his extradition". */
  recentExtraditionSubject: Subject<'extradition'> | null;
}

/** What a claim asserts, before evidence and facts are attached. */
export interface ClaimKey<T extends Thread = Thread> {
  thread: T;
  subject: Subject<T>;
  status: Status<T>;
}
