/**
 * An unexpected error as one line a person can act on: its message and the messages of its causes,
 * without the stack (POWERTOOLS_LOG_LEVEL=DEBUG and the logs keep the details).
 */
export function describeError(error: unknown): string {
  const messages: string[] = [];
  let current: unknown = error;
  while (current !== undefined && current !== null && messages.length < 5) {
    messages.push(current instanceof Error ? current.message : String(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  return messages.join(': caused by: ');
}
