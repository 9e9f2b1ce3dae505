/**
 * The subscription endpoint's plain-data HTTP shapes: built from a Lambda Function URL event by the
 * subscribe handler and from a Node request by `npm run serve`, so both run the same code.
 */
export interface SubscriptionRequest {
  method: string;
  /** The path without the query string, e.g. "/unsubscribe". */
  path: string;
  query: Record<string, string | undefined>;
  /** Header names in lower case. */
  headers: Record<string, string | undefined>;
  /** The decoded request body ('' when none). */
  body: string;
  /** The client's IP address as the platform saw it (never a header the client wrote). */
  clientAddress?: string;
}

export interface SubscriptionResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Bodies are a form with one address or one token: anything bigger is not ours. */
export const MAX_REQUEST_BODY_BYTES = 8 * 1024;

/** The fields of an `application/x-www-form-urlencoded` or JSON object body; other bodies give none. */
export function readFormFields(request: SubscriptionRequest): Record<string, string> {
  const contentType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (contentType === 'application/json') return readJsonFields(request.body);
  const fields = createFieldMap();
  for (const [name, value] of new URLSearchParams(request.body)) {
    if (!(name in fields)) fields[name] = value;
  }
  return fields;
}

function readJsonFields(body: string): Record<string, string> {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return {};
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const fields = createFieldMap();
  for (const [name, field] of Object.entries(value)) {
    if (typeof field === 'string') fields[name] = field;
  }
  return fields;
}

/** A prototype-less map: a field named "__proto__" or "constructor" is just a field. */
function createFieldMap(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}
