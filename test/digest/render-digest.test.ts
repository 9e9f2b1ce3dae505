import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { computeDigest } from '../../shared/digest/compute-digest';
import { renderDigestHtml } from '../../shared/digest/render-html';
import { renderDigestMarkdown } from '../../shared/digest/render-markdown';
import { renderDigestText } from '../../shared/digest/render-text';
import type { Digest } from '../../shared/model/digest';
import { knownSubject, makeClaim, makeRecord, makeState, money } from './factories';
import { SYRIA_RUSSIA } from '../../shared/storyline/syria-russia';
import { textOf } from '../helpers/html-text';

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
    makeRecord('r6', 'Sports Weekly', [], { relevant: false, title: 'Football results' }),
    makeRecord('r7', 'Broken Site', [], { error: 'fetch failed: 503', title: 'Unreachable page' }),
  ];
  return computeDigest({ storyline: SYRIA_RUSSIA, date: '2025-11-02', stateBefore: before, records, generatedAt: '2025-11-03T06:00:00Z' }).digest;
}

/** The seed situation: two subjects named in one sentence by three unnamed seeds, and quotes that open inside speech. */
function seedLikeDigest(): Digest {
  const sentence = 'Talks covered the naval base in Tartus and the air base at Hmeimim.';
  const seed = (n: string, claims: ReturnType<typeof makeClaim>[]) =>
    makeRecord(`seed:00${n}_abcdef`, `Seed 00${n}`, claims, { url: `seed:00${n}_abcdef.txt`, canonicalUrl: `seed:00${n}_abcdef.txt`, title: `Seed headline number ${n}`, extraction: 'seed' });
  const records = [
    seed('1', [makeClaim('bases', 'tartus', 'negotiating', sentence), makeClaim('bases', 'hmeimim', 'negotiating', sentence)]),
    seed('2', [makeClaim('bases', 'tartus', 'negotiating', sentence), makeClaim('bases', 'hmeimim', 'negotiating', sentence)]),
    seed('3', [makeClaim('extradition', 'other', 'requested', '“Sharaa will ask for all of them,” the official said.')]),
  ];
  return computeDigest({ storyline: SYRIA_RUSSIA, date: '2025-10-15', stateBefore: null, records, generatedAt: '2025-10-16T06:00:00Z' }).digest;
}

function emptyDigest(): Digest {
  return computeDigest({ storyline: SYRIA_RUSSIA, date: '2025-11-05', stateBefore: makeState([knownSubject('bases', 'tartus', 'retained', ['SANA'])]), records: [], generatedAt: 'g' }).digest;
}


function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

describe('the reader digest, in every rendering', () => {
  it('writes each change once, as a sentence, and never the same quote twice', () => {
    // Act
    const renderings = [textOf(renderDigestHtml(seedLikeDigest())), renderDigestText(seedLikeDigest())];

    // Assess: Tartus and Hmeimim come from the same sentence of the same articles: one item names both.
    for (const text of renderings) {
      expect(count(text, 'Talks covered the naval base in Tartus and the air base at Hmeimim.')).toBe(1);
      expect(count(text, 'negotiate over the Tartus naval base and the Hmeimim air base')).toBe(1);
      expect(text).not.toContain('Single source:');
    }
  });

  it('shows a quote once even when two different changes rest on the same sentence', () => {
    // Prepare: one sentence gives a port deal and a credit line (different subjects and figures: two items).
    const sentence = 'He announced a $2.5 billion credit line, including upgrades to the Tartus port.';
    const records = [
      makeRecord('r1', 'TASS', [
        makeClaim('investment', 'port', 'proposed', sentence, { facts: [money('$2.5 billion', 2.5e9, 'credit line')] }),
        makeClaim('investment', 'finance', 'proposed', sentence, { facts: [money('$2.5 billion', 2.5e9, 'credit line')] }),
      ]),
    ];
    const digest = computeDigest({ storyline: SYRIA_RUSSIA, date: '2025-11-02', stateBefore: null, records, generatedAt: 'g' }).digest;

    // Act
    const renderings = [textOf(renderDigestHtml(digest)), renderDigestText(digest)];

    // Assess
    for (const text of renderings) {
      expect(text).toContain('Russian port deals proposed');
      expect(text).toContain('Russian financing proposed');
      expect(count(text, sentence)).toBe(1);
    }
  });

  it('names seeds by their headline and never shows an internal id or file name', () => {
    // Act
    const renderings = [renderDigestHtml(seedLikeDigest()), renderDigestMarkdown(seedLikeDigest()), renderDigestText(seedLikeDigest())];

    // Assess
    for (const text of renderings) {
      expect(text).not.toMatch(/seed:|Seed 00|\.txt|abcdef/);
      expect(text).toContain('Seed headline number 3');
    }
  });

  it('adds no quote marks of its own, so a quote that opens inside speech is not doubled', () => {
    // Act
    const text = textOf(renderDigestHtml(seedLikeDigest()));

    // Assess
    expect(text).toContain('“Sharaa will ask for all of them,” the official said.');
    expect(text).not.toMatch(/““|””|“"|"”/);
  });

  it('marks single-source and conflicting items in place, with both sides of a conflict', () => {
    // Act
    const text = renderDigestText(busyDigest());

    // Assess
    expect(text).toContain('Russia and Syria negotiate over the Tartus naval base (was: retained) [single source]');
    // The conflict is the best-supported news of the day (two sources), so it is the lead.
    expect(text).toMatch(/\nReports conflict on Bashar al-Assad: refused or agreed\. \[conflicting reports\]\nrefused:\n\s+> Moscow refused to extradite Assad\.\n[^\n]*TASS\nagreed:\n\s+> Moscow agreed to extradite Assad\./);
    expect(count(text, '[single source]')).toBe(1);
    expect(text).toContain('- Russia keeps the Hmeimim air base (AFP)');
  });

  it('shows readers only articles they can use: no irrelevant or failed page, copies folded under the original', () => {
    // Act
    const text = renderDigestText(busyDigest());

    // Assess
    expect(text).not.toContain('Football results');
    expect(text).not.toContain('Unreachable page');
    expect(text).not.toContain('503');
    expect(text).toContain('Article r4 <https://afp.example/r4> — AFP · also carried by Copy Daily <https://copy-daily.example/r5>');
  });

  it('links a change by its headline, names the outlet, and leaves out the date when it is the digest day', () => {
    // Act
    const html = renderDigestHtml(busyDigest());

    // Assess
    expect(html).toContain('<a href="https://tass.example/r2" style="color:#3a78c8;"><bdi>Article r2</bdi></a> — <bdi>TASS</bdi>');
    expect(textOf(html)).toContain('Sun 2 Nov 2025');
    expect(textOf(html)).not.toMatch(/2025-11-02/);
  });

  it('says an empty day in one line', () => {
    // Act
    const markdown = renderDigestMarkdown(emptyDigest());

    // Assess
    expect(markdown.split('\n').slice(0, 3)).toEqual(['# Syria–Russia digest, Wed 5 Nov 2025', '', 'No changes on Wed 5 Nov 2025: no new articles.']);
    expect(markdown).not.toContain('What else changed');
  });
});

