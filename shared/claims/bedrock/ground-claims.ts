/**
 * Grounding, always: every claim a model returns is validated against the storyline's vocabulary
 * (a subject of its thread, a status of its thread) and its quote must be found in the article's
 * sentences after whitespace and quote-mark normalisation. A claim that fails either is dropped and
 * counted, never stored or rendered.
 */
import { z } from 'zod';
import { ASSERTIONS, type Claim } from '../../model/claim';
import type { Storyline } from '../../storyline/types';
import { extractFacts } from '../facts';

/** A quote shorter than this (after normalisation) proves nothing: a subject's name is found anywhere. */
export const MIN_QUOTE_CHARS = 12;

/** The `record_claims` input as a whole; each claim is judged on its own below. */
const ToolInputSchema = z.object({ claims: z.array(z.unknown()) });

/** Why a returned claim was dropped. */
export type RejectionReason = 'invalid_claim' | 'subject_not_in_thread' | 'status_not_in_thread' | 'quote_not_in_text' | 'quote_too_short';

/** A grounded claim: a `Claim` plus the English rendering of a non-English quote. */
export type GroundedClaim = Claim & { quoteEnglish?: string };

export interface GroundingResult {
  claims: GroundedClaim[];
  rejected: { reason: RejectionReason; thread?: string; subject?: string; status?: string }[];
}

/** The tool input is not `{ claims: [...] }` at all: the whole answer is unusable. */
export class InvalidToolInputError extends Error {
  override readonly name = 'InvalidToolInputError';
}

function buildToolClaimSchema(storyline: Storyline) {
  const threadIds = storyline.threads.map((thread) => thread.id) as [string, ...string[]];
  return z.object({
    thread: z.enum(threadIds),
    subject: z.string().min(1),
    status: z.string().min(1),
    quote: z.string().min(1),
    assertion: z.enum(ASSERTIONS),
    speaker: z.string().trim().min(1).optional(),
    recap: z.boolean().optional(),
    quoteEnglish: z.string().trim().min(1).optional(),
  });
}
type ToolClaim = z.infer<ReturnType<typeof buildToolClaimSchema>>;

/**
 * Text as compared for grounding: Unicode-compatible forms, every quote mark and apostrophe one
 * character, dashes one hyphen, runs of whitespace one space, lower case, no quote marks or
 * ellipses around the ends (models add them around a quotation).
 */
export function normaliseForGrounding(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim()
    .replace(/^(?:["'\s]|\.\.\.|\u2026)+|(?:["'\s]|\.\.\.|\u2026)+$/g, '');
}

/** The index of the sentence that holds `quote`, or null when no sentence does. */
export function findQuoteSentence(quote: string, sentences: readonly string[]): number | null {
  const wanted = normaliseForGrounding(quote);
  const index = sentences.findIndex((sentence) => normaliseForGrounding(sentence).includes(wanted));
  return index === -1 ? null : index;
}

function checkVocabulary(claim: ToolClaim, storyline: Storyline): RejectionReason | null {
  const thread = storyline.threads.find((candidate) => candidate.id === claim.thread)!;
  if (!thread.subjects.some((subject) => subject.id === claim.subject)) return 'subject_not_in_thread';
  if (!thread.statuses.some((status) => status.id === claim.status)) return 'status_not_in_thread';
  return null;
}

function toClaim(claim: ToolClaim, sentenceIndex: number, sentences: readonly string[], storyline: Storyline): GroundedClaim {
  const sentence = sentences[sentenceIndex]!.trim();
  return {
    thread: claim.thread, subject: claim.subject, status: claim.status,
    // The record's quote is the article's sentence, verbatim, as the rules store it: never the model's copy.
    quote: sentence,
    assertion: claim.assertion,
    ...(claim.recap ? { recap: true } : {}),
    ...(claim.speaker ? { attribution: claim.speaker } : {}),
    facts: extractFacts(sentence, storyline.facts),
    sentenceIndex,
    novel: true,
    ...(claim.quoteEnglish ? { quoteEnglish: claim.quoteEnglish } : {}),
  };
}

/** Judges one returned claim: the grounded claim, or why it was dropped. */
function groundClaim(raw: unknown, sentences: readonly string[], storyline: Storyline, schema: ReturnType<typeof buildToolClaimSchema>): GroundedClaim | GroundingResult['rejected'][number] {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { reason: 'invalid_claim' };
  const claim = parsed.data;
  const key = { thread: claim.thread, subject: claim.subject, status: claim.status };
  const vocabularyProblem = checkVocabulary(claim, storyline);
  if (vocabularyProblem) return { reason: vocabularyProblem, ...key };
  if (normaliseForGrounding(claim.quote).length < MIN_QUOTE_CHARS) return { reason: 'quote_too_short', ...key };
  const sentenceIndex = findQuoteSentence(claim.quote, sentences);
  if (sentenceIndex === null) return { reason: 'quote_not_in_text', ...key };
  return toClaim(claim, sentenceIndex, sentences, storyline);
}

/**
 * Validates a `record_claims` input against `storyline` and grounds each claim in `sentences`.
 * Throws InvalidToolInputError when the input is not `{ claims: [...] }`; a bad claim is only
 * counted. A claim repeated for the same sentence is kept once.
 */
export function groundClaims(toolInput: unknown, sentences: readonly string[], storyline: Storyline): GroundingResult {
  const input = ToolInputSchema.safeParse(toolInput);
  if (!input.success) throw new InvalidToolInputError(`record_claims input is not { claims: [...] }: ${input.error.issues[0]?.message ?? 'invalid'}`);
  const schema = buildToolClaimSchema(storyline);
  const result: GroundingResult = { claims: [], rejected: [] };
  const seen = new Set<string>();
  for (const raw of input.data.claims) {
    const judged = groundClaim(raw, sentences, storyline, schema);
    if ('reason' in judged) {
      result.rejected.push(judged);
      continue;
    }
    const key = `${judged.thread}/${judged.subject}/${judged.status}/${judged.sentenceIndex}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.claims.push(judged);
  }
  return result;
}
