/**
 * Issue 7, cases 19 and 20 on the email path: hostile article text in a digest → escaped in the
 * HTML part, no CR/LF reaching a header, no extra recipient; only http(s) links. The produced
 * `.eml` is read back with mailparser, as a mail client would.
 */
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendDigest } from '../../shared/jobs/send-digest';
import { makeChange, makeDigest, makeDigestArticle } from '../email/digest-factory';
import { openMailHarness, readHeaderLines, type MailHarness } from '../email/harness';
import { registerHostileGroup } from './figures';

const figures = registerHostileGroup('email output');
const SCRIPT_TITLE = '</title><script>alert(1)</script>';
const BCC_TITLE = 'Tartus deal\r\nBcc: x@example.com';
let harness: MailHarness;
let raw: string;
let mail: Awaited<ReturnType<MailHarness['readEml']>>['mail'];

beforeAll(async () => {
  harness = await openMailHarness();
  const digest = makeDigest(
    [
      makeChange({ summary: BCC_TITLE }),
      makeChange({
        kind: 'new_claim',
        subject: 'energy',
        summary: `Energy: ${SCRIPT_TITLE}`,
        evidence: [{ articleId: 'a2', url: 'javascript:alert(document.cookie)', publisher: '<img src=x onerror=alert(1)>', quote: '<svg onload=alert(1)>' }],
      }),
    ],
    [
      makeDigestArticle({ id: 'a1', title: SCRIPT_TITLE }),
      makeDigestArticle({ id: 'a2', title: BCC_TITLE, publisher: '<img src=x onerror=alert(1)>', url: 'javascript:alert(1)', canonicalUrl: 'javascript:alert(1)' }),
    ],
  );
  await harness.putDigest(digest);
  await harness.deps.subscribers.putConfirmed('reader@example.com', 'short', new Date('2025-11-01T00:00:00Z'));
  await figures.observe([], () => sendDigest(digest.date, harness.deps));
  ({ raw, mail } = await harness.readEml(digest.date, 'reader@example.com.eml'));
});
afterAll(async () => {
  await harness.close();
});

describe('hostile: article text in the emailed digest', () => {
  it('case 20: a title with "\\r\\nBcc: x@example.com" gives one Subject header and no extra recipient', () => {
    // Assess
    const lines = readHeaderLines(raw);
    expect(lines.filter((line) => /^subject:/i.test(line))).toHaveLength(1);
    expect(lines.filter((line) => /^(bcc|cc|to):/i.test(line))).toEqual(['To: reader@example.com']);
    expect(mail.bcc).toBeUndefined();
    // The subject is written from the vocabulary, so no article text reaches it at all.
    expect(mail.subject).toBe('Syria–Russia, 12 Nov: Russian port deals cancelled (+1 more)');
    // The title with CR/LF is still shown in the body, folded to one line.
    expect(mail.text).toContain('Tartus deal Bcc: x@example.com');
  });

  it('case 19: a title "</title><script>alert(1)</script>" is escaped in the HTML part', () => {
    // Assess
    expect(mail.html).not.toMatch(/<script/i);
    expect(mail.html).toContain('&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    // Parsed as a browser would: the hostile markup must be text, never elements or handlers.
    const { window } = new JSDOM(mail.html || '');
    const elements = [...window.document.querySelectorAll('*')];
    expect(window.document.querySelectorAll('script, svg, img, iframe').length).toBe(0);
    expect(elements.flatMap((element) => element.getAttributeNames()).filter((name) => name.startsWith('on'))).toEqual([]);
    expect(window.document.body.textContent).toContain('<img src=x onerror=alert(1)>');
    window.close();
  });

  it('case 19: the plain-text part carries the title as text, not as markup to run', () => {
    // Assess: a text/plain part is never rendered, so the words may stay as written.
    expect(mail.text).toContain('alert(1)');
    expect(mail.textAsHtml ?? '').not.toMatch(/<script/i);
  });

  it('case 19: no javascript: link in the HTML part, only http(s) hrefs', () => {
    // Assess
    const hrefs = [...(mail.html || '').matchAll(/href="([^"]*)"/g)].map((match) => match[1]!);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => /^https?:\/\//.test(href))).toBe(true);
  });
});
