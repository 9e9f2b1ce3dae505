import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/extract-article';
import { MAX_NESTING_DEPTH } from '../../shared/extract/markup-bounds';
import { extractFromFeedContent } from '../../shared/extract/feed-content';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server';
import { EXPECTED_ARTICLES, SITE_DIR } from './fixture-pages';

/** Every request this server receives is a page reaching out: none is allowed. */
let beacon: FixtureServer;
beforeAll(async () => {
  beacon = await startFixtureServer({});
});
afterAll(async () => {
  await beacon.close();
});

const ARTICLE_BODY = Array.from(
  { length: 6 },
  (_, index) => `<p>Paragraph ${index + 1}: Russian and Syrian officials met in Damascus to discuss the naval base at Tartus and its lease.</p>`,
).join('\n');

/** A page that tries every way of running code or loading something (issue 7, case 18). */
function buildHostilePage(origin: string): string {
  return `<!doctype html><html><head><title>Hostile page</title>
<meta http-equiv="refresh" content="0;url=${origin}/meta-refresh">
<link rel="stylesheet" href="${origin}/stylesheet.css">
<base href="${origin}/base/">
<script>globalThis.__sitrepPwned = true; var x = new XMLHttpRequest(); x.open('GET', '${origin}/inline-script'); x.send();</script>
<script src="${origin}/external-script.js"></script>
</head><body>
<img src="${origin}/image.png" onerror="globalThis.__sitrepPwned = true; new Image().src='${origin}/onerror'">
<svg onload="fetch('${origin}/svg-onload')"><script>fetch('${origin}/svg-script')</script></svg>
<iframe src="${origin}/iframe"></iframe><iframe srcdoc="<script>parent.__sitrepPwned=true</script>"></iframe>
<object data="${origin}/object"></object><embed src="${origin}/embed">
<video poster="${origin}/poster.png"><source src="${origin}/video.mp4"></video>
<article><h1>Hostile page</h1>
<p><a href="javascript:fetch('${origin}/javascript-href')">a link</a> and ordinary words.</p>
${ARTICLE_BODY}
<p onclick="fetch('${origin}/onclick')">Clicked text is still text.</p>
</article>
<template><img src="${origin}/template-image.png"></template>
<noscript><img src="${origin}/noscript-pixel.gif"></noscript>
<!-- <script>fetch('${origin}/comment')</script> -->
</body></html>`;
}

describe('extraction runs nothing and loads nothing', () => {
  it('makes no request and sets no global for a page full of scripts and embeds', async () => {
    // Prepare
    const html = buildHostilePage(beacon.url);

    // Act
    const article = extractArticle(html, `${beacon.url}/hostile.html`);
    await new Promise((resolve) => setTimeout(resolve, 500)); // time for any stray load to arrive

    // Assess
    expect(beacon.requests).toEqual([]);
    expect(beacon.connections).toBe(0);
    expect((globalThis as Record<string, unknown>).__sitrepPwned).toBeUndefined();
    expect(article.text).toContain('Paragraph 6: Russian and Syrian officials');
    expect(article.text).toContain('Clicked text is still text.');
    expect(article.text).not.toMatch(/fetch\(|XMLHttpRequest|onerror|javascript:|<script/i);
    expect(article.canonicalUrl).toBeUndefined();
  });

  it('runs nothing from feed content either', async () => {
    // Prepare
    const html = `<script>globalThis.__sitrepPwned = true</script><img src="${beacon.url}/feed-image" onerror="globalThis.__sitrepPwned = true">${ARTICLE_BODY}`;

    // Act
    const article = extractFromFeedContent(html, 'Feed title');
    await new Promise((resolve) => setTimeout(resolve, 300));

    // Assess
    expect(beacon.requests).toEqual([]);
    expect((globalThis as Record<string, unknown>).__sitrepPwned).toBeUndefined();
    expect(article?.text).toContain('Paragraph 1: Russian and Syrian officials');
  });
});

describe('the fixture site served over HTTP', () => {
  it('fetches nothing under /track/ while extracting every page (their inline scripts would)', async () => {
    // Prepare
    const site = await startFixtureServer(SITE_DIR);
    try {
      // Act
      for (const { path } of EXPECTED_ARTICLES) {
        const html = await (await fetch(`${site.url}/${path}`)).text();
        extractArticle(html, `${site.url}/${path}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 500));

      // Assess: only the pages the test itself fetched were requested.
      expect(site.requests.map((request) => request.path).sort()).toEqual(
        EXPECTED_ARTICLES.map(({ path }) => `/${path}`).sort(),
      );
    } finally {
      await site.close();
    }
  });
});

describe('a page with hundreds of thousands of elements (issue 7, case 11)', () => {
  it.each([
    ['flat', (count: number) => '<span>x</span>'.repeat(count)],
    ['nested', (count: number) => '<div>'.repeat(count) + 'x' + '</div>'.repeat(count)],
  ])('refuses a %s DOM bomb before jsdom, quickly', (_shape, build) => {
    // Prepare
    const html = `<html><head><title>Bomb</title></head><body><article>${ARTICLE_BODY}${build(300_000)}</article></body></html>`;

    // Act
    const started = performance.now();
    const attempt = (): unknown => extractArticle(html, 'https://news.example/bomb');

    // Assess
    expect(attempt).toThrow(expect.objectContaining({ name: 'ExtractionError', reason: 'too_many_elements' }));
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('refuses a page nested 1,000 levels deep with few elements, quickly', () => {
    // Prepare: 4 KB of nested <div>s; Readability alone would take ~40 s on it.
    const html = `<html><head><title>Deep</title></head><body>${'<div>'.repeat(1_000)}<article>${ARTICLE_BODY}</article>${'</div>'.repeat(1_000)}</body></html>`;

    // Act
    const started = performance.now();
    const attempt = (): unknown => extractArticle(html, 'https://news.example/deep');

    // Assess
    expect(attempt).toThrow(expect.objectContaining({ name: 'ExtractionError', reason: 'too_deeply_nested' }));
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('extracts a page nested as deep as real templates get', () => {
    // Prepare: 80 levels of wrappers, as on heavy component-built news sites.
    const depth = 80;
    const html = `<html><head><title>Deep but real</title></head><body>${'<div class="wrapper">'.repeat(depth)}<article>${ARTICLE_BODY}</article>${'</div>'.repeat(depth)}</body></html>`;

    // Act
    const started = performance.now();
    const article = extractArticle(html, 'https://news.example/deep-but-real');

    // Assess
    expect(depth).toBeLessThan(MAX_NESTING_DEPTH);
    expect(article.text).toContain('Paragraph 6: Russian and Syrian officials');
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
