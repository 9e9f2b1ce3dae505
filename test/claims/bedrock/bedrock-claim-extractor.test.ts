/**
 * The Bedrock extractor end to end through the real SDK client: requests go over HTTP to a local
 * stand-in of the Converse wire protocol (test/helpers/converse-stand-in.ts — there is no embedded
 * Bedrock, and no model runs here), the cache and the token budget live in dynalite.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBedrockClaimExtractor, type ExtractorMetrics } from '../../../shared/claims/bedrock/bedrock-claim-extractor';
import { createBedrockRuntimeClient } from '../../../shared/claims/bedrock/converse';
import { DynamoExtractionStore } from '../../../shared/claims/bedrock/extraction-store';
import { createRuleBasedExtractor } from '../../../shared/claims/claim-extractor';
import { SYRIA_RUSSIA } from '../../../shared/storyline/syria-russia';
import { startConverseStandIn, type ConverseStandIn, type StandInReply } from '../../helpers/converse-stand-in';
import { startEmbeddedTable, type EmbeddedTable } from '../../helpers/embedded-table';
import { analyseArticle, storeArticle } from '../../../shared/jobs/analyse-article';
import { createProcessDeps } from '../../helpers/process-deps';
import { extractFixture, loadMultilingualFixtures } from '../../helpers/multilingual-fixtures';

const MODEL = 'eu.anthropic.claude-haiku-4-5-20251001-v1:0';
const NOW = new Date('2025-11-03T10:00:00Z');

const ARTICLE = {
  sentences: [
    'Russia keeps Tartus, Moscow says',
    'Kremlin spokesman Dmitry Peskov said on Monday that Russia’s naval facility at Tartus will stay in operation.',
    'Syrian officials said talks on the base would continue next month.',
  ],
  headlineIndex: 0,
  publishedAt: '2025-11-03T08:00:00Z',
  publisher: 'Example Wire',
  language: 'en',
};

const GROUNDED = { thread: 'bases', subject: 'tartus', status: 'retained', quote: 'Russia’s naval facility at Tartus will stay in operation', assertion: 'stated', speaker: 'Dmitry Peskov' };

let table: EmbeddedTable;
let standIn: ConverseStandIn;
let reply: (call: { message: string }) => StandInReply;
let tableCount = 0;

beforeAll(async () => {
  standIn = await startConverseStandIn((call) => reply(call));
  vi.stubEnv('AWS_ENDPOINT_URL_BEDROCK_RUNTIME', standIn.endpoint);
  vi.stubEnv('AWS_ACCESS_KEY_ID', 'stand-in');
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'stand-in');
  vi.stubEnv('AWS_REGION', 'eu-west-1');
  table = await startEmbeddedTable('bedrock-extractor');
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await standIn.close();
  await table.close();
});

afterEach(() => {
  standIn.calls.length = 0;
});

/** An extractor over a fresh cache/budget (its own table), counting the metrics it emits. */
async function createExtractor(options: { dailyTokenBudget?: number } = {}) {
  const { ensureTable } = await import('../../../shared/storage/dynamo/client');
  const tableName = `bedrock-${++tableCount}`;
  await ensureTable(table.client, tableName);
  const store = new DynamoExtractionStore(table.client, tableName);
  const metrics: Record<string, number> = {};
  const recorder: ExtractorMetrics = { addMetric: (name, _unit, value) => void (metrics[name] = (metrics[name] ?? 0) + value) };
  const extractor = createBedrockClaimExtractor({
    storyline: SYRIA_RUSSIA, modelId: MODEL, client: createBedrockRuntimeClient(), store, dailyTokenBudget: options.dailyTokenBudget ?? 1_000_000, metrics: recorder, now: () => NOW,
  });
  return { extractor, store, metrics };
}

