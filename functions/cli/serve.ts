/**
 * `npm run serve -- [--data-dir DIR] [--port N]`: the subscribe / confirm / unsubscribe endpoint on
 * 127.0.0.1, over the same data dir as the replay (embedded dynalite, local secret, `.eml` outbox),
 * so the whole opt-in flow can be tried in a browser. Subscribers confirmed here are mailed by every
 * later `npm run replay` over the same data dir (the default `.sitrep/` for both), and the links in
 * the replay's emails open here. Serve and replay take turns: both open the same LevelDB, which one
 * process holds at a time, so the second is refused with the name of the first.
 */
import './quiet-sdk-warning';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createLocalMailDeps, LOCAL_SERVE_PORT } from '../../shared/email/local-mail';
import { createSubscriptionServer } from '../../shared/email/subscriptions/node-http-server';
import type { SubscriptionDeps } from '../../shared/email/subscriptions/subscription-deps';
import { createLogger } from '../../shared/observability/logger';
import { createDocumentClient, ensureTable } from '../../shared/storage/dynamo/client';
import type { SubscriberStore } from '../../shared/storage/dynamo/subscriber-store';
import { startEmbeddedDynamo } from '../../shared/storage/local/embedded-dynamo';
import { DataDirError, lockDataDir } from '../../shared/storage/local/data-dir';
import { describeError } from './describe-error';
// The replay's table, so both see the same subscribers.
import { LOCAL_TABLE } from './local-environment';


const USAGE = `Usage: npm run serve -- [--data-dir DIR] [--port N]

  --data-dir DIR  the replay's data dir (default .sitrep/, as the replay's); emails go to DIR/outbox/
  --port N        the port on 127.0.0.1 (default ${LOCAL_SERVE_PORT}; links in emails point at it)`;

export interface RunningServe {
  url: string;
  outboxDir: string;
  /** The store behind the endpoint, for tests that check what a request changed. */
  subscribers: SubscriberStore;
  close(): Promise<void>;
}

/** Starts the local endpoint; port 0 picks a free one (the tests do). */
export async function startServe(options: { dataDir: string; port: number }): Promise<RunningServe> {
  const lock = await lockDataDir(options.dataDir, 'npm run serve');
  const dynamo = await startEmbeddedDynamo(join(options.dataDir, 'dynamo')).catch(async (error: unknown) => {
    await lock.release();
    throw error;
  });
  const client = createDocumentClient({ region: 'local', endpoint: dynamo.endpoint });
  await ensureTable(client, LOCAL_TABLE);
  const deps: SubscriptionDeps = {
    ...createLocalMailDeps({ dataDir: options.dataDir, client, tableName: LOCAL_TABLE }),
    now: () => new Date(),
    logger: createLogger('sitrep-serve'),
  };
  const server = createSubscriptionServer(deps);
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolveListen());
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // With port 0 the address is known only now; the handler reads the base URL per request.
  deps.publicBaseUrl = url;
  return {
    url,
    outboxDir: join(options.dataDir, 'outbox'),
    subscribers: deps.subscribers,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
      client.destroy();
      await dynamo.close();
      await lock.release();
    },
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string', default: '.sitrep' },
      port: { type: 'string', default: String(LOCAL_SERVE_PORT) },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) return console.log(USAGE);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`Invalid --port ${values.port}\n\n${USAGE}`);
  const running = await startServe({ dataDir: resolve(values['data-dir']), port });
  console.log(`sitrep subscriptions: ${running.url}/  (emails written to ${running.outboxDir})`);
  const stop = () => void running.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof DataDirError ? error.message : `serve failed: ${describeError(error)}`);
    process.exit(error instanceof DataDirError ? 2 : 1);
  });
}
