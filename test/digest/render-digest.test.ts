import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { computeDigest } from '../../shared/digest/compute-digest';
import { renderDigestHtml } from '../../shared/digest/render-html';
import { renderDigestMarkdown } from '../../shared/digest/render-markdown';
import type { Digest } from '../../shared/model/digest';
import { knownSubject, makeClaim, makeRecord, makeState } from './factories';
import { SYRIA_RUSSIA } from '../../shared/storyline/syria-russia';

const HOSTILE_TITLE = '</title><script>alert(1)</script>';
const HOSTILE_QUOTE = 'Tartus talks <img src=x onerror=alert(2)> [click](javascript:alert(3)) go on.';

/** A busy day: a status change, a conflict, a reaffirmation, a copy and hostile text in every slot. */
function busyDigest(): Digest {
  const before = makeState([
    knownSubject('bases', 'tartus', 'retained', ['SANA']),
    knownSubject('bases', 'hmeimim', 'retained', ['SANA']),
    knownSubject('extradition', 'assad', 'requested', ['SANA']),
  ]);
  const records = [
    makeRecord('r1', 'Reuters <b>', [makeClaim('bases', 'tartus', 'negotiating', HOSTILE_QUOTE)], { title: HOSTILE_TITLE, url: 'javascript:alert(4)' }),
    makeRecord('r2', 'TASS', [makeClaim('extradition', 'assad', 'refused', 'Moscow refused to extradite Assad.')]),
    makeRecord('r3', 'Al Arabiya', [makeClaim('extradition', 'assad', 'agreed', 'Moscow agreed to extradite Assad.')]),
    makeRecord('r4', 'AFP', [makeClaim('bases', 'hmeimim', 'retained', 'Hmeimim remains in Russian hands.')]),
    makeRecord('r5', 'Copy Daily', [], { duplicateOf: { id: 'r4', url: 'https://news.example/r4' } }),
  ];
  return computeDigest({ storyline: SYRIA_RUSSIA, date: '2025-11-02', stateBefore: before, records, generatedAt: '2025-11-03T06:00:00Z' }).digest;
}

function emptyDigest(): Digest {
  return computeDigest({ storyline: SYRIA_RUSSIA, date: '2025-11-05', stateBefore: makeState([knownSubject('bases', 'tartus', 'retained', ['SANA'])]), records: [], generatedAt: 'g' }).digest;
}

function positions(text: string, markers: string[]): number[] {
  return markers.map((marker) => text.indexOf(marker));
}

describe('renderDigestMarkdown', () => {
  it('orders the sections as issue 3 asks', () => {
    // Act
    const markdown = renderDigestMarkdown(busyDigest());

    // Assess
    const order = positions(markdown, ['## Summary', '## What changed', '## Conflicts and single-source claims', '## Reaffirmed', '## Also carried by', '## Sources']);
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(markdown).toContain('also carried by [Copy Daily](<https://copy-daily.example/r5>)');
    expect(markdown).toContain('- **Extradition:** Assad requested [disputed] [single source]');
  });

  it('escapes article text and never links a non-http URL', () => {
    // Act
    const markdown = renderDigestMarkdown(busyDigest());

    // Assess
    const unescaped = (pattern: string) => new RegExp(`(^|[^\\\\])${pattern}`, 'm');
    expect(markdown).not.toMatch(unescaped('<script'));
    expect(markdown).not.toMatch(unescaped('<img'));
    expect(markdown).not.toMatch(unescaped('\\[click'));
    expect(markdown).not.toMatch(unescaped('\\]\\(<?javascript'));
    expect(markdown).toContain('\\</title\\>\\<script\\>alert(1)\\</script\\> (javascript:alert(4))');
  });

  it('says an empty day in one line', () => {
    // Act
    const markdown = renderDigestMarkdown(emptyDigest());

    // Assess
    expect(markdown).toBe('# sitrep — Syria–Russia digest, 2025-11-05\n\nNo changes on 2025-11-05 (no new articles).\n');
  });
});

describe('renderDigestHtml', () => {
  it('keeps hostile text inert: no script, no handler, links only http(s)', () => {
    // Prepare
    const digest = busyDigest();

    // Act
    const html = renderDigestHtml(digest, { unsubscribeUrl: 'https://sitrep.example/u?t=abc&x=1', preheader: HOSTILE_TITLE });

    // Assess
    const { window } = new JSDOM(html);
    try {
      const document = window.document;
      expect(document.querySelectorAll('script, img, style, link, iframe')).toHaveLength(0);
      expect(document.querySelectorAll('[onerror], [onclick], [onload]')).toHaveLength(0);
      const hrefs = [...document.querySelectorAll('a')].map((anchor) => anchor.getAttribute('href') ?? '');
      expect(hrefs.length).toBeGreaterThan(0);
      expect(hrefs.every((href) => /^https?:\/\//.test(href))).toBe(true);
      expect(document.title).toBe('sitrep digest 2025-11-02');
      expect(document.body.textContent).toContain(HOSTILE_TITLE);
      expect(document.body.textContent).toContain(HOSTILE_QUOTE);
      expect(hrefs).toContain('https://sitrep.example/u?t=abc&x=1');
    } finally {
      window.close();
    }
    // digest.json keeps the text as the article gave it; only the renderings escape it.
    expect(digest.articles[0]!.title).toBe(HOSTILE_TITLE);
    expect(digest.articles[0]!.url).toBe('javascript:alert(4)');
  });

  it('is laid out for email: tables, inline styles, 640px fluid, light and dark', () => {
    // Act
    const html = renderDigestHtml(busyDigest());

    // Assess
    expect(html).toContain('<meta name="color-scheme" content="light dark">');
    expect(html).toContain('max-width:640px;width:100%');
    expect(html).toContain('<table role="presentation"');
    expect(html).not.toMatch(/<style|<link|<script/i);
    expect(html).not.toContain('Unsubscribe');
  });

  it('renders no unsubscribe link for a non-http URL', () => {
    // Act
    const html = renderDigestHtml(emptyDigest(), { unsubscribeUrl: 'javascript:alert(1)' });

    // Assess
    expect(html).not.toContain('javascript:');
  });

  it('orders the sections like the Markdown and says an empty day in one line', () => {
    // Act
    const busy = renderDigestHtml(busyDigest());
    const empty = renderDigestHtml(emptyDigest());

    // Assess
    const order = positions(busy, ['>Summary<', '>What changed<', '>Conflicts and single-source claims<', '>Reaffirmed<', '>Also carried by<', '>Sources<']);
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(empty).toContain('No changes on 2025-11-05 (no new articles).');
    expect(empty).not.toContain('>Summary<');
  });

  it('names both sides of a conflict with their evidence', () => {
    // Act
    const { window } = new JSDOM(renderDigestHtml(busyDigest()));

    // Assess
    try {
      const text = window.document.body.textContent ?? '';
      expect(text).toContain('Assad: conflicting reports — refused (TASS) vs agreed (Al Arabiya)');
      expect(text).toContain('refused: “Moscow refused to extradite Assad.”');
      expect(text).toContain('agreed: “Moscow agreed to extradite Assad.”');
    } finally {
      window.close();
    }
  });
});
