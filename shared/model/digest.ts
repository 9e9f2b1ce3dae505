import { z } from 'zod';
import { CHANGE_KINDS, STORYLINE } from './vocabulary';
import { ArticleRecordSchema } from './article';
import { ClaimSchema, MentionSchema, FactSchema } from './claim';

/** digest.json, schemaVersion 1 — the contract in DESIGN.md. Extra fields are additive only. */
export const EvidenceSchema = z.object({
  articleId: z.string(),
  url: z.string(),
  publisher: z.string(),
  quote: z.string(),
  /** The quote in English when it is in another language and the extractor rendered it (additive). */
  quoteEnglish: z.string().optional(),
  attribution: z.string().optional(),
  facts: z.array(FactSchema).optional(),
  /** The status this source asserts; tells the sides of a conflict apart (additive to schemaVersion 1). */
  status: z.string().optional(),
  /** This source says `status` is not so: the denying side of a conflict (additive to schemaVersion 1). */
  denies: z.boolean().optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const SubjectStateSchema = z.object({
  subject: z.string(),
  status: z.string(),
  previousStatus: z.string().nullable(),
  changed: z.boolean(),
  since: z.string(),
  singleSource: z.boolean(),
});
export type SubjectState = z.infer<typeof SubjectStateSchema>;

export const ChangeSchema = z.object({
  kind: z.enum(CHANGE_KINDS),
  subject: z.string(),
  status: z.string(),
  previousStatus: z.string().nullable(),
  summary: z.string(),
  evidence: z.array(EvidenceSchema),
  singleSource: z.boolean().optional(),
});
export type Change = z.infer<typeof ChangeSchema>;

/** An article as digest.json lists it: its stored record, less the processing details. */
export const DigestArticleSchema = ArticleRecordSchema.pick({
  id: true,
  url: true,
  canonicalUrl: true,
  title: true,
  publisher: true,
  publishedAt: true,
  relevant: true,
  duplicateOf: true,
  novelSentences: true,
  language: true,
  extractor: true,
  error: true,
  retry: true,
}).extend({
  claims: z.array(ClaimSchema.pick({ thread: true, subject: true, status: true, quote: true, quoteEnglish: true, assertion: true, recap: true })),
  /** Statuses the article mentions without asserting them (background, hedged, denied, debunked). */
  mentions: z.array(MentionSchema.pick({ thread: true, subject: true, status: true, quote: true, reading: true })).optional(),
});
export type DigestArticle = z.infer<typeof DigestArticleSchema>;

export const DigestSchema = z.object({
  schemaVersion: z.literal(1),
  /** The storyline's id (`${STORYLINE}` in production). */
  storyline: z.string(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  generatedAt: z.string(),
  threads: z.array(
    z.object({
      thread: z.string(),
      subjects: z.array(SubjectStateSchema),
      changes: z.array(ChangeSchema),
    }),
  ),
  articles: z.array(DigestArticleSchema),
  /**
   * The ids of the relevant articles no extractor could read (shared/digest/also-reported.ts): a
   * reader sees each under "Also reported" with its headline, outlet and language (additive).
   */
  alsoReported: z.array(z.string()).optional(),
  stats: z.object({
    fetched: z.number(),
    relevant: z.number(),
    duplicates: z.number(),
    withClaims: z.number(),
    errors: z.number(),
  }),
});
export type Digest = z.infer<typeof DigestSchema>;