describe('createBedrockClaimExtractor against a Converse stand-in', () => {
  it('sends one Converse call with the generated prompt, the numbered article and the forced tool, and keeps the grounded claim', async () => {
    // Prepare
    reply = () => ({ toolInput: { claims: [GROUNDED] }, usage: { inputTokens: 3900, outputTokens: 150 } });
    const { extractor } = await createExtractor();

    // Act
    const reading = await extractor.extract(ARTICLE);

    // Assess
    expect(standIn.calls).toHaveLength(1);
    const [call] = standIn.calls;
    expect(call!.modelId).toBe(MODEL);
    expect(call!.body.toolConfig!.toolChoice).toEqual({ tool: { name: 'record_claims' } });
    expect(call!.body.inferenceConfig!.temperature).toBe(0);
    expect(call!.body.system![0]!.text).toContain(SYRIA_RUSSIA.threads[0]!.definition);
    expect(call!.message).toContain('Headline: Russia keeps Tartus, Moscow says');
    expect(call!.message).toContain('Publisher: Example Wire');
    expect(call!.message).toContain('Published: 2025-11-03T08:00:00Z');
    expect(call!.message).toContain(`[1] ${ARTICLE.sentences[1]}`);
    expect(reading.claims).toEqual([
      { thread: 'bases', subject: 'tartus', status: 'retained', quote: ARTICLE.sentences[1], assertion: 'stated', attribution: 'Dmitry Peskov', facts: [], sentenceIndex: 1, novel: true },
    ]);
    expect(reading.report).toEqual({ extractor: 'bedrock', claimsRejected: 0, usage: { inputTokens: 3900, outputTokens: 150, cached: false } });
  });

  it('marks a grounded claim on a thread the headline does not speak of as an aside, as the rules do', async () => {
    const deal = { thread: 'investment', subject: 'energy', status: 'signed', quote: 'A Russian firm signed a contract to rebuild the Homs power station', assertion: 'reported' };
    const article = { ...ARTICLE, sentences: [...ARTICLE.sentences, 'A Russian firm signed a contract to rebuild the Homs power station.'] };
    reply = () => ({ toolInput: { claims: [GROUNDED, deal] } });
    const { extractor } = await createExtractor();

    const reading = await extractor.extract(article);

    expect(reading.claims.map((claim) => [claim.thread, claim.aside ?? false])).toEqual([['bases', false], ['investment', true]]);
  });

  it('drops an invented quote, a subject of another thread and an unknown status, and counts them on the reading and in a metric', async () => {
    reply = () => ({
      toolInput: {
        claims: [
          GROUNDED,
          { ...GROUNDED, status: 'withdrawn', quote: 'Russia has begun pulling its warships out of Tartus' },
          { ...GROUNDED, thread: 'extradition', subject: 'tartus', status: 'refused' },
          { ...GROUNDED, status: 'annexed' },
        ],
      },
    });
    const { extractor, metrics } = await createExtractor();

    const reading = await extractor.extract(ARTICLE);

    expect(reading.claims.map((claim) => `${claim.thread}/${claim.subject}/${claim.status}`)).toEqual(['bases/tartus/retained']);
    expect(reading.report?.claimsRejected).toBe(3);
    expect(metrics.ClaimsRejected).toBe(3);
  });

  it('pays once: the same article again is answered from the cache in the state store', async () => {
    reply = () => ({ toolInput: { claims: [GROUNDED] }, usage: { inputTokens: 4000, outputTokens: 100 } });
    const { extractor, store } = await createExtractor();

    const first = await extractor.extract(ARTICLE);
    const second = await extractor.extract(ARTICLE);

    expect(standIn.calls).toHaveLength(1);
    expect(second.claims).toEqual(first.claims);
    expect(second.report).toEqual({ extractor: 'bedrock', claimsRejected: 0, usage: { inputTokens: 4000, outputTokens: 100, cached: true } });
    expect(await store.tokensSpent('2025-11-03')).toBe(4100);
  });

  it('reads with the rules once the day’s token budget is spent, and says so', async () => {
    reply = () => ({ toolInput: { claims: [GROUNDED] }, usage: { inputTokens: 4000, outputTokens: 100 } });
    const { extractor, metrics } = await createExtractor({ dailyTokenBudget: 4000 });
    await extractor.extract(ARTICLE);

    const other = { ...ARTICLE, sentences: [...ARTICLE.sentences, 'Russian aircraft continue to operate from Hmeimim.'] };
    const reading = await extractor.extract(other);

    expect(standIn.calls).toHaveLength(1);
    expect(reading.report?.extractor).toBe('rules-fallback');
    expect(reading.report?.fallbackReason).toMatch(/daily token budget spent \(4100 of 4000 tokens on 2025-11-03 UTC\)/);
    expect(reading.claims).toEqual((await createRuleBasedExtractor(SYRIA_RUSSIA).extract(other)).claims);
    expect(metrics.ExtractorFallbacks).toBe(1);
  });

  it.each([
    ['throttling (429)', { error: 'ThrottlingException', status: 429 } as const, 'throttled'],
    ['a server error (500)', { error: 'InternalServerException', status: 500 } as const, 'service_error'],
  ])('falls back to the rules when %s persists after the SDK’s retries', async (_case, failure, reason) => {
    reply = () => failure;
    const { extractor, store } = await createExtractor();

    const reading = await extractor.extract(ARTICLE);

    // The SDK's standard retry: three attempts in all, then the rules read the article.
    expect(standIn.calls).toHaveLength(3);
    expect(reading.report?.extractor).toBe('rules-fallback');
    expect(reading.report?.fallbackReason).toContain(`bedrock ${reason}`);
    expect(reading.claims).toEqual((await createRuleBasedExtractor(SYRIA_RUSSIA).extract(ARTICLE)).claims);
    expect(reading.claims.length).toBeGreaterThan(0);
    expect(await store.tokensSpent('2025-11-03')).toBe(0);
  });

  it('recovers when throttling passes within the SDK’s retries', async () => {
    reply = () => (standIn.calls.length === 1 ? { error: 'ThrottlingException', status: 429 } : { toolInput: { claims: [GROUNDED] } });
    const { extractor } = await createExtractor();

    const reading = await extractor.extract(ARTICLE);

    expect(standIn.calls).toHaveLength(2);
    expect(reading.report?.extractor).toBe('bedrock');
  });

  it.each([
    ['a malformed tool input', { toolInput: { claims: 'none' } }, /invalid_tool_input/],
    ['no tool call', { text: 'I cannot help with that.' }, /no_tool_call/],
  ])('falls back to the rules on %s, counts the tokens and does not cache it', async (_case, answer, reason) => {
    reply = () => answer;
    const { extractor, store } = await createExtractor();

    const first = await extractor.extract(ARTICLE);
    await extractor.extract(ARTICLE);

    expect(first.report?.extractor).toBe('rules-fallback');
    expect(first.report?.fallbackReason).toMatch(reason);
    expect(standIn.calls).toHaveLength(2);
    expect(await store.tokensSpent('2025-11-03')).toBeGreaterThan(0);
  });
});

