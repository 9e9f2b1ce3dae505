import { describe, expect, it } from 'vitest';
import { ExtractionError } from '../../shared/extract/extraction-error';
import { countStartTags, MAX_NESTING_DEPTH, MAX_PAGE_ELEMENTS, measureNestingDepth } from '../../shared/extract/markup-bounds';
import { stripInertMarkup } from '../../shared/extract/strip-inert-markup';

describe('stripInertMarkup', () => {
  it.each([
    ['a script with its code', '<p>a</p><script>alert(1)</script><p>b</p>', '<p>a</p><p>b</p>'],
    ['upper-case tags and attributes', '<p>a</p><SCRIPT type="x">y()</SCRIPT ><p>b</p>', '<p>a</p><p>b</p>'],
    ['a style sheet', '<style>.a{b:c}</style><p>a</p>', '<p>a</p>'],
    ['a comment, even one holding a script', '<p>a</p><!-- <script>x()</script> --><p>b</p>', '<p>a</p><p>b</p>'],
    ['noscript, template, iframe, object, svg, math', '<p>x</p><noscript>n</noscript><template>t</template><iframe src=x>i</iframe><object data=o>o</object><svg onload=x><g/></svg><math>m</math><p>a</p>', '<p>x</p><p>a</p>'],
    ['an embed and a base tag (void elements)', '<embed src="x"><base href="http://evil/"><p>a</p>', '<p>a</p>'],
    ['an unclosed script swallows the rest', '<p>a</p><script>never closed <p>b</p>', '<p>a</p>'],
    ['an unclosed comment swallows the rest', '<p>a</p><!-- never closed <p>b</p>', '<p>a</p>'],
    ['a word starting with a tag name is kept', '<p>a</p><scripture>s</scripture><styled>t</styled>', '<p>a</p><scripture>s</scripture><styled>t</styled>'],
    ['text mentioning tags is kept', '<p>use &lt;script&gt; carefully</p>', '<p>use &lt;script&gt; carefully</p>'],
  ])('removes %s', (_name, html, expected) => {
    // Act / Assess
    expect(stripInertMarkup(html)).toBe(expected);
  });

  it('cuts one comment when 200,000 openings follow an unclosed one', () => {
    expect(stripInertMarkup('<p>a</p>' + '<!-- x '.repeat(200_000))).toBe('<p>a</p>');
  });

  // Cut as the browser's parser reads the page: what it reads as text stays text, byte for byte.
  it.each([
    ['an inert tag inside a quoted attribute value', '<p title="<svg onload=x></svg>">a</p>'],
    ['an inert tag inside raw text (textarea, title, xmp)', '<title>a <script>b</script></title><textarea><svg></svg></textarea><xmp><!-- c --></xmp>'],
    ['a tag-like word in text', '<p>3 <script 4</p>'],
  ])('keeps %s', (_name, html) => {
    expect(stripInertMarkup(html)).toBe(html);
  });

  it('never lets a cut change how the rest parses: an element inside an attribute value stays in the attribute', () => {
    // Prepare: a regular expression cutting `<svg …></svg>` out of the attribute would end the
    // attribute early and turn the `<meta>` after it into the raw text of `<xmp>`.
    const html = '<p>a</p><xmp x="><svg onerror="alert(1)"></svg></xmp><meta http-equiv="refresh" content="0;url=javascript:alert(1)">';

    // Act
    const stripped = stripInertMarkup(html);

    // Assess
    expect(stripped).toBe(html);
  });

  it('writes a text `<` just before a cut as `&lt;`, so it cannot open a tag with what follows', () => {
    expect(stripInertMarkup('<p>a<<!-- -->a href="javascript:x">b</p>')).toBe('<p>a&lt;a href="javascript:x">b</p>');
  });

  it('refuses a page with more elements than the limit', () => {
    const html = '<br>'.repeat(MAX_PAGE_ELEMENTS + 1);
    expect(() => stripInertMarkup(html, 'https://example.com/a')).toThrow(ExtractionError);
    expect(() => stripInertMarkup('<br>'.repeat(MAX_PAGE_ELEMENTS - 10))).not.toThrow();
  });

  it('refuses a page nested deeper than the limit, stopping the parse there', () => {
    const error = catchError(() => stripInertMarkup('<ins>'.repeat(20_000), 'https://example.com/a'));
    expect(error).toBeInstanceOf(ExtractionError);
    expect((error as ExtractionError).reason).toBe('too_deeply_nested');
    expect(() => stripInertMarkup('<ins>'.repeat(MAX_NESTING_DEPTH - 2))).not.toThrow();
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('markup bounds', () => {
  it.each([
    ['<p>a</p><div><span>b</span></div>', 3],
    ['a < b and 3<4', 0],
    ['<!doctype html><html>', 1],
  ])('countStartTags(%j) = %i', (html, expected) => {
    expect(countStartTags(html)).toBe(expected);
  });

  // Depth as the HTML parser's stack of open elements counts it: html and body are two levels.
  it.each([
    ['<div><div><span>x</span></div></div>', 5],
    ['<p>one<p>two<p>three', 3],
    ['<ul><li>a<li>b</ul><ul><li>c</ul>', 4],
    ['<div></div><div></div>', 3],
    ['</div></div><div>', 3],
    // Void elements never open a level.
    ['<br><br><img src=x><hr><input>', 2],
    ['<ins><ins><x-wrap><x-wrap>x', 6],
    ['<li>'.repeat(500), 3],
    ['<table><tr><td><table><tr><td>x', 10],
    // The parser reopens every unclosed <b> before the next one (distinct attributes escape the
    // "Noah's Ark" cap of three): the tenth round nests nine reopened <b>s and a new one in a <div>.
    [Array.from({ length: 10 }, (_, index) => `<div><b id=${index}></div>`).join('') + 'x', 13],
    // Identical ones are capped at three by that clause: html, body, div, three reopened, one new.
    ['<div><b id=0></div>'.repeat(10) + 'x', 7],
  ])('measureNestingDepth(%j) = %i', (html, expected) => {
    expect(measureNestingDepth(html)).toBe(expected);
  });

  it('stops counting as soon as the limit is passed', () => {
    expect(measureNestingDepth('<ins>'.repeat(20_000), 256)).toBe(257);
  });
});
