/** Interpreting Converse: plain responses and errors built by hand, as miniflux tests its response handler. */
import { describe, expect, it } from 'vitest';
import { classifyConverseError, ConverseError, readToolInput } from '../../../shared/claims/bedrock/converse';

describe('readToolInput', () => {
  it('takes the record_claims input and the usage', () => {
    const answer = readToolInput({
      stopReason: 'tool_use',
      output: { message: { role: 'assistant', content: [{ text: 'Recording.' }, { toolUse: { toolUseId: 't1', name: 'record_claims', input: { claims: [] } } }] } },
      usage: { inputTokens: 3000, outputTokens: 12, totalTokens: 3012 },
    });

    expect(answer).toEqual({ toolInput: { claims: [] }, usage: { inputTokens: 3000, outputTokens: 12 } });
  });

  it.each([
    ['text only', [{ text: 'No claims here.' }]],
    ['another tool', [{ toolUse: { toolUseId: 't1', name: 'something_else', input: {} } }]],
  ])('refuses an answer with %s as no_tool_call, keeping the tokens it cost', (_case, content) => {
    const read = () => readToolInput({ stopReason: 'end_turn', output: { message: { role: 'assistant', content } }, usage: { inputTokens: 10, outputTokens: 5, totalTokens: 15 } });

    expect(read).toThrow(ConverseError);
    try {
      read();
    } catch (error) {
      expect((error as ConverseError).reason).toBe('no_tool_call');
      expect((error as ConverseError).usage).toEqual({ inputTokens: 10, outputTokens: 5 });
    }
  });
});

describe('classifyConverseError', () => {
  it.each([
    [{ name: 'ThrottlingException', $metadata: { httpStatusCode: 429 } }, 'throttled'],
    [{ name: 'ServiceQuotaExceededException', $metadata: { httpStatusCode: 400 } }, 'throttled'],
    [{ name: 'InternalServerException', $metadata: { httpStatusCode: 500 } }, 'service_error'],
    [{ name: 'ServiceUnavailableException', $metadata: { httpStatusCode: 503 } }, 'service_error'],
    [{ name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } }, 'request_refused'],
    [{ name: 'Error', code: 'ECONNREFUSED' }, 'unreachable'],
  ])('%j → %s', (error, reason) => {
    expect(classifyConverseError(error)).toBe(reason);
  });
});
