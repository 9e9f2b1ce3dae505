/**
 * `npm run estimate:bedrock`: what the Bedrock extractor would send per article, measured on the
 * fixture site's pages through the pipeline's own extraction, and what 1,000 articles cost at list
 * price. Tokens are estimated at 4 characters each (no tokenizer runs here); output tokens are
 * estimated from the claims a reader labelled on each page, written as the tool's JSON.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildArticleMessage } from '../../shared/claims/bedrock/article-message';
import { buildToolConfig } from '../../shared/claims/bedrock/record-claims-tool';
import { buildSystemPrompt } from '../../shared/claims/bedrock/system-prompt';
import { costOf, LIST_PRICES, PRICES_AS_OF } from '../../shared/claims/bedrock/list-prices';
import { extractArticle } from '../../shared/extract/extract-article';
import { splitSentences } from '../../shared/extract/sentences';
import { SYRIA_RUSSIA } from '../../shared/storyline/syria-russia';

const SITE_DIR = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'site');
const CHARS_PER_TOKEN = 4;

interface Expectation {
  path: string;
  title: string;
  publishedAt: string;
  outlet: string;
  relevant: boolean;
  claims: Array<{ thread: string; subject: string; status: string; evidence: string }>;
}

const estimateTokens = (text: string) => Math.ceil(text.length / CHARS_PER_TOKEN);

async function measurePage(expected: Expectation, fixedInputTokens: number): Promise<{ input: number; output: number }> {
  const page = extractArticle(await readFile(join(SITE_DIR, expected.path.split('?')[0]!), 'utf8'), `http://127.0.0.1/${expected.path}`);
  const sentences = [page.title || expected.title, ...splitSentences(page.text)];
  const message = buildArticleMessage({ sentences, headlineIndex: 0, publishedAt: expected.publishedAt, publisher: expected.outlet, language: 'en' });
  const answer = { claims: expected.claims.map((claim) => ({ thread: claim.thread, subject: claim.subject, status: claim.status, quote: claim.evidence, assertion: 'reported' })) };
  return { input: fixedInputTokens + estimateTokens(message), output: estimateTokens(JSON.stringify(answer)) };
}

async function main(): Promise<void> {
  const system = buildSystemPrompt(SYRIA_RUSSIA);
  const tool = JSON.stringify(buildToolConfig(SYRIA_RUSSIA));
  const fixed = estimateTokens(system) + estimateTokens(tool);
  const { articles } = JSON.parse(await readFile(join(SITE_DIR, 'expectations.json'), 'utf8')) as { articles: Expectation[] };
  const measured = await Promise.all(articles.map((article) => measurePage(article, fixed)));
  const input = measured.reduce((sum, page) => sum + page.input, 0) / measured.length;
  const output = measured.reduce((sum, page) => sum + page.output, 0) / measured.length;
  console.log(`system prompt ${system.length} chars ≈ ${estimateTokens(system)} tokens; tool schema ${tool.length} chars ≈ ${estimateTokens(tool)} tokens (estimate: ${CHARS_PER_TOKEN} chars/token)`);
  console.log(`fixture site: ${measured.length} pages; per article ≈ ${Math.round(input)} input tokens (${Math.round(input - fixed)} of them the article), ≈ ${Math.round(output)} output tokens`);
  console.log(`cost per 1,000 articles at list price (${PRICES_AS_OF}; no prompt caching, no cache hits):`);
  for (const price of LIST_PRICES) {
    const dollars = costOf(price, input * 1000, output * 1000);
    console.log(`  ${price.label.padEnd(18)} $${price.inputPerMillion}/$${price.outputPerMillion} per M tokens  →  $${dollars.toFixed(2)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
