/**
 * The model-backed claim extractor (DESIGN.md, "Claim extractors"): one Converse call per article
 * with `record_claims` forced, every claim grounded, answers cached per (text hash, model id,
 * prompt version), a daily token budget, and the rules for any article the model cannot read.
 * Nothing is lost and no batch fails because of the model: every failure is a fallback, recorded.
 */
import type { BedrockRuntimeClient, ToolConfiguration } from '@aws-sdk/client-bedrock-runtime';
import type { Storyline } from '../../storyline/types';
import { createRuleBasedExtractor, type ArticleClaimsInput, type ClaimExtractor, type ExtractorReading } from '../claim-extractor';
import { foldHeadline, markAsides, markEntryLeads, markLeadAfterPreamble } from '../extract-claims';
import { buildArticleMessage, hashText } from './article-message';
import { callConverse, ConverseError, type ToolAnswer } from './converse';
import type { CacheKey, ExtractionStore } from './extraction-store';
import { groundClaims, InvalidToolInputError } from './ground-claims';
import { buildToolConfig } from './record-claims-tool';
import { buildSystemPrompt } from './system-prompt';

/** Bumped when the wording around the storyline data changes; the data's own changes version the hash. */
export const PROMPT_TEMPLATE_VERSION = 1;

/** The custom metrics the extractor emits (EMF through Powertools in the Lambdas). */
export const EXTRACTOR_METRICS = {
  /** Per article: claims the model returned that failed validation or grounding. */
  claimsRejected: 'ClaimsRejected',
  /** 1 per article the rules read although the model was chosen. */
  extractorFallbacks: 'ExtractorFallbacks',
  /** Tokens (input + output) paid for; cache hits add nothing. */
  modelTokens: 'ModelTokens',
} as const;

/** The slice of Powertools' `Metrics` the extractor uses. */
export interface ExtractorMetrics {
  addMetric(name: string, unit: 'Count', value: number): void;
}

export interface BedrockExtractorOptions {
  storyline: Storyline;
  /** A foundation-model id or an inference-profile id (e.g. `eu.anthropic.claude-haiku-4-5-…`). */
  modelId: string;
  client: BedrockRuntimeClient;
  store: ExtractionStore;
  /** Tokens (input + output) per UTC day; past it, articles go to the rules until midnight UTC. */
  dailyTokenBudget: number;
  /** The rules by default. */
  fallback?: ClaimExtractor;
  metrics?: ExtractorMetrics;
  now?: () => Date;
}

/** The prompt version: the template's, and a hash of the generated prompt and tool schema. */
export function computePromptVersion(system: string, toolConfig: unknown): string {
  return `v${PROMPT_TEMPLATE_VERSION}-${hashText(`${system}\n${JSON.stringify(toolConfig)}`).slice(0, 16)}`;
}

/**
 * Builds the extractor. The system prompt, tool schema and prompt version are generated once from
 * `options.storyline`.
 */
export function createBedrockClaimExtractor(options: BedrockExtractorOptions): ClaimExtractor {
  const system = buildSystemPrompt(options.storyline);
  const toolConfig = buildToolConfig(options.storyline) as ToolConfiguration;
  const promptVersion = computePromptVersion(system, toolConfig);
  const fallback = options.fallback ?? createRuleBasedExtractor(options.storyline);
  const now = options.now ?? (() => new Date());

  async function fallBack(input: ArticleClaimsInput, reason: string, usage?: ToolAnswer['usage']): Promise<ExtractorReading> {
    options.metrics?.addMetric(EXTRACTOR_METRICS.extractorFallbacks, 'Count', 1);
    const reading = await fallback.extract(input);
    return { claims: reading.claims, mentions: reading.mentions, report: { extractor: 'rules-fallback', fallbackReason: reason, ...(usage ? { usage: { ...usage, cached: false } } : {}) } };
  }

  function ground(input: ArticleClaimsInput, answer: ToolAnswer, cached: boolean): ExtractorReading {
    const grounding = groundClaims(answer.toolInput, input.sentences, options.storyline);
    if (grounding.rejected.length > 0) options.metrics?.addMetric(EXTRACTOR_METRICS.claimsRejected, 'Count', grounding.rejected.length);
    return {
      claims: markLeadAfterPreamble(markEntryLeads(markAsides(foldHeadline(grounding.claims, input.headlineIndex ?? 0), input.sentences, input.headlineIndex ?? 0, options.storyline), input.sentences), input.sentences, input.headlineIndex ?? 0),
      // A model's reading names no mentions: what it only mentions, it is told not to record.
      mentions: [],
      report: { extractor: 'bedrock', claimsRejected: grounding.rejected.length, usage: { ...answer.usage, cached } },
    };
  }

  async function spend(day: string, usage: ToolAnswer['usage'], at: Date): Promise<void> {
    const paid = usage.inputTokens + usage.outputTokens;
    await options.store.addTokens(day, paid, at);
    options.metrics?.addMetric(EXTRACTOR_METRICS.modelTokens, 'Count', paid);
  }

  async function askModel(input: ArticleClaimsInput, key: CacheKey, message: string): Promise<ExtractorReading> {
    const at = now();
    const day = at.toISOString().slice(0, 10);
    const spent = await options.store.tokensSpent(day);
    if (spent >= options.dailyTokenBudget) return fallBack(input, `daily token budget spent (${spent} of ${options.dailyTokenBudget} tokens on ${day} UTC)`);
    let answer: ToolAnswer;
    try {
      answer = await callConverse(options.client, { modelId: options.modelId, system, message, toolConfig });
    } catch (error) {
      if (!(error instanceof ConverseError)) throw error;
      if (error.usage) await spend(day, error.usage, at);
      return fallBack(input, `bedrock ${error.reason}: ${error.message}`, error.usage);
    }
    await spend(day, answer.usage, at);
    try {
      const reading = ground(input, answer, false);
      await options.store.putAnswer(key, { toolInput: answer.toolInput, ...answer.usage }, at);
      return reading;
    } catch (error) {
      if (error instanceof InvalidToolInputError) return fallBack(input, `bedrock invalid_tool_input: ${error.message}`, answer.usage);
      throw error;
    }
  }

  return {
    name: 'bedrock',
    async extract(input) {
      const message = buildArticleMessage(input);
      const key = { textHash: hashText(message), modelId: options.modelId, promptVersion };
      const cached = await options.store.getAnswer(key, now());
      if (!cached) return askModel(input, key, message);
      // Only answers that passed the tool-input check are cached; grounding runs again (it is cheap and may have changed).
      return ground(input, { toolInput: cached.toolInput, usage: { inputTokens: cached.inputTokens, outputTokens: cached.outputTokens } }, true);
    },
  };
}
