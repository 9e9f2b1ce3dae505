import { z } from 'zod';

/** A figure or party attached to a claim, so that differing figures can be told apart. */
export const FactSchema = z.object({
  /** money: "$2.5 billion"; quantity: "100,000 tons of wheat"; counterparty: "DP World"; duration: "49 years". */
  kind: z.enum(['money', 'quantity', 'counterparty', 'duration']),
  /** The words of the text, e.g. "$2.5 billion". */
  text: z.string(),
  /** A comparable number (USD for money, units for quantities, years for durations). */
  value: z.number().optional(),
  /** What the figure is about, e.g. "credit line", "lease", "wheat". */
  about: z.string().optional(),
});
export type Fact = z.infer<typeof FactSchema>;

/**
 * How a claim is asserted (DESIGN.md, precision first): by a named party, in the outlet's own
 * voice, or by unnamed sources. Only these are claims.
 */
export const ASSERTIONS = ['stated', 'reported', 'unnamed_source'] as const;
export type Assertion = (typeof ASSERTIONS)[number];

/**
 * How many sentences after the headline make an article's lead. News is written as an inverted
 * pyramid: what happened is in the first sentences, and what follows is context, background and
 * reaction. A headline compresses the lead and is too terse to be read alone.
 */
export const LEAD_SENTENCES = 2;

/** Readings that are not claims: kept as mentions, never announced as changes. */
export const WEAK_READINGS = ['background', 'hedged', 'denied', 'debunked'] as const;
export type WeakReading = (typeof WEAK_READINGS)[number];

/** The thread, subject and status ids are the storyline's (validated against it where claims enter). */
export const ClaimSchema = z.object({
  thread: z.string(),
  subject: z.string(),
  status: z.string(),
  /** The sentence that says so, verbatim from the article text. */
  quote: z.string(),
  quoteEnglish: z.string().optional(),
  /** How the article asserts it (absent on records written before assertions were read: the outlet's voice). */
  assertion: z.enum(ASSERTIONS).optional(),
  /** The article retells it as an earlier event (weeks before): it may corroborate, never announce a change. */
  recap: z.boolean().optional(),
  /**
   * A reading that may corroborate but never announce a change: a further position beside the
   * clause's first status, or a status shown only by use (a ship docked at a base).
   */
  secondary: z.boolean().optional(),
  /**
   * On a thread the article's headline does not speak of: an aside of an article about something
   * else. It may corroborate, never announce a change.
   */
  aside: z.boolean().optional(),
  /**
   * The headline asserts the same status of the same subject: the body sentence spells out the
   * article's news, wherever it stands (a live blog's entry, a transcript's answer).
   */
  headlined: z.boolean().optional(),
  /**
   * The sentence opens a timed entry of a live blog ("12:20 - Just in: …"): each entry is written
   * as news of its own, so it may announce as an article's lead does, whatever the headline names.
   */
  entryLead: z.boolean().optional(),
  /**
   * The sentence is one of the article's first LEAD_SENTENCES once its preamble is passed ("The
   * ministry issued the following statement. Translated from Arabic."): its lead, as a reader finds it.
   */
  lead: z.boolean().optional(),
  /**
   * The clause dates what it says in the days the article covers ("said on Tuesday it had signed"):
   * stated by a named party, it is news wherever it stands in the article.
   */
  datedNow: z.boolean().optional(),
  /** Who the text says is asserting it ("Lavrov", "TASS"), when it says. */
  attribution: z.string().optional(),
  facts: z.array(FactSchema).default([]),
  /** Index of the sentence in the article's sentence list. */
  sentenceIndex: z.number().int().nonnegative(),
  /** False when the sentence was already known (seeds or earlier coverage): it may corroborate, not announce. */
  novel: z.boolean().default(true),
});
export type Claim = z.infer<typeof ClaimSchema>;

/** A status an article mentions without asserting it: background, hedged, denied or debunked. */
export const MentionSchema = z.object({
  thread: z.string(),
  subject: z.string(),
  status: z.string(),
  quote: z.string(),
  reading: z.enum(WEAK_READINGS),
  sentenceIndex: z.number().int().nonnegative(),
});
export type Mention = z.infer<typeof MentionSchema>;
