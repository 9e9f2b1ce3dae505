/**
 * A stand-in for Amazon Bedrock's Converse wire protocol (restJson1: `POST /model/{modelId}/converse`),
 * served on 127.0.0.1 over plain HTTP/1.1. There is no embedded Bedrock, and a model cannot run in
 * a test: this is the one stand-in the project accepts (issue #12). It speaks only the protocol —
 * the real SDK client sends real requests to it — and answers what each test scripts: a
 * `record_claims` tool call, a service error (as Bedrock sends it: status and `x-amzn-ErrorType`),
 * or a message with no tool call. It refuses a request whose shape the extractor must never send.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the extractor sent, decoded. */
export interface ConverseCall {
  modelId: string;
  body: {
    system?: { text: string }[];
    messages?: { role: string; content: { text?: string }[] }[];
    toolConfig?: { tools: { toolSpec: { name: string; description?: string; inputSchema: { json: Record<string, unknown> } } }[]; toolChoice?: { tool?: { name: string } } };
    inferenceConfig?: { temperature?: number; maxTokens?: number };
  };
  /** The user message's text. */
  message: string;
}

export type StandInReply =
  | { toolInput: unknown; usage?: { inputTokens: number; outputTokens: number } }
  | { error: 'ThrottlingException' | 'InternalServerException' | 'ServiceUnavailableException' | 'AccessDeniedException'; status: number }
  | { text: string };

export interface ConverseStandIn {
  /** For AWS_ENDPOINT_URL_BEDROCK_RUNTIME. */
  endpoint: string;
  /** Every request received, in order (retries included). */
  calls: ConverseCall[];
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, status: number, body: unknown, errorType?: string): void {
  response.writeHead(status, { 'content-type': 'application/json', ...(errorType ? { 'x-amzn-errortype': errorType } : {}) });
  response.end(JSON.stringify(body));
}

/** What the extractor must always send: the one tool forced, temperature 0, a system prompt, one user message. */
function findShapeProblem(call: ConverseCall): string | null {
  const tool = call.body.toolConfig?.tools?.[0]?.toolSpec;
  if (tool?.name !== 'record_claims' || call.body.toolConfig?.toolChoice?.tool?.name !== 'record_claims') return 'record_claims must be the tool, and forced';
  if (call.body.inferenceConfig?.temperature !== 0) return 'temperature must be 0';
  if (!call.body.system?.[0]?.text) return 'a system prompt is required';
  if (call.body.messages?.length !== 1 || call.body.messages[0]!.role !== 'user') return 'one user message is expected';
  return null;
}

function replyTo(response: ServerResponse, reply: StandInReply): void {
  if ('error' in reply) return send(response, reply.status, { message: `stand-in ${reply.error}` }, reply.error);
  const usage = 'toolInput' in reply ? (reply.usage ?? { inputTokens: 4000, outputTokens: 200 }) : { inputTokens: 4000, outputTokens: 20 };
  const content = 'toolInput' in reply ? [{ toolUse: { toolUseId: 'tooluse_standin', name: 'record_claims', input: reply.toolInput } }] : [{ text: reply.text }];
  send(response, 200, {
    output: { message: { role: 'assistant', content } },
    stopReason: 'toolInput' in reply ? 'tool_use' : 'end_turn',
    usage: { ...usage, totalTokens: usage.inputTokens + usage.outputTokens },
    metrics: { latencyMs: 1 },
  });
}

/** Starts the stand-in; `answer` scripts the reply to each call (`calls` holds the earlier ones). */
export async function startConverseStandIn(answer: (call: ConverseCall, calls: readonly ConverseCall[]) => StandInReply): Promise<ConverseStandIn> {
  const calls: ConverseCall[] = [];
  const server = createServer((request, response) => {
    void (async () => {
      const match = /^\/model\/([^/]+)\/converse$/.exec(request.url ?? '');
      if (request.method !== 'POST' || !match) return send(response, 404, { message: `no route ${request.method} ${request.url}` }, 'UnknownOperationException');
      const body = JSON.parse(await readBody(request)) as ConverseCall['body'];
      const call = { modelId: decodeURIComponent(match[1]!), body, message: body.messages?.[0]?.content?.[0]?.text ?? '' };
      calls.push(call);
      const problem = findShapeProblem(call);
      if (problem) return send(response, 400, { message: problem }, 'ValidationException');
      replyTo(response, answer(call, calls.slice(0, -1)));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    close: () => new Promise((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    }),
  };
}

/** A sentence of the user message by its number ("[3] …"), for scripting replies from what was sent. */
export function sentenceOf(message: string, index: number): string | undefined {
  return new RegExp(`^\\[${index}\\] (.*)$`, 'm').exec(message)?.[1];
}
