import type { LambdaFunctionURLEvent, LambdaFunctionURLResult } from 'aws-lambda';
import type { SubscriptionRequest, SubscriptionResponse } from './http-types';

/** A Lambda Function URL event as the endpoint's plain request (body decoded, header names lower-cased). */
export function toSubscriptionRequest(event: LambdaFunctionURLEvent): SubscriptionRequest {
  const body = event.body ? (event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body) : '';
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(event.headers ?? {})) headers[name.toLowerCase()] = value;
  return {
    method: event.requestContext.http.method,
    path: event.rawPath,
    query: { ...(event.queryStringParameters ?? {}) },
    headers,
    body,
    // Lambda's view of the TCP peer; X-Forwarded-For is the client's to write, so it is not used.
    clientAddress: event.requestContext.http.sourceIp,
  };
}

/** The endpoint's plain response as a Function URL result. */
export function toFunctionUrlResult(response: SubscriptionResponse): LambdaFunctionURLResult {
  return { statusCode: response.status, headers: response.headers, body: response.body };
}
