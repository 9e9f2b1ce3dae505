/**
 * One Converse call, split miniflux-style into *execute* (`callConverse`, the SDK) and *interpret*
 * (`readToolInput`, a plain response in, the tool input out), and the client the extractor uses.
 */
import { BedrockRuntimeClient, ConverseCommand, type ConverseCommandOutput, type ToolConfiguration } from '@aws-sdk/client-bedrock-runtime';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { RECORD_CLAIMS_TOOL } from './record-claims-tool';

export interface BedrockClientOptions {
  /** Absent: the SDK's region chain (AWS_REGION, the profile). */
  region?: string;
  /** Attempts per call, first included, with the SDK's standard retry (backoff and jitter) on throttling and 5xx. */
  maxAttempts?: number;
}

/**
 * A Bedrock Runtime client over HTTP/1.1. The SDK's default handler for this service is HTTP/2
 * (its bidirectional-streaming operations need it); Converse is one request and one response, so
 * HTTP/1.1 serves it as well, and the same handler then works against the local stand-in in the
 * tests (a plain `node:http` server): the path tested is the path deployed. Endpoint and
 * credentials come from the SDK's standard settings (`AWS_ENDPOINT_URL_BEDROCK_RUNTIME`, the
 * credentials chain), never from sitrep's own variables.
 */
export function createBedrockRuntimeClient(options: BedrockClientOptions = {}): BedrockRuntimeClient {
  return new BedrockRuntimeClient({
    ...(options.region ? { region: options.region } : {}),
    maxAttempts: options.maxAttempts ?? 3,
    retryMode: 'standard',
    // A socket idle 30 s is a stuck call: three of them still end inside the process Lambda's 90 s, mostly.
    requestHandler: new NodeHttpHandler({ connectionTimeout: 5_000, requestTimeout: 30_000 }),
  });
}

/** Why a call gave no usable answer; every reason sends the article to the rules. */
export type ConverseFailure = 'throttled' | 'service_error' | 'request_refused' | 'unreachable' | 'no_tool_call';

export class ConverseError extends Error {
  override readonly name = 'ConverseError';
  /** Tokens the call cost when the model answered but not usefully (`no_tool_call`): they count against the budget. */
  readonly usage?: ToolAnswer['usage'];
  constructor(
    readonly reason: ConverseFailure,
    message: string,
    options?: { cause?: unknown; usage?: ToolAnswer['usage'] },
  ) {
    super(message, options);
    if (options?.usage) this.usage = options.usage;
  }
}

export interface ConverseRequest {
  modelId: string;
  system: string;
  message: string;
  toolConfig: ToolConfiguration;
}

export interface ToolAnswer {
  toolInput: unknown;
  usage: { inputTokens: number; outputTokens: number };
}

/** Classifies an SDK error by its name and HTTP status (never its message). */
export function classifyConverseError(error: unknown): ConverseFailure {
  const failed = error as { name?: string; $metadata?: { httpStatusCode?: number } } | null;
  const status = failed?.$metadata?.httpStatusCode;
  if (failed?.name === 'ThrottlingException' || failed?.name === 'ServiceQuotaExceededException' || status === 429) return 'throttled';
  if (status !== undefined && status >= 500) return 'service_error';
  if (status !== undefined && status >= 400) return 'request_refused';
  return 'unreachable';
}

/** Interprets a Converse response: the input of the `record_claims` call, and the tokens it cost. */
export function readToolInput(output: Pick<ConverseCommandOutput, 'output' | 'usage' | 'stopReason'>): ToolAnswer {
  const blocks = output.output?.message?.content ?? [];
  const call = blocks.find((block) => block.toolUse?.name === RECORD_CLAIMS_TOOL)?.toolUse;
  const usage = { inputTokens: output.usage?.inputTokens ?? 0, outputTokens: output.usage?.outputTokens ?? 0 };
  if (!call) throw new ConverseError('no_tool_call', `the model did not call ${RECORD_CLAIMS_TOOL} (stop reason ${output.stopReason ?? 'none'})`, { usage });
  return { toolInput: call.input, usage };
}

/** Executes one Converse call at temperature 0 with the tool forced; SDK retries included. */
export async function callConverse(client: BedrockRuntimeClient, request: ConverseRequest): Promise<ToolAnswer> {
  let output: ConverseCommandOutput;
  try {
    output = await client.send(
      new ConverseCommand({
        modelId: request.modelId,
        system: [{ text: request.system }],
        messages: [{ role: 'user', content: [{ text: request.message }] }],
        toolConfig: request.toolConfig,
        inferenceConfig: { temperature: 0, maxTokens: 4096 },
      }),
    );
  } catch (cause) {
    const reason = classifyConverseError(cause);
    const failed = cause as { name?: string; code?: string; message?: string };
    // A network error is named `Error` and says what happened in its code (ECONNREFUSED, ENOTFOUND).
    const what = failed.code ?? (failed.name && failed.name !== 'Error' ? failed.name : 'error');
    throw new ConverseError(reason, `Converse on ${request.modelId} failed (${reason}): ${what}`, { cause });
  }
  return readToolInput(output);
}
