/**
 * The one tool the model must call, `record_claims` (DESIGN.md, "Claim extractors"): its input
 * schema is generated from the storyline, so the enums are the vocabulary and never a second copy.
 */
import { ASSERTIONS } from '../../model/claim';
import type { Storyline } from '../../storyline/types';

export const RECORD_CLAIMS_TOOL = 'record_claims';

/** A JSON Schema document (the subset Bedrock's tool `inputSchema.json` takes). */
export type JsonSchema = Record<string, unknown>;

/** Ids in first-seen order, each once (a subject id such as `other` recurs across threads). */
function uniqueIds(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/**
 * The input schema of `record_claims`. Thread, subject and status are flat enums over the whole
 * vocabulary; which subject and status belong to which thread is said in the system prompt and
 * enforced by grounding (`ground-claims.ts`), since tool schemas with per-thread `oneOf` branches
 * are not honoured by every model behind Converse.
 */
export function buildRecordClaimsSchema(storyline: Storyline): JsonSchema {
  const threads = storyline.threads;
  return {
    type: 'object',
    properties: {
      claims: {
        type: 'array',
        description: 'Every claim the article asserts; an empty list when it asserts none.',
        items: {
          type: 'object',
          properties: {
            thread: { type: 'string', enum: threads.map((thread) => thread.id) },
            subject: { type: 'string', enum: uniqueIds(threads.flatMap((thread) => thread.subjects.map((subject) => subject.id))), description: 'A subject of the chosen thread.' },
            status: { type: 'string', enum: uniqueIds(threads.flatMap((thread) => thread.statuses.map((status) => status.id))), description: 'A status of the chosen thread.' },
            quote: { type: 'string', description: 'The words of the article that say so, copied exactly from one numbered sentence, in its own language.' },
            assertion: { type: 'string', enum: [...ASSERTIONS], description: 'stated: a named party says it; reported: the outlet says it in its own voice; unnamed_source: unnamed sources say it.' },
            speaker: { type: 'string', description: 'Who asserts it, as the article names them (omit when the outlet itself reports it).' },
            recap: { type: 'boolean', description: 'True when the article retells an event dated well before its publication.' },
            quoteEnglish: { type: 'string', description: 'For an article not in English: the quote rendered in English. Omit for English articles.' },
          },
          required: ['thread', 'subject', 'status', 'quote', 'assertion'],
        },
      },
    },
    required: ['claims'],
  };
}

/** The Converse `toolConfig`: the one tool, and the model forced to call it. */
export function buildToolConfig(storyline: Storyline) {
  return {
    tools: [
      {
        toolSpec: {
          name: RECORD_CLAIMS_TOOL,
          description: `Record the claims the article asserts about the ${storyline.title} storyline.`,
          inputSchema: { json: buildRecordClaimsSchema(storyline) },
        },
      },
    ],
    toolChoice: { tool: { name: RECORD_CLAIMS_TOOL } },
  };
}
