/**
 * A storyline as data: everything the generic engines (relevance, claims, digest) need to know
 * about one story. The engines name no storyline word; they read one of these.
 *
 * Term lists are phrases in the small pattern language of `terms.ts`: words matched whole and
 * case-insensitively, `word*` for any ending, `[a|b]` for one of several words, `...` for a gap of
 * up to three words.
 */

/** Phrases in the pattern language of `terms.ts`. */
export type Terms = readonly string[];

/** Terms per language (ISO 639-1). English is required; other languages fill in as they are written. */
export type LocalisedTerms = { readonly en: Terms } & Readonly<Partial<Record<string, Terms>>>;

/** A named actor of the story, for attribution ("Lavrov said") and for which side a text is on. */
export interface Party {
  readonly name: string;
  /** Which side of the story the party is on (an id of `Storyline.sides`), or `third` for outsiders. */
  readonly side: string;
  readonly kind: 'state' | 'official' | 'company' | 'outlet';
  readonly aliases: LocalisedTerms;
}

/** One side of the relationship the storyline follows (e.g. the two states). */
export interface Side {
  readonly id: string;
  readonly label: string;
  /** Names that tie a text to this side strongly (weight 1) and weakly (weight 0.5). */
  readonly core: LocalisedTerms;
  readonly secondary: LocalisedTerms;
}

/** A cue: phrases that signal a status, and the phrases that void it when the clause holds them. */
export interface Cue {
  readonly phrases: LocalisedTerms;
  /** The clause holds one of these: the cue does not count (an exception declared, not hidden). */
  readonly unless?: Terms;
  /**
   * The cue describes one place or party ("a frigate docked at …"): it counts only for a subject
   * the clause names or refers back to, never for the thread in general.
   */
  readonly namedOnly?: boolean;
  /**
   * The cue shows that a status holds without reporting it as news ("a frigate docked at …" shows
   * the base is kept): its claims corroborate the status, never announce a change of it.
   */
  readonly corroborates?: boolean;
  /**
   * A cue of relocation toward one place ("moved them from Kuweires to Hmeimim"): the status it
   * means for the place forces come from (Kuweires drawn down), when the clause has no cue of its
   * own for that place.
   */
  readonly atSource?: string;
}

export type StatusKind = 'standing' | 'event';

export interface StatusDefinition {
  readonly id: string;
  readonly label: string;
  /** The reader's sentence for it, `{s}` standing for the subject phrase ("Russia keeps {s}"). */
  readonly sentence?: string;
  /** A standing position holds until something changes it; an event happens at a time. */
  readonly kind: StatusKind;
  /** What the status means, in a sentence (for people and for a model's prompt). */
  readonly definition: string;
  /** Sentences that carry the status (documentation and tests). */
  readonly examples: readonly string[];
  readonly cues: readonly Cue[];
  /** The status a negated cue asserts ("did not withdraw" → retained); none: a negated cue asserts nothing. */
  readonly whenNegated?: string;
  /**
   * The status a cue asserts when the clause says it has only begun ("have begun withdrawing",
   * "started leaving" → a drawdown, not yet a withdrawal); none: the status itself.
   */
  readonly whenBegun?: string;
  /**
   * The status a cue asserts when only part of the whole is said to do it: a partitive before the
   * cue ("some of", "a significant part of", "two of") or one of `movers` as the one that moves
   * ("landing ships leave Tartus" is a drawdown; the troops leaving is the withdrawal). "All",
   * "the last", "the remaining" and "the entire" make it whole again.
   */
  readonly whenPartial?: { readonly status: string; readonly movers?: Terms };
  /**
   * A cue of intention ("plans to", "wants to") before this status's cue still asserts it (true
   * for positions such as proposals: a plan *is* the proposal).
   */
  readonly intentionAsserts?: boolean;
  /**
   * Movement statuses: `away` (a drawdown, a withdrawal) is about the place forces leave, never the
   * one they go to ("left Qamishli for Hmeimim"); `toward` (a deployment) the other way round.
   */
  readonly direction?: 'away' | 'toward';
}

export interface SubjectDefinition {
  readonly id: string;
  readonly label: string;
  /** How a reader's sentence names it ("the Tartus naval base"); the label when absent. */
  readonly phrase?: string;
  readonly aliases: LocalisedTerms;
  /** A clause holding one of these does not name this subject (e.g. a commercial port, not a base). */
  readonly unless?: Terms;
  /** Phrases whose words do not name this subject and are masked before its aliases are sought ("the oil ministry"). */
  readonly ignore?: Terms;
  /** False when naming the subject alone does not put a clause on the thread (a person named in passing). Default true. */
  readonly namesTopic?: boolean;
  /** The subject a clause on this thread takes when it names none ("the bases" in general). */
  readonly fallback?: boolean;
  /**
   * Its aliases introduce people by name ("former colonel Hisham Qaddour", "Hisham Qaddour, a former
   * colonel"): the name, or the surname alone, then stands for this subject for the rest of the article.
   */
  readonly introducesNames?: boolean;
  /** With `introducesNames`, phrases after which a name is one of this subject's people too ("the extradition of Fawwaz Barakat"). */
  readonly introducedBy?: Terms;
}

