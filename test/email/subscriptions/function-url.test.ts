import type { LambdaFunctionURLEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { toFunctionUrlResult, toSubscriptionRequest } from '../../../shared/email/subscriptions/function-url';

/** A Function URL event as Lambda delivers a one-click unsubscribe POST (the body base64-encoded). */
function makeEvent(overrides: Partial<LambdaFunctionURLEvent> = {}): LambdaFunctionURLEvent {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: '/unsubscribe',
    rawQueryString: 'token=abc.def',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', host: 'abc.lambda-url.eu-west-1.on.aws' },
    queryStringParameters: { token: 'abc.def' },
    requestContext: {
      accountId: 'anonymous',
      apiId: 'abc',
      domainName: 'abc.lambda-url.eu-west-1.on.aws',
      domainPrefix: 'abc',
      http: { method: 'POST', path: '/unsubscribe', protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'mail-client' },
      requestId: 'r1',
      routeKey: '$default',
      stage: '$default',
      time: '13/Nov/2025:06:00:00 +0000',
      timeEpoch: 1_763_013_600_000,
    },
    body: Buffer.from('List-Unsubscribe=One-Click').toString('base64'),
    isBase64Encoded: true,
    ...overrides,
  };
}

describe('toSubscriptionRequest', () => {
  it('decodes a base64 body, lower-cases header names and takes the client address from the platform', () => {
    // Act
    const request = toSubscriptionRequest(makeEvent());

    // Assess
    expect(request).toEqual({
      method: 'POST',
      path: '/unsubscribe',
      query: { token: 'abc.def' },
      headers: { 'content-type': 'application/x-www-form-urlencoded', host: 'abc.lambda-url.eu-west-1.on.aws' },
      body: 'List-Unsubscribe=One-Click',
      clientAddress: '192.0.2.1',
    });
  });

  it('takes a plain body as is and a missing one as empty', () => {
    // Act
    const plain = toSubscriptionRequest(makeEvent({ body: 'email=a%40example.com', isBase64Encoded: false }));
    const none = toSubscriptionRequest(makeEvent({ body: undefined, queryStringParameters: undefined }));

    // Assess
    expect(plain.body).toBe('email=a%40example.com');
    expect(none.body).toBe('');
    expect(none.query).toEqual({});
  });
});

describe('toFunctionUrlResult', () => {
  it('maps status, headers and body', () => {
    // Act
    const result = toFunctionUrlResult({ status: 403, headers: { 'content-type': 'text/html; charset=utf-8' }, body: '<p>no</p>' });

    // Assess
    expect(result).toEqual({ statusCode: 403, headers: { 'content-type': 'text/html; charset=utf-8' }, body: '<p>no</p>' });
  });
});
