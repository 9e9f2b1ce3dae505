import { ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { deleteItemsInBatches, type TableKey } from './batch-operations';

/** One Scan page of the near-duplicate index: the articles' own entries and the old-layout bucket items. */
export interface IndexItemPage {
  /** `SIG#<id>` / `SIG` entries: the article id and its first index time. */
  entries: Array<{ articleId: string; indexedAt: string }>;
  /** `LSH#<band>#<hash>` / `<articleId>`: one bucket member per item, the layout before issue 17. */
  oldBucketItems: TableKey[];
}

/**
 * Reads the whole near-duplicate index by Scan, for the re-index (shared/jobs/reindex-fingerprints.ts).
 * Only keys and the index time are read (a projection), so a page covers many items.
 */
export class IndexItemScanner {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** The index's items page by page (paginated Scan, `pageSize` items evaluated per page at most). */
  async *scanPages(pageSize?: number): AsyncGenerator<IndexItemPage> {
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.client.send(
        new ScanCommand({
          TableName: this.tableName,
          ProjectionExpression: '#pk, #sk, #indexedAt',
          FilterExpression: '(begins_with(#pk, :sig) AND #sk = :sigSort) OR (begins_with(#pk, :lsh) AND #sk <> :lshSort)',
          ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk', '#indexedAt': 'indexedAt' },
          ExpressionAttributeValues: { ':sig': 'SIG#', ':sigSort': 'SIG', ':lsh': 'LSH#', ':lshSort': 'LSH' },
          ExclusiveStartKey: startKey,
          Limit: pageSize,
        }),
      );
      const scanned: IndexItemPage = { entries: [], oldBucketItems: [] };
      for (const item of page.Items ?? []) {
        const pk = item.pk as string;
        if (pk.startsWith('SIG#')) scanned.entries.push({ articleId: pk.slice('SIG#'.length), indexedAt: String(item.indexedAt ?? '') });
        else scanned.oldBucketItems.push({ pk, sk: item.sk as string });
      }
      yield scanned;
      startKey = page.LastEvaluatedKey;
    } while (startKey);
  }

  /** Deletes old-layout bucket items (batched, 25 a call). */
  async deleteOldBucketItems(keys: readonly TableKey[]): Promise<void> {
    await deleteItemsInBatches(this.client, this.tableName, keys);
  }
}
