import type { SNSEvent } from 'aws-lambda';
import { z } from 'zod';
import { loadRuntimeConfig } from '../shared/config/config';
import { recordSesFeedback } from '../shared/email/record-ses-feedback';
import { createLogger } from '../shared/observability/logger';
import { SERVICE_NAMES } from '../shared/observability/metrics';
import { createDocumentClient } from '../shared/storage/dynamo/client';
import { SubscriberStore } from '../shared/storage/dynamo/subscriber-store';

// Built once per container (cold start) and reused by every invocation.
const config = loadRuntimeConfig(process.env);
const logger = createLogger(SERVICE_NAMES.sesFeedback);
const subscribers = new SubscriberStore(createDocumentClient({ region: config.region, endpoint: config.endpoints.dynamo }), config.tableName);

// The fields of the SNS envelope this handler reads; SES's event is the JSON text in `Message`.
const SnsEventSchema = z.object({
  Records: z.array(z.looseObject({ Sns: z.looseObject({ MessageId: z.string(), Message: z.string() }) })),
});

/**
 * SNS (the SES configuration set's bounce and complaint events) → mark the addresses bounced so
 * they are never mailed again. A storage error fails the invocation: Lambda retries the event
 * twice, then it lands in the failed-invocations queue (marking is idempotent, so retries are safe).
 */
export async function handler(event: SNSEvent) {
  const marked: string[] = [];
  for (const { Sns } of SnsEventSchema.parse(event).Records) {
    const addresses = await recordSesFeedback(parseMessage(Sns.Message), subscribers, new Date());
    // SES also publishes a one-off test message when the destination is set up; it marks nobody.
    logger.info(addresses.length > 0 ? 'marked bounced' : 'no permanent bounce or complaint', { snsMessageId: Sns.MessageId, addresses });
    marked.push(...addresses);
  }
  return { notifications: event.Records.length, marked };
}

/** The SES event, or the raw text when it is not JSON (recordSesFeedback then ignores it). */
function parseMessage(message: string): unknown {
  try {
    return JSON.parse(message) as unknown;
  } catch {
    return message;
  }
}
