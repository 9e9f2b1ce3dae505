import { createHash, randomUUID } from 'node:crypto';
import type { LambdaFunctionURLEvent, SNSEvent, SQSEvent } from 'aws-lambda';

/**
 * Event factories in the shapes AWS delivers (Powertools' test factories do the same): what the
 * scheduler sends with the stack's input template, an SQS batch, a Function URL request, and SNS
 * deliveries of SES events.
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

const FEEDBACK_TOPIC_ARN = 'arn:aws:sns:us-east-1:000000000000:SitrepPipeline-MailFeedbackTopic';

/** SNS invoking a subscribed Lambda: one record per message, the message as JSON text. */
export function snsEvent(messages: unknown[]): SNSEvent {
  return {
    Records: messages.map((message) => ({
      EventSource: 'aws:sns',
      EventVersion: '1.0',
      EventSubscriptionArn: `${FEEDBACK_TOPIC_ARN}:${randomUUID()}`,
      Sns: {
        Type: 'Notification',
        MessageId: randomUUID(),
        TopicArn: FEEDBACK_TOPIC_ARN,
        Message: JSON.stringify(message),
        Timestamp: new Date().toISOString(),
        SignatureVersion: '1',
        Signature: 'EXAMPLE',
        SigningCertUrl: 'https://sns.us-east-1.amazonaws.com/SimpleNotificationService-0000000000000000000000.pem',
        UnsubscribeUrl: `https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=${FEEDBACK_TOPIC_ARN}`,
        MessageAttributes: {},
      },
    })),
  };
}

/**
 * An SES event-publishing bounce (`eventType`, not the identity notifications' `notificationType`)
 * for one recipient of a digest sent through the stack's configuration set.
 */
export function sesBounceEvent(recipient: string, bounceType: 'Permanent' | 'Transient') {
  const sentAt = new Date();
  return {
    eventType: 'Bounce',
    bounce: {
      feedbackId: `0100018c-${randomUUID()}-000000`,
      bounceType,
      bounceSubType: bounceType === 'Permanent' ? 'General' : 'MailboxFull',
      bouncedRecipients: [
        {
          emailAddress: recipient,
          action: 'failed',
          status: bounceType === 'Permanent' ? '5.1.1' : '4.2.2',
          diagnosticCode: bounceType === 'Permanent' ? 'smtp; 550 5.1.1 user unknown' : 'smtp; 452 4.2.2 mailbox full',
        },
      ],
      timestamp: new Date(sentAt.getTime() + 2_000).toISOString(),
      reportingMTA: 'dsn; a8-30.smtp-out.amazonses.com',
    },
    mail: {
      timestamp: sentAt.toISOString(),
      source: 'sitrep <digest@news.example.org>',
      sourceArn: 'arn:aws:ses:us-east-1:000000000000:identity/news.example.org',
      sendingAccountId: '000000000000',
      messageId: `0100018c-${randomUUID()}-000000`,
      destination: [recipient],
      headersTruncated: false,
      tags: { 'ses:configuration-set': ['MailConfigurationSet-abc123'], 'ses:from-domain': ['news.example.org'] },
    },
  };
}
