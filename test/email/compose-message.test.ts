import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { composeMessage, MessageCompositionError } from '../../shared/email/compose-message';
import { readHeaderLines } from './harness';

const base = {
  from: 'sitrep <digest@example.org>',
  to: 'reader@example.com',
  subject: 'Syria–Russia, 12 Nov: Tartus port contract cancelled',
  text: 'Plain text body\nUnsubscribe: https://subscribe.example.com/unsubscribe?token=abc',
  html: '<p>HTML body</p>',
  date: new Date('2025-11-13T06:00:00Z'),
  messageKey: 'digest:2025-11-12:reader@example.com',
  unsubscribeUrl: 'https://subscribe.example.com/unsubscribe?token=abc.def',
};

describe('composeMessage', () => {
  it('builds a text + HTML alternative with RFC 8058 one-click unsubscribe headers', async () => {
    // Act
    const raw = await composeMessage(base);
    const mail = await simpleParser(Buffer.from(raw));

    // Assess
    expect(mail.text).toContain('Plain text body');
    expect(mail.html).toContain('<p>HTML body</p>');
    expect(mail.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' });
    expect(mail.subject).toBe('Syria–Russia, 12 Nov: Tartus port contract cancelled');
    const lines = readHeaderLines(Buffer.from(raw).toString('utf8'));
    expect(lines).toContain('List-Unsubscribe: <https://subscribe.example.com/unsubscribe?token=abc.def>');
    expect(lines).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
  });

  it('gives a re-sent copy the same Message-ID, and another recipient another one', async () => {
    // Act
    const first = await simpleParser(Buffer.from(await composeMessage(base)));
    const again = await simpleParser(Buffer.from(await composeMessage({ ...base, date: new Date('2025-11-13T07:00:00Z') })));
    const other = await simpleParser(Buffer.from(await composeMessage({ ...base, to: 'b@example.com', messageKey: 'digest:2025-11-12:b@example.com' })));

    // Assess
    expect(again.messageId).toBe(first.messageId);
    expect(other.messageId).not.toBe(first.messageId);
  });

  it.each([
    ['CR LF', 'News\r\nBcc: x@example.com'],
    ['bare LF', 'News\nBcc: x@example.com'],
    ['bare CR', 'News\rBcc: x@example.com'],
    ['Unicode line separator', 'News\u2028Bcc: x@example.com'],
    ['NEL', 'News\u0085Bcc: x@example.com'],
  ])('keeps a subject with %s to one Subject header and adds no recipient', async (_name, subject) => {
    // Act
    const raw = Buffer.from(await composeMessage({ ...base, subject })).toString('utf8');
    const mail = await simpleParser(raw);

    // Assess
    const lines = readHeaderLines(raw);
    expect(lines.filter((line) => /^subject:/i.test(line))).toHaveLength(1);
    expect(lines.some((line) => /^bcc:/i.test(line))).toBe(false);
    expect(mail.bcc).toBeUndefined();
    expect(mail.subject).toBe('News Bcc: x@example.com');
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,<b>x</b>',
    'not a url',
  ])('refuses an unsubscribe URL that is not http(s): %s', async (unsubscribeUrl) => {
    // Act
    const compose = composeMessage({ ...base, unsubscribeUrl });

    // Assess
    await expect(compose).rejects.toBeInstanceOf(MessageCompositionError);
  });

  it('percent-encodes an unsubscribe URL so no "<", ">" or space can end the header value early', async () => {
    // Act
    const raw = Buffer.from(await composeMessage({ ...base, unsubscribeUrl: 'https://subscribe.example.com/unsubscribe?token=a>b c' })).toString('utf8');

    // Assess
    const header = readHeaderLines(raw).find((line) => line.startsWith('List-Unsubscribe:'));
    expect(header).toBe('List-Unsubscribe: <https://subscribe.example.com/unsubscribe?token=a%3Eb%20c>');
  });
});
