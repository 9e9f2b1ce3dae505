/**
 * Issue 13 in the emailed digest, sent by sendDigest through the outbox mailer and parsed back from
 * the MIME message: an Arabic quote right to left with its English rendering beneath (HTML and text
 * parts), a foreign article's language beside its outlet, reports nobody could read under "Also
 * reported" — and a day whose only news is such a report is mailed as a digest, never skipped or
 * sent as a "no changes" note.
 */
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureConfirmedSubscriber } from '../../shared/email/subscriptions/ensure-confirmed-subscriber';
import { sendDigest } from '../../shared/jobs/send-digest';
import { makeChange, makeDigest, makeDigestArticle } from './digest-factory';
import { openMailHarness, type MailHarness } from './harness';

const DATE = '2025-11-12';
const ARABIC_QUOTE = 'وقالت وزارة النقل إن العقد مع الشركة الروسية ألغي.';
const ARABIC_ENGLISH = 'The transport ministry said the contract with the Russian company was cancelled.';
const RUSSIAN_HEADLINE = 'Дамаск запросил у Москвы выдачу Асада';

const arabicArticle = makeDigestArticle({ id: 'a1', title: 'إلغاء عقد مرفأ طرطوس', publisher: 'Al-Watan', language: 'ar', claims: [{ thread: 'investment', subject: 'port', status: 'cancelled', quote: ARABIC_QUOTE, quoteEnglish: ARABIC_ENGLISH }] });
const unreadRussian = makeDigestArticle({ id: 'r1', url: 'https://kommersant.example/assad', canonicalUrl: 'https://kommersant.example/assad', title: RUSSIAN_HEADLINE, publisher: 'Kommersant', language: 'ru', extractor: 'rules', claims: [] });
const arabicChange = makeChange({ evidence: [{ articleId: 'a1', url: arabicArticle.url, publisher: 'Al-Watan', quote: ARABIC_QUOTE, quoteEnglish: ARABIC_ENGLISH }] });

let harness: MailHarness;
beforeEach(async () => {
  harness = await openMailHarness();
});
afterEach(async () => {
  await harness.close();
});

function parseHtml(html: string): Document {
  return new JSDOM(html).window.document;
}

describe('the emailed digest in other languages', () => {
  it('sets the Arabic quote right to left with lang="ar" and its English beneath, names the languages, lists the unread report', async () => {
    // Prepare
    await harness.putDigest(makeDigest([arabicChange], [arabicArticle, unreadRussian]));
    await ensureConfirmedSubscriber(harness.deps.subscribers, 'reader@example.com', new Date('2025-11-01T00:00:00Z'), 'short');

    // Act
    await sendDigest(DATE, harness.deps);
    const { mail } = await harness.readEml(DATE, 'reader@example.com.eml');

    // Assess: the HTML part
    const document = parseHtml(mail.html || '');
    const quote = [...document.querySelectorAll('blockquote')].find((element) => element.textContent === ARABIC_QUOTE);
    expect(quote?.getAttribute('dir')).toBe('rtl');
    expect(quote?.getAttribute('lang')).toBe('ar');
    expect(quote?.nextElementSibling?.textContent).toBe(`English: ${ARABIC_ENGLISH}`);
    const body = document.body.textContent ?? '';
    expect(body).toContain('— Al-Watan · Arabic');
    expect(body).toMatch(/Also reported[\s\S]*Дамаск запросил у Москвы выдачу Асада — Kommersant · Russian/);
    // Assess: the text part
    const lines = (mail.text ?? '').split('\n');
    const at = lines.findIndex((line) => line.endsWith(`> ${ARABIC_QUOTE}`));
    expect(lines[at + 1]).toBe(`(English: ${ARABIC_ENGLISH})`);
    expect(mail.text).toMatch(/ALSO REPORTED\n\n[^\n]*\n\n- Дамаск запросил у Москвы выдачу Асада <https:\/\/kommersant\.example\/assad> — Kommersant · Russian/);
  });

  it.each(['none', 'short'] as const)('mails a day whose only news is an unread report as a digest to a "%s" quiet-day subscriber', async (quietDay) => {
    // Prepare
    await harness.putDigest(makeDigest([], [unreadRussian]));
    await ensureConfirmedSubscriber(harness.deps.subscribers, 'reader@example.com', new Date('2025-11-01T00:00:00Z'), quietDay);

    // Act
    const report = await sendDigest(DATE, harness.deps);

    // Assess
    expect(report.recipients).toEqual([{ email: 'reader@example.com', outcome: 'sent' }]);
    const { mail } = await harness.readEml(DATE, 'reader@example.com.eml');
    expect(mail.subject).toBe('Syria–Russia, 12 Nov: Also reported in Russian');
    expect(mail.text).toContain('1 report in Russian not read for changes, listed below.');
    expect(mail.text).toContain(`${RUSSIAN_HEADLINE} <https://kommersant.example/assad> — Kommersant · Russian`);
    expect(mail.html).toContain(`<bdi lang="ru">${RUSSIAN_HEADLINE}</bdi>`);
    expect(mail.text).not.toContain('No changes today');
  });
});
