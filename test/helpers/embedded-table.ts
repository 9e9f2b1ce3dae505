import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient, ensureTable } from '../../shared/storage/dynamo/client';
import { startEmbeddedDynamo } from '../../shared/storage/local/embedded-dynamo';

export interface EmbeddedTable {
  client: DynamoDBDocumentClient;
  tableName: string;
  endpoint: string;
  close(): Promise<void>;
}

/** An in-memory dynalite with the sitrep table, reached through the real SDK v3 document client. */
export async function startEmbeddedTable(tableName = 'sitrep-test'): Promise<EmbeddedTable> {
  const dynamo = await startEmbeddedDynamo();
  const client = createDocumentClient({ region: 'local', endpoint: dynamo.endpoint, maxAttempts: 2 });
  await ensureTable(client, tableName);
  return {
    client,
    tableName,
    endpoint: dynamo.endpoint,
    close: async () => {
      client.destroy();
      await dynamo.close();
    },
  };
}
