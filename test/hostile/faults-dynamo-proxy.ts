import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startEmbeddedDynamo, type EmbeddedDynamo } from '../../shared/storage/local/embedded-dynamo';

/** What the proxy does with the n-th request (1-based) for an operation such as `DynamoDB_20120810.PutItem`. */
export type FaultRule = (requestNumber: number, operation: string) => 'pass' | 'throttle';

/**
 * A DynamoDB endpoint that fails at the protocol level: an HTTP proxy in front of a dynalite kept
 * on disk (LevelDB), which answers the requests a rule picks with DynamoDB's own 400
 * ThrottlingException, and which can stop and restart dynalite on the same files mid-run (requests
 * meanwhile get a reset connection, as from a store that is down).
 */
export interface FaultyDynamo {
  endpoint: string;
  rule: FaultRule;
  readonly requests: number;
  /** Bodies of the throttled requests, and of every request forwarded, to check the SDK re-sent them. */
  readonly throttledBodies: string[];
  readonly forwardedBodies: Set<string>;
  /** Requests refused while dynalite was stopped. */
  readonly refused: number;
  stop(): Promise<void>;
  restart(): Promise<void>;
  close(): Promise<void>;
}

const THROTTLING_BODY = JSON.stringify({
  __type: 'com.amazonaws.dynamodb.v20120810#ThrottlingException',
  message: 'Rate of requests exceeds the allowed throughput.',
});

export async function startFaultyDynamo(path: string): Promise<FaultyDynamo> {
  let backend: EmbeddedDynamo | null = await startEmbeddedDynamo(path);
  let requests = 0;
  let refused = 0;
  const throttledBodies: string[] = [];
  const forwardedBodies = new Set<string>();
  const proxy: FaultyDynamo = {
    endpoint: '',
    rule: () => 'pass',
    get requests() {
      return requests;
    },
    throttledBodies,
    forwardedBodies,
    get refused() {
      return refused;
    },
    async stop() {
      const stopping = backend;
      backend = null;
      await stopping?.close();
    },
    async restart() {
      backend = await startEmbeddedDynamo(path);
    },
    async close() {
      await proxy.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests += 1;
      const body = Buffer.concat(chunks);
      const operation = String(request.headers['x-amz-target'] ?? '');
      const verdict = proxy.rule(requests, operation);
      // Read after the rule: a rule may stop dynalite at this very request.
      const target = backend;
      if (!target) {
        refused += 1;
        return void response.socket?.destroy();
      }
      if (verdict === 'throttle') {
        throttledBodies.push(body.toString('utf8'));
        response.writeHead(400, { 'content-type': 'application/x-amz-json-1.0' });
        return void response.end(THROTTLING_BODY);
      }
      forwardedBodies.add(body.toString('utf8'));
      const upstream = httpRequest(`${target.endpoint}${request.url ?? '/'}`, { method: request.method, headers: request.headers }, (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      });
      upstream.on('error', () => response.socket?.destroy());
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return proxy;
}
