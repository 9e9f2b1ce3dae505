import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { isFurnitureName, removePageFurniture } from '../../shared/extract/remove-page-furniture';

const prose = (words: string): string => `<p>${words} The delegation stayed in Damascus for three days of talks on the port.</p>`;
const story = (count: number): string => Array.from({ length: count }, (_, index) => prose(`Paragraph ${index + 1}.`)).join('');
const chrome = (count: number): string =>
  `<ul class="menu">${Array.from({ length: count }, (_, index) => `<li><a href="/s${index}">Section number ${index} of the site</a></li>`).join('')}</ul>`;

function parse(body: string): Document {
  return new JSDOM(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`).window.document;
}

describe('isFurnitureName', () => {
  it.each([
    ['read-more', true], ['readmore', true], ['inline-newsletter', true], ['sd-sharing-enabled', true],
    ['related-content', true], ['paywall', true], ['hr-hover-card', true], ['author-bio', true], ['jp-relatedposts', true],
    ['entry-content-read-more', false], ['article-body-paywall', false], ['entry-content', false], ['caption', false],
    ['wp-caption-text', false], ['shareholders', false],
  ])('%s → %s', (name, furniture) => {
    expect(isFurnitureName(name)).toBe(furniture);
  });
});

describe('removePageFurniture', () => {
  it('keeps the container of the story when its class holds a furniture word, though chrome outweighs it', () => {
    // Prepare: the page's links and comments hold far more text than the story.
    const document = parse(`${chrome(80)}<div class="paywall">${story(4)}</div><div id="comments">${prose('A reader wrote.')}</div>`);

    // Act
    removePageFurniture(document);

    // Assess
    expect(document.querySelectorAll('.paywall p')).toHaveLength(4);
    expect(document.getElementById('comments')).toBeNull();
  });

  it('keeps the ancestors of the story container, and a furniture block that holds much of the prose', () => {
    // Prepare: the story sits under a `share`-named wrapper; a `related` block holds half the prose.
    const document = parse(`<div class="share-wrap"><article>${story(3)}</article></div><div class="related">${story(3)}</div>`);

    // Act
    removePageFurniture(document);

    // Assess
    expect(document.querySelector('.share-wrap article')).not.toBeNull();
    expect(document.querySelector('.related')).not.toBeNull();
  });

  it('removes small furniture blocks inside the story and reports the prose they held', () => {
    // Prepare
    const box = '<p>Our weekly newsletter on the coast.</p>';
    const document = parse(`<article>${story(5)}<aside class="inline-newsletter">${box}<button>Go</button></aside></article>`);

    // Act
    const removed = removePageFurniture(document);

    // Assess
    expect(document.querySelector('.inline-newsletter')).toBeNull();
    expect(document.querySelectorAll('article p')).toHaveLength(5);
    expect(removed).toBe('Our weekly newsletter on the coast.'.length);
  });

  it('marks captions for the text step instead of removing them', () => {
    // Prepare
    const document = parse(`<article>${story(3)}<p class="wp-caption-text">The pier at Tartus.</p></article>`);

    // Act
    removePageFurniture(document);

    // Assess
    expect(document.querySelector('.wp-caption-text')?.classList.contains('sitrep-caption')).toBe(true);
  });
});
