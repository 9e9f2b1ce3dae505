import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderDigestHtml } from '../../shared/digest/render-html';
import { renderDigestMarkdown } from '../../shared/digest/render-markdown';
import { ARABIC_QUOTE, buildMultilingualDigest, RUSSIAN_QUOTE } from './render-languages';

function findQuoteElement(html: string, quote: string): Element {
  const document = new JSDOM(html).window.document;
  const element = [...document.querySelectorAll('blockquote')].find((candidate) => candidate.textContent?.includes(quote));
  if (!element) throw new Error(`no blockquote holds ${quote}`);
  return element;
}

describe('a digest with articles in Arabic, Russian and English', () => {
  it('keeps each article\'s language in digest.json', () => {
    // Act
    const digest = buildMultilingualDigest();

    // Assess
    expect(Object.fromEntries(digest.articles.map((article) => [article.id, article.language]))).toEqual({ ar1: 'ar', ru1: 'ru', en1: 'en', ru2: 'ru', en2: 'en' });
  });

  it('sets an Arabic quote right to left, in Arabic, in the HTML', () => {
    // Act
    const quote = findQuoteElement(renderDigestHtml(buildMultilingualDigest()), ARABIC_QUOTE);

    // Assess
    expect(quote.getAttribute('dir')).toBe('rtl');
    expect(quote.getAttribute('lang')).toBe('ar');
    expect(quote.textContent?.trim()).toBe(ARABIC_QUOTE);
  });

  it('leaves a Russian quote left to right', () => {
    const quote = findQuoteElement(renderDigestHtml(buildMultilingualDigest()), RUSSIAN_QUOTE);
    expect(quote.getAttribute('dir')).toBeNull();
  });

  it('names a foreign article\'s language beside its source, in the HTML and the Markdown', () => {
    // Act
    const html = new JSDOM(renderDigestHtml(buildMultilingualDigest())).window.document.body.textContent ?? '';
    const markdown = renderDigestMarkdown(buildMultilingualDigest());

    // Assess
    for (const text of [html, markdown]) {
      expect(text).toMatch(/عنب بلدي\s*\(in Arabic\)/);
      expect(text).toMatch(/ТАСС\s*\(in Russian\)/);
      expect(text).toMatch(/Reuters, 2025-11-02/);
    }
  });

  it('lists a relevant foreign article no claim was read from under "Also reported", with outlet and language', () => {
    // Act
    const markdown = renderDigestMarkdown(buildMultilingualDigest());
    const html = new JSDOM(renderDigestHtml(buildMultilingualDigest())).window.document;

    // Assess
    const section = markdown.slice(markdown.indexOf('## Also reported'), markdown.indexOf('## Sources'));
    expect(section.split('\n').filter((line) => line.startsWith('- '))).toEqual([
      '- [Дамаск напомнил о Башаре Асаде](<https://kommersant.example/ru2>) — Коммерсантъ (in Russian)',
    ]);
    const heading = [...html.querySelectorAll('h2')].find((element) => element.textContent === 'Also reported');
    expect(heading?.closest('tr')?.nextElementSibling?.textContent).toMatch(/Дамаск напомнил о Башаре Асаде — Коммерсантъ \(in Russian\)/);
  });
});