describe('renderDigestMarkdown and renderDigestText', () => {
  it('escapes article text in Markdown and never links a non-http URL', () => {
    // Act
    const markdown = renderDigestMarkdown(busyDigest());

    // Assess
    const unescaped = (pattern: string) => new RegExp(`(^|[^\\\\])${pattern}`, 'm');
    expect(markdown).not.toMatch(unescaped('<script'));
    expect(markdown).not.toMatch(unescaped('<img'));
    expect(markdown).not.toMatch(unescaped('\\[click'));
    expect(markdown).not.toMatch(unescaped('\\]\\(<?javascript'));
  });

  it('writes the plain-text part to be read as text: no Markdown markup, links in angle brackets, the unsubscribe link last', () => {
    // Act
    const text = renderDigestText(busyDigest(), 'https://sitrep.example/u?t=abc');

    // Assess
    expect(text.startsWith('Syria–Russia digest · Sun 2 Nov 2025\n')).toBe(true);
    expect(text).not.toMatch(/\*\*|\\|^#/m);
    expect(text).toContain('WHAT ELSE CHANGED');
    expect(text).toContain('Article r2 <https://tass.example/r2> — TASS');
    expect(text.trimEnd().endsWith('Unsubscribe: https://sitrep.example/u?t=abc')).toBe(true);
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
      expect(document.title).toBe('sitrep digest, Sun 2 Nov 2025');
      expect(document.body.textContent).toContain(HOSTILE_TITLE);
      expect(document.body.textContent).toContain(HOSTILE_QUOTE);
      expect(hrefs).toContain('https://sitrep.example/u?t=abc&x=1');
    } finally {
      window.close();
    }
    expect(digest.articles[0]!.title).toBe(HOSTILE_TITLE);
  });

  it('is laid out for email: lang set, layout tables marked presentation, inline styles, 640px fluid, light and dark', () => {
    // Act
    const html = renderDigestHtml(busyDigest());

    // Assess
    const { window } = new JSDOM(html);
    try {
      const document = window.document;
      expect(document.documentElement.getAttribute('lang')).toBe('en');
      const layout = [...document.querySelectorAll('table')].filter((table) => !table.querySelector(':scope > thead'));
      expect(layout.length).toBeGreaterThan(0);
      expect(layout.every((table) => table.getAttribute('role') === 'presentation')).toBe(true);
      // The board is a data table: it keeps its table semantics (headers, no presentation role).
      const board = [...document.querySelectorAll('table')].find((table) => table.querySelector(':scope > thead'));
      expect(board?.getAttribute('role')).toBeNull();
      expect([...board!.querySelectorAll('th[scope="col"]')].map((th) => th.textContent)).toEqual(['Subject', 'Status', 'Since', 'Sources']);
    } finally {
      window.close();
    }
    expect(html).toContain('<meta name="color-scheme" content="light dark">');
    expect(html).toContain('max-width:640px;width:100%');
    expect(html).not.toMatch(/<style|<link|<script/i);
    expect(html).not.toContain('Unsubscribe');
  });

  it('isolates article text for direction: an Arabic quote is a dir="rtl" block, names and headlines in <bdi>', () => {
    // Prepare: an Arabic headline and quote.
    const records = [makeRecord('r1', 'الوطن', [makeClaim('bases', 'tartus', 'negotiating', 'قال المسؤول إن المحادثات حول طرطوس مستمرة.')], { title: 'محادثات طرطوس' })];
    const digest = computeDigest({ storyline: SYRIA_RUSSIA, date: '2025-11-02', stateBefore: null, records, generatedAt: 'g' }).digest;

    // Act
    const html = renderDigestHtml(digest);

    // Assess
    expect(html).toMatch(/<blockquote dir="rtl" lang="ar" [^>]*>قال المسؤول إن المحادثات حول طرطوس مستمرة.<\/blockquote>/);
    expect(html).toContain('<bdi>محادثات طرطوس</bdi>');
    expect(html).toContain('<bdi>الوطن</bdi>');
  });

  it('renders no unsubscribe link for a non-http URL', () => {
    // Act
    const html = renderDigestHtml(emptyDigest(), { unsubscribeUrl: 'javascript:alert(1)' });

    // Assess
    expect(html).not.toContain('javascript:');
  });
});
