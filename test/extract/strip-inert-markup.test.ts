import { describe, expect, it } from 'vitest';
import { countStartTags, measureNestingDepth } from '../../shared/extract/markup-bounds';
import { stripInertMarkup } from '../../shared/extract/strip-inert-markup';

describe('stripInertMarkup', () => {
  it.each([
    ['a script with its code', '<p>a</p><script>alert(1)</script><p>b</p>', '<p>a</p><p>b</p>'],
    ['upper-case tags and attributes', '<p>a</p><SCRIPT type="x">y()</SCRIPT ><p>b</p>', '<p>a</p><p>b</p>'],
    ['a style sheet', '<style>.a{b:c}</style><p>a</p>', '<p>a</p>'],
    ['a comment, even one holding a script', '<p>a</p><!-- <script>x()</script> --><p>b</p>', '<p>a</p><p>b</p>'],
    ['noscript, template, iframe, object, svg, math', '<noscript>n</noscript><template>t</template><iframe src=x>i</iframe><object data=o>o</object><svg onload=x><g/></svg><math>m</math><p>a</p>', '<p>a</p>'],
    ['an embed and a base tag (void elements)', '<embed src="x"><base href="http://evil/"><p>a</p>', '<p>a</p>'],
    ['an unclosed script swallows the rest', '<p>a</p><script>never closed <p>b</p>', '<p>a</p>'],
    ['an unclosed comment swallows the rest', '<p>a</p><!-- never closed <p>b</p>', '<p>a</p>'],
    ['a word starting with a tag name is kept', '<p>a</p><scripture>s</scripture><styled>t</styled>', '<p>a</p><scripture>s</scripture><styled>t</styled>'],
    ['text mentioning tags is kept', '<p>use &lt;script&gt; carefully</p>', '<p>use &lt;script&gt; carefully</p>'],
  ])('removes %s', (_name, html, expected) => {
    // Act / Assess
    expect(stripInertMarkup(html)).toBe(expected);
  });

  it('runs in linear time on a page of many unclosed openings', () => {
    // Prepare: 200,000 "<!--" openings with no end would be quadratic for a naive search-per-match.
    const html = '<p>a</p>' + '<!-- x '.repeat(200_000);

    // Act
    const started = performance.now();
    const stripped = stripInertMarkup(html);

    // Assess
    expect(stripped).toBe('<p>a</p>');
    expect(performance.now() - started).toBeLessThan(500);
  });
});

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
