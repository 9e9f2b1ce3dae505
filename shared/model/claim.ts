import { z } from 'zod';
import { THREADS } from './vocabulary';

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

export const ClaimSchema = z.object({
  thread: z.enum(THREADS),
  subject: z.string(),
  status: z.string(),
  /** The sentence that says so, verbatim from the article text. */
  quote: z.string(),
  /** Who the text says is asserting it ("Lavrov", "TASS"), when it says. */
  attribution: z.string().optional(),
  facts: z.array(FactSchema).default([]),
  /** Index of the sentence in the article's sentence list. */
  sentenceIndex: z.number().int().nonnegative(),
  /** False when the sentence was already known (seeds or earlier coverage): it may corroborate, not announce. */
  novel: z.boolean().default(true),
});
export type Claim = z.infer<typeof ClaimSchema>;
