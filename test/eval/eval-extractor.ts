/**
 * `npm run eval -- --extractor=bedrock [--model=ID]`: the eval's extractor, chosen by flag. The
 * model-backed one needs a region and credentials (the SDK's chains, and
 * AWS_ENDPOINT_URL_BEDROCK_RUNTIME when set); without them, or when the first call cannot reach
 * Bedrock, the eval stops with a message instead of scoring the rules under the model's name.
 * Answers are cached under `.sitrep/eval-cache/` (dynalite), so a second eval pays nothing.
 */
import { join } from 'node:path';
import { parseExtractorArguments, findBedrockSetupProblem } from '../../functions/cli/extractor-arguments';
import { createBedrockClaimExtractor } from '../../shared/claims/bedrock/bedrock-claim-extractor';
import { createBedrockRuntimeClient } from '../../shared/claims/bedrock/converse';
import { DynamoExtractionStore } from '../../shared/claims/bedrock/extraction-store';
import { costOf, LIST_PRICES, PRICES_AS_OF } from '../../shared/claims/bedrock/list-prices';
import { createRuleBasedExtractor, type ClaimExtractor, type ExtractorReport } from '../../shared/claims/claim-extractor';
import { createDocumentClient, ensureTable } from '../../shared/storage/dynamo/client';
import { startEmbeddedDynamo } from '../../shared/storage/local/embedded-dynamo';
import { SYRIA_RUSSIA } from '../../shared/storyline/syria-russia';

/** The eval cannot run as asked; the message says what to set. */
export class EvalSetupError extends Error {
  override readonly name = 'EvalSetupError';
}

export interface EvalExtractor {
  extractor: ClaimExtractor;
  /** Lines on what the model read, spent and dropped (none for the rules). */
  describeUsage(): string[];
  close(): Promise<void>;
}

/** `--extractor=X`, `--extractor X`, `--model=ID`, `--model ID`. */
function readFlag(argv: string[], name: string): string | undefined {
  const index = argv.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (index === -1) return undefined;
  const arg = argv[index]!;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1];
}

async function findCredentialsProblem(): Promise<string | null> {
  const client = createBedrockRuntimeClient();
  try {
    await client.config.credentials();
    return null;
  } catch {
    return '--extractor=bedrock: no AWS credentials found (environment, profile, SSO or instance role); sign in with model access to Amazon Bedrock, or point AWS_ENDPOINT_URL_BEDROCK_RUNTIME at a Converse-compatible endpoint';
  } finally {
    client.destroy();
  }
}

/** Builds the extractor the flags name; throws EvalSetupError when Bedrock is asked for and cannot be used. */
export async function openEvalExtractor(argv: string[]): Promise<EvalExtractor> {
  const parsed = parseExtractorArguments({ extractor: readFlag(argv, 'extractor') ?? 'rules', model: readFlag(argv, 'model') });
  if ('problem' in parsed) throw new EvalSetupError(parsed.problem);
  const config = parsed.config;
  if (config.kind === 'rules') return { extractor: createRuleBasedExtractor(SYRIA_RUSSIA), describeUsage: () => [], close: async () => {} };
  const problem = (await findBedrockSetupProblem()) ?? (await findCredentialsProblem());
  if (problem) throw new EvalSetupError(problem);

  const dynamo = await startEmbeddedDynamo(join(import.meta.dirname, '..', '..', '.sitrep', 'eval-cache'));
  const client = createDocumentClient({ region: 'local', endpoint: dynamo.endpoint });
  await ensureTable(client, 'eval');
  // The eval is deliberate: no daily budget stops it half-way.
  const model = createBedrockClaimExtractor({
    storyline: SYRIA_RUSSIA, modelId: config.modelId, client: createBedrockRuntimeClient(), store: new DynamoExtractionStore(client, 'eval'), dailyTokenBudget: Number.MAX_SAFE_INTEGER,
  });
  const reports: ExtractorReport[] = [];
  const extractor: ClaimExtractor = {
    name: `bedrock (${config.modelId})`,
    async extract(input) {
      const reading = await model.extract(input);
      if (reading.report) reports.push(reading.report);
      const reason = reading.report?.fallbackReason ?? '';
      if (reports.every((report) => report.extractor !== 'bedrock') && /^bedrock (unreachable|request_refused)/.test(reason)) {
        throw new EvalSetupError(`--extractor=bedrock: the model could not be used (${reason}). Check the region, model access for ${config.modelId} and AWS_ENDPOINT_URL_BEDROCK_RUNTIME.`);
      }
      return reading;
    },
  };
  return {
    extractor,
    describeUsage: () => describeReports(reports),
    close: async () => {
      client.destroy();
      await dynamo.close();
    },
  };
}

function describeReports(reports: ExtractorReport[]): string[] {
  const paid = reports.filter((report) => report.usage && !report.usage.cached);
  const input = paid.reduce((sum, report) => sum + report.usage!.inputTokens, 0);
  const output = paid.reduce((sum, report) => sum + report.usage!.outputTokens, 0);
  const fallbacks = reports.filter((report) => report.extractor === 'rules-fallback');
  const lines = [
    `model: ${reports.length} readings, ${reports.filter((report) => report.usage?.cached).length} from the cache, ${fallbacks.length} by the rules after a failure; ${reports.reduce((sum, report) => sum + (report.claimsRejected ?? 0), 0)} claims rejected by grounding`,
    `tokens paid this run: ${input} input, ${output} output${paid.length > 0 ? ` (≈ ${Math.round((input + output) / paid.length)} per paid article)` : ''}`,
    ...LIST_PRICES.map((price) => `  at ${price.label} list price (${PRICES_AS_OF}): $${costOf(price, input, output).toFixed(4)}`),
  ];
  for (const reason of new Set(fallbacks.map((report) => report.fallbackReason))) lines.push(`  fallback: ${reason}`);
  return lines;
}
