import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the three AWS APIs that have no embedded server here (SQS, Secrets Manager,
 * SES v2), speaking their wire protocols just far enough for the handlers' SDK clients. It records
 * what it was sent; dynalite and s3rver cover DynamoDB and S3 for real.
 */
export interface FakeAws {
  endpoint: string;
  queueUrl: string;
  /** SQS message bodies, in the order they were sent. */
  queued: string[];
  /** Raw MIME of each email SES was asked to send, and the configuration set it was sent through. */
  emails: Array<{ from: string; to: string[]; raw: string; configurationSetName?: string }>;
  close(): Promise<void>;
}

export async function startFakeAws(secretString: string): Promise<FakeAws> {
  const queued: string[] = [];
  const emails: FakeAws['emails'] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, any>;
      const target = String(request.headers['x-amz-target'] ?? '');
      const reply = (status: number, payload: unknown, contentType = 'application/x-amz-json-1.0') => {
        response.writeHead(status, { 'content-type': contentType });
        response.end(JSON.stringify(payload));
      };
      if (target === 'AmazonSQS.SendMessageBatch') {
        const entries = body.Entries as Array<{ Id: string; MessageBody: string }>;
        queued.push(...entries.map((entry) => entry.MessageBody));
        // The SDK checks each MD5 against the body it sent.
        const md5 = (text: string) => createHash('md5').update(text).digest('hex');
        return reply(200, {
          Successful: entries.map((entry, index) => ({ Id: entry.Id, MessageId: `m-${queued.length}-${index}`, MD5OfMessageBody: md5(entry.MessageBody) })),
          Failed: [],
        });
      }
      if (target === 'secretsmanager.GetSecretValue') {
        return reply(200, { ARN: body.SecretId, Name: 'token', SecretString: secretString, VersionId: 'v1' }, 'application/x-amz-json-1.1');
      }
      if (request.url === '/v2/email/outbound-emails' && request.method === 'POST') {
        emails.push({
          from: body.FromEmailAddress,
          to: body.Destination?.ToAddresses ?? [],
          raw: Buffer.from(body.Content.Raw.Data, 'base64').toString('utf8'),
          configurationSetName: body.ConfigurationSetName,
        });
        return reply(200, { MessageId: `ses-${emails.length}` }, 'application/json');
      }
      reply(400, { __type: 'UnknownOperation', message: `fake AWS has no ${target || request.url}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    endpoint,
    queueUrl: `${endpoint}/000000000000/sitrep-jobs`,
    queued,
    emails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