describe('an Arabic article read by the model', () => {
  it('keeps the verbatim Arabic sentence as the quote and stores the English rendering on the record', async () => {
    // Prepare
    const fixture = loadMultilingualFixtures().find((candidate) => candidate.slug === 'ar-enab-kremlin-refuses-assad')!;
    const arabicQuote = fixture.labels.claims.find((claim) => claim.status === 'refused')!.quote;
    const english = 'that Russia will not hand over Assad, and that granting him asylum came';
    reply = () => ({ toolInput: { claims: [{ thread: 'extradition', subject: 'assad', status: 'refused', quote: arabicQuote, assertion: 'stated', speaker: 'Peskov', quoteEnglish: english }] } });
    const { extractor } = await createExtractor();
    const deps = { ...(await createProcessDeps(table.client, `bedrock-ar-${++tableCount}`, NOW)), claims: extractor };
    const extracted = extractFixture(fixture)!;
    const meta = {
      id: 'ar-article', url: 'https://example.org/ar', canonicalUrl: 'https://example.org/ar', publisher: 'Enab Baladi', title: extracted.title,
      publishedAt: fixture.labels.publishedAt, discoveredAt: fixture.labels.publishedAt, digestDate: fixture.labels.publishedAt.slice(0, 10),
    };

    // Act
    const { record, text } = await analyseArticle(meta, extracted, { declaredLanguages: [{ source: 'html-lang', tag: 'ar' }] }, deps);
    await storeArticle(record, text, undefined, deps);
    const stored = await deps.articles.getArticle('ar-article');

    // Assess
    expect(standIn.calls.at(-1)!.message).toContain('Language: ar');
    expect(stored!.extractor).toBe('bedrock');
    expect(stored!.claimsRejected).toBe(0);
    expect(stored!.extractorUsage).toEqual({ inputTokens: 4000, outputTokens: 200, cached: false });
    expect(stored!.claims).toHaveLength(1);
    expect(stored!.claims[0]!.quoteEnglish).toBe(english);
    expect(stored!.claims[0]!.quote).toContain(arabicQuote);
    expect(stored!.claims[0]!.attribution).toBe('Peskov');
  });
});