/** A deal or asset of the tracked party that goes to an outsider: a status of the tracked party's. */
export interface ThirdPartyRule {
  /** The outsiders ("DP World", "a Gulf consortium"). */
  readonly parties: Terms;
  /** The verbs of the handover ("awarded to", "signed with"). */
  readonly cues: Terms;
  /** The status it means for the tracked party (e.g. `cancelled`). */
  readonly status: string;
  /**
   * Words saying the tracked party's own bid lost to the outsider in the same clause ("awarded to a
   * Turkish group, passing over a Russian offer"): then the clause names both and still means the status.
   */
  readonly lost?: Terms;
  /** Verbs of losing whose loser is their subject, named before them ("a Russian firm lost the block to a Qatari group"). */
  readonly lostBy?: Terms;
}

export interface ThreadDefinition {
  readonly id: string;
  readonly label: string;
  readonly definition: string;
  /** Words that put a clause on this thread (a named subject does too). */
  readonly topic: LocalisedTerms;
  /** A clause on this thread must involve this side (in the sentence, the one before, or the headline). */
  readonly requiresSide?: string;
  readonly subjects: readonly SubjectDefinition[];
  readonly statuses: readonly StatusDefinition[];
  /** Words that refer back to the subject of a recent sentence on this thread ("the facility", "him"). */
  readonly references: Terms;
  readonly thirdParty?: ThirdPartyRule;
  /**
   * What a clause about the thread in general ("Russia's bases", "its military presence") stands
   * for, by status kind: a position held on the presence covers the named sites, an event in
   * general (a drawdown) is the fallback subject's. Without it, the fallback subject is used.
   */
  readonly general?: { readonly standing: readonly string[]; readonly event: readonly string[] };
  readonly stateModel: StateModel;
}

/**
 * How a thread's statuses relate over time (the digest's state model).
 * - `forward`: ordered stages of a process that only moves forward; a later article naming an
 *   earlier stage reaffirms, never changes (a request after a refusal).
 * - `incompatible`: pairs that cannot both be true of one subject at one time: sources backing
 *   both on one day are in conflict.
 * - `contested`: pairs one source may give together (a site kept while drawn down) that are a
 *   disagreement when independent sources each give one and not the other on one day (one says the
 *   ships left, another that the site works as normal).
 * - `precedence`: among compatible statuses reported on one day, the later one in this list says most.
 */
export interface StateModel {
  readonly forward: readonly (readonly string[])[];
  readonly incompatible: readonly (readonly [string, string])[];
  readonly contested?: readonly (readonly [string, string])[];
  readonly precedence: readonly string[];
}

/** What relevance weighs beyond the two sides. */
export interface RelevanceDefinition {
  /** Topic words of the story (bases, extradition, deals): they lower the bar. */
  readonly topic: LocalisedTerms;
  /** Places outside the story where its parties also act: a clause set there is not about the story. */
  readonly elsewhere: LocalisedTerms;
  /** Other stories its names appear in (sport): with none of the story's topic words, a text on them is not the story. */
  readonly offTopic?: LocalisedTerms;
}

/** Figures beside a claim: who the counterparty is and what a number is about. */
export interface FactDefinition {
  readonly counterparties: readonly string[];
  /** What a figure can be about ("credit line", "wheat"), nearest first. */
  readonly topics: Terms;
}

export interface StorylineEra {
  readonly phrases: LocalisedTerms;
  /** The day the period ended (ISO date). */
  readonly ended: string;
}

export interface Storyline {
  readonly id: string;
  readonly title: string;
  /** The sides whose relationship the story follows; an article must involve all of them. */
  readonly sides: readonly Side[];
  /** The side whose actions the claims track (the investor, the base holder). */
  readonly trackedSide: string;
  readonly parties: readonly Party[];
  /**
   * Other powers and armed actors in the same places (another state's army, a militia): a clause
   * that names one and not the tracked side is about them (their forces leaving, their handovers),
   * never a claim on a thread that requires the tracked side.
   */
  readonly outsiders?: LocalisedTerms;
  /**
   * Periods the story has left behind ("under Assad", "under the former regime"): in an article
   * published after the period `ended` (ISO date), a status a clause places in one is background
   * (a period spans years), never the day's news.
   */
  readonly eras?: readonly StorylineEra[];
  readonly relevance: RelevanceDefinition;
  readonly threads: readonly ThreadDefinition[];
  readonly facts: FactDefinition;
  /** One line saying what the digests follow, for the archive and the Atom feed. */
  readonly tagline?: string;
  /** What a quiet day's email says of the threads ("Nothing new on …"). */
  readonly quietDay?: string;
}
