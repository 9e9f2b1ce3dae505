/**
 * SES throttling cannot be produced for real outside AWS, so this one test replaces the SES client
 * with a stub that fails the first calls the way SES does (a TooManyRequestsException). Every
 * other email test runs against the real outbox mailer and dynalite.
 */
import { SendEmailCommand, SESv2Client, TooManyRequestsException } from '@aws-sdk/client-sesv2';
import { describe, expect, it } from 'vitest';
import { MailSendError, SesMailer } from '../../../shared/email/mailers/ses-mailer';
import type { OutgoingEmail } from '../../../shared/email/types';

const email: OutgoingEmail = {
  from: 'sitrep <digest@example.org>',
  to: 'reader@example.com',
  raw: new TextEncoder().encode('Subject: hi\r\n\r\nbody'),
  kind: { type: 'digest', date: '2025-11-12' },
};

function throttled(): Error {
  return new TooManyRequestsException({ message: 'Maximum sending rate exceeded.', $metadata: { httpStatusCode: 429 } });
}

/** A stand-in SES client: answers each call from `script` in turn and records the commands. */
function stubClient(script: Array<Error | { MessageId: string }>) {
  const commands: SendEmailCommand[] = [];
  const client = {
    send: async (command: SendEmailCommand) => {
      commands.push(command);
      const next = script.shift();
      if (!next) throw new Error('unexpected call');
      if (next instanceof Error) throw next;
      return next;
    },
  } as unknown as SESv2Client;
  return { client, commands };
}

describe('SesMailer', () => {
  it('sends the composed bytes as Content.Raw, retrying throttling with jittered, growing waits', async () => {
    // Prepare
    const { client, commands } = stubClient([throttled(), throttled(), { MessageId: 'ses-1' }]);
    const waits: number[] = [];
    const mailer = new SesMailer(client, {
      retry: { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1_000 },
      sleep: async (ms) => void waits.push(ms),
      random: () => 0.5,
    });

    // Act
    const result = await mailer.send(email);

    // Assess
    expect(result).toEqual({ messageId: 'ses-1' });
    expect(commands).toHaveLength(3);
    expect(commands[0]!.input.Content?.Raw?.Data).toEqual(email.raw);
    expect(commands[0]!.input.Destination?.ToAddresses).toEqual(['reader@example.com']);
    expect(waits).toEqual([50, 100]); // half of the 100 ms, then 200 ms caps
  });

  it('gives up after the attempt limit with a retryable MailSendError', async () => {
    // Prepare
    const { client, commands } = stubClient([throttled(), throttled(), throttled()]);
    const mailer = new SesMailer(client, { retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 10 }, sleep: async () => {} });

    // Act
    const send = mailer.send(email);

    // Assess
    await expect(send).rejects.toMatchObject({ name: 'MailSendError', retryable: true });
    expect(commands).toHaveLength(3);
  });

  it('does not retry a rejection that is not throttling', async () => {
    // Prepare
    const rejected = Object.assign(new Error('Email address is not verified.'), { name: 'MessageRejected' });
    const { client, commands } = stubClient([rejected]);
    const mailer = new SesMailer(client, { sleep: async () => {} });

    // Act
    const send = mailer.send(email);

    // Assess
    await expect(send).rejects.toBeInstanceOf(MailSendError);
    await expect(send).rejects.toMatchObject({ retryable: false });
    expect(commands).toHaveLength(1);
  });

  it('caps each wait at maxDelayMs however many attempts', async () => {
    // Prepare
    const { client } = stubClient([throttled(), throttled(), throttled(), throttled(), { MessageId: 'ok' }]);
    const waits: number[] = [];
    const mailer = new SesMailer(client, {
      retry: { maxAttempts: 6, baseDelayMs: 400, maxDelayMs: 1_000 },
      sleep: async (ms) => void waits.push(ms),
      random: () => 0.999,
    });

    // Act
    await mailer.send(email);

    // Assess
    expect(waits).toEqual([399, 799, 999, 999]);
  });
});
