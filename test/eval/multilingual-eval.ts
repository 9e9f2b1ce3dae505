/**
 * Claims on the Arabic and Russian fixture pages, per language: each page is extracted as the
 * pipeline extracts it (Readability on jsdom, then sentences) and read by the extractor; scored
 * against its `labels.json` at thread and status level. `multilingual` pages were read while the
 * Arabic and Russian words were written (seen); `multilingual-heldout` pages were written and
 * labelled by someone who had not read them (unseen): that split is the measure.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { ClaimExtractor } from '../../shared/claims/claim-extractor';
import { extractArticle } from '../../shared/extract/extract-article';
import { splitSentences } from '../../shared/extract/sentences';
import { assessRelevance } from '../../shared/relevance/assess-relevance';
import { SYRIA_RUSSIA } from '../../shared/storyline/syria-russia';
import { addDecision, addSets, emptyTally, type Tally } from './score';

const FIXTURES_DIR = new URL('../fixtures/', import.meta.url).pathname;
export const MULTILINGUAL_SPLITS = ['multilingual', 'multilingual-heldout'] as const;

const LabelsSchema = z.object({
  publishedAt: z.string(),
  language: z.string(),
  relevant: z.boolean(),
  claims: z.array(z.object({ thread: z.string(), subject: z.string(), status: z.string(), quote: z.string() })),
});

interface LabelledPage {
  id: string;
  language: string;
  relevant: boolean;
  publishedAt: string;
  html: string;
  claims: Array<{ thread: string; subject: string; status: string }>;
}

async function loadPages(split: string): Promise<LabelledPage[]> {
  const dir = join(FIXTURES_DIR, split);
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const pages: LabelledPage[] = [];
  for (const entry of entries.filter((candidate) => candidate.isDirectory() && candidate.name !== 'translations')) {
    const labels = LabelsSchema.parse(JSON.parse(await readFile(join(dir, entry.name, 'labels.json'), 'utf8')));
    const html = await readFile(join(dir, entry.name, 'page.html'), 'utf8');
    pages.push({ id: entry.name, html, ...labels });
  }
  return pages;
}

export interface MultilingualRow {
  label: string;
  relevance: Tally;
  thread: Tally;
  status: Tally;
}

/** Relevance, thread- and status-level tallies per split and language, over relevant and irrelevant pages alike. */
export async function scoreMultilingual(extractor: ClaimExtractor): Promise<MultilingualRow[]> {
  const rows: MultilingualRow[] = [];
  for (const split of MULTILINGUAL_SPLITS) {
    const pages = await loadPages(split);
    for (const language of [...new Set(pages.map((page) => page.language))].sort()) {
      const row: MultilingualRow = {
        label: `${split} ${language} (${pages.filter((page) => page.language === language).length})`,
        relevance: emptyTally(),
        thread: emptyTally(),
        status: emptyTally(),
      };
      for (const page of pages.filter((candidate) => candidate.language === language)) {
        const article = extractArticle(page.html, `https://fixtures.example/${page.id}`);
        addDecision(row.relevance, assessRelevance({ title: article.title, text: article.text }, SYRIA_RUSSIA).relevant, page.relevant);
        const sentences = [article.title, ...article.text.split(/\n+/).flatMap((line) => splitSentences(line))];
        const { claims } = await extractor.extract({ sentences, headlineIndex: 0, publishedAt: page.publishedAt });
        addSets(row.thread, new Set(claims.map((claim) => claim.thread)), new Set(page.claims.map((claim) => claim.thread)));
        const statusKey = (claim: { thread: string; subject: string; status: string }) => `${claim.thread}/${claim.subject}/${claim.status}`;
        addSets(row.status, new Set(claims.map(statusKey)), new Set(page.claims.map(statusKey)));
      }
      rows.push(row);
    }
  }
  return rows;
}
