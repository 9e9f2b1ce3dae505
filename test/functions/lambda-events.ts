import { createHash, randomUUID } from 'node:crypto';
import type { LambdaFunctionURLEvent, SQSEvent } from 'aws-lambda';

/**
 * Event factories in the shapes AWS delivers (Powertools' test factories do the same): what the
 * scheduler sends with the stack's input template, an SQS batch, a Function URL request.
 */
export function scheduledEvent(job: 'poll' | 'digest' | 'send', scheduledTime: Date) {
  return {
    source: 'sitrep.scheduler',
    job,
    scheduledTime: scheduledTime.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    executionId: randomUUID(),
  };
}

export function sqsEvent(bodies: string[]): SQSEvent {
  const now = String(Date.now());
  return {
    Records: bodies.map((body) => ({
      messageId: randomUUID(),
      receiptHandle: `AQEB${randomUUID()}`,
      body,
      attributes: {
        ApproximateReceiveCount: '1',
        SentTimestamp: now,
        SenderId: 'AIDAEXAMPLE',
        ApproximateFirstReceiveTimestamp: now,
      },
      messageAttributes: {},
      md5OfBody: createHash('md5').update(body).digest('hex'),
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:sitrep-jobs',
      awsRegion: 'us-east-1',
    })),
  };
}

export function functionUrlEvent(method: 'GET' | 'POST', path: string, body: string): LambdaFunctionURLEvent {
  const domainName = 'abc123.lambda-url.us-east-1.on.aws';
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: '',
    headers: {
      host: domainName,
      'content-type': 'application/x-www-form-urlencoded',
      'user-agent': 'Mozilla/5.0',
    },
    requestContext: {
      accountId: 'anonymous',
      apiId: 'abc123',
      domainName,
      domainPrefix: 'abc123',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.9', userAgent: 'Mozilla/5.0' },
      requestId: randomUUID(),
      routeKey: '$default',
      stage: '$default',
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
    },
    body: Buffer.from(body).toString('base64'),
    isBase64Encoded: true,
  };
}
