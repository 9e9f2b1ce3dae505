import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createActionUrl } from '../../shared/email/subscriptions/links';
import { openServe, pathOf, type ServeHarness } from './serve-harness';

let serve: ServeHarness;

beforeEach(async () => {
  serve = await openServe();
});
afterEach(async () => {
  await serve.close();
});

async function readConfirmationLink(address: string): Promise<string> {
  const mail = await simpleParser(await readFile(join(serve.outboxDir, 'confirmations', `${address}.eml`)));
  const link = /https?:\/\/\S+\/confirm\?token=[\w.-]+/.exec(mail.text ?? '')?.[0];
  if (!link) throw new Error('No confirmation link in the email');
  return link;
}

describe('subscribe → confirm → unsubscribe over HTTP (npm run serve)', () => {
  it('runs the double opt-in and the one-click unsubscribe, and no GET changes anything', async () => {
    // Act: subscribe
    const form = await serve.request('/');
    const subscribed = await serve.request('/subscribe', { form: { email: ' Reader@Example.com ', quietDay: 'none' } });

    // Assess
    expect(form.status).toBe(200);
    expect(form.text).toContain('name="email"');
    expect(subscribed.status).toBe(200);
    expect(await serve.subscribers.get('reader@example.com')).toMatchObject({ status: 'pending', quietDay: 'none' });
    const confirmLink = await readConfirmationLink('reader@example.com');
    expect(confirmLink.startsWith(`${serve.url}/confirm?token=`)).toBe(true);

    // Act: the link, as a mail scanner would prefetch it, then the button
    const confirmPage = await serve.request(pathOf(confirmLink));
    const stillPending = await serve.subscribers.get('reader@example.com');
    const token = new URL(confirmLink).searchParams.get('token')!;
    const confirmed = await serve.request('/confirm', { form: { token } });

    // Assess
    expect(confirmPage.status).toBe(200);
    expect(confirmPage.text).toMatch(/<form method="post" action="confirm">/);
    expect(stillPending?.status).toBe('pending');
    expect(confirmed.status).toBe(200);
    expect((await serve.subscribers.get('reader@example.com'))?.status).toBe('confirmed');

    // Act: the unsubscribe link, GET (page only), then the RFC 8058 one-click POST
    const unsubscribeUrl = await createActionUrl(
      { purpose: 'unsubscribe', email: 'reader@example.com', now: new Date(), publicBaseUrl: serve.url },
      serve.secrets,
    );
    const unsubscribePage = await serve.request(pathOf(unsubscribeUrl));
    const afterGet = await serve.subscribers.get('reader@example.com');
    const oneClick = await serve.request(pathOf(unsubscribeUrl), { body: 'List-Unsubscribe=One-Click' });

    // Assess
    expect(unsubscribePage.status).toBe(200);
    expect(unsubscribePage.text).toContain('<button');
    expect(afterGet?.status).toBe('confirmed');
    expect(oneClick.status).toBe(200);
    expect(oneClick.headers.get('set-cookie')).toBeNull();
    expect(oneClick.headers.get('location')).toBeNull();
    expect((await serve.subscribers.get('reader@example.com'))?.status).toBe('unsubscribed');
  });

  it('does not let an old confirmation link undo an unsubscribe', async () => {
    // Prepare
    await serve.request('/subscribe', { form: { email: 'reader@example.com' } });
    const token = new URL(await readConfirmationLink('reader@example.com')).searchParams.get('token')!;
    await serve.request('/confirm', { form: { token } });
    const unsubscribeUrl = await createActionUrl(
      { purpose: 'unsubscribe', email: 'reader@example.com', now: new Date(), publicBaseUrl: serve.url },
      serve.secrets,
    );
    await serve.request(pathOf(unsubscribeUrl), { body: 'List-Unsubscribe=One-Click' });

    // Act
    const replayed = await serve.request('/confirm', { form: { token } });

    // Assess
    expect(replayed.status).toBe(409);
    expect((await serve.subscribers.get('reader@example.com'))?.status).toBe('unsubscribed');
  });

  it('answers a bad address with 400 and never echoes the input unescaped', async () => {
    // Act
    const response = await serve.request('/subscribe', { form: { email: '<script>alert(1)</script>' } });

    // Assess
    expect(response.status).toBe(400);
    expect(response.text).not.toContain('<script>');
  });

  it('refuses an oversized body with 413 and unknown paths with 404', async () => {
    // Act
    const large = await serve.request('/subscribe', { form: { email: `${'a'.repeat(20_000)}@example.com` } });
    const unknown = await serve.request('/admin');

    // Assess
    expect(large.status).toBe(413);
    expect(unknown.status).toBe(404);
  });

  it('accepts a JSON subscription body', async () => {
    // Act
    const response = await serve.request('/subscribe', { body: JSON.stringify({ email: 'json@example.com' }), contentType: 'application/json' });

    // Assess
    expect(response.status).toBe(200);
    expect(await serve.subscribers.get('json@example.com')).toMatchObject({ status: 'pending', quietDay: 'short' });
  });
});

describe('form parsing', () => {
  it('treats "__proto__" and "constructor" fields as plain fields and pollutes nothing', async () => {
    // Act
    const response = await serve.request('/subscribe', { body: '__proto__=x&constructor=y&email=proto%40example.com' });
    const json = await serve.request('/subscribe', {
      body: '{"__proto__":{"polluted":true},"email":"proto2@example.com"}',
      contentType: 'application/json',
    });

    // Assess
    expect(response.status).toBe(200);
    expect(json.status).toBe(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await serve.subscribers.get('proto@example.com'))?.status).toBe('pending');
  });
});
