import { z } from 'zod';
import { loadRuntimeConfig } from '../shared/config/config';
import { reindexFingerprints } from '../shared/jobs/reindex-fingerprints';
import { createLogger } from '../shared/observability/logger';
import { SERVICE_NAMES } from '../shared/observability/metrics';
import { createDocumentClient } from '../shared/storage/dynamo/client';
import { FingerprintStore } from '../shared/storage/dynamo/fingerprint-store';
import { IndexItemScanner } from '../shared/storage/dynamo/index-item-scan';

// Built once per container (cold start) and reused by every invocation.
const config = loadRuntimeConfig(process.env);
const logger = createLogger(SERVICE_NAMES.reindex);
const dynamo = createDocumentClient({ region: config.region, endpoint: config.endpoints.dynamo });
const deps = { fingerprints: new FingerprintStore(dynamo, config.tableName), scanner: new IndexItemScanner(dynamo, config.tableName) };

/** `{}` or `{"deleteOld": true}`; anything else is refused before any work. */
const ReindexEventSchema = z.object({ deleteOld: z.boolean().default(false) }).strict();

/**
 * Invoked once by an operator after upgrading a table indexed before issue 17 (README, Upgrading):
 * rebuilds the near-duplicate buckets and returns the counts. Idempotent, so a retry is harmless.
 */
export async function handler(event: unknown) {
  const { deleteOld } = ReindexEventSchema.parse(event ?? {});
  const report = await reindexFingerprints(deps, { deleteOld });
  logger.info('near-duplicate index rebuilt', { ...report });
  return report;
}
