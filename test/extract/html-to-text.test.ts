import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { convertHtmlToText } from '../../shared/extract/html-to-text';

const LEAD = '<p>Two Russian landing ships returned to Tartus at the start of November, satellite images show.</p>';

function convert(body: string): string {
  return convertHtmlToText(JSDOM.fragment(body));
}

describe('convertHtmlToText: links', () => {
  it.each([
    ['a linked headline the sentence goes on from', '<p><a href="/a">Russian firm Rusagro Trans bids for a ten-year lease of the Tartus grain silos</a>, the biggest storage site on the coast.</p>'],
    ['a linked subject of a lower-case predicate', '<p><a href="/b">Two Russian survey ships spent four days off the old Baniyas pipeline terminal</a> and left on Friday for Novorossiysk.</p>'],
  ])('keeps %s', (_, html) => {
    expect(convert(html)).toBe(JSDOM.fragment(html).textContent);
  });

  it.each([
    ['a label and a link', '<p>READ MORE: <a href="/c">What the Navy Day cancellation does and does not tell us</a></p>'],
    ['a link alone', '<p><a href="/d">Hmeimim runway works finish ahead of winter, officials say</a></p>'],
    ['a linked headline and a short tail', '<p><a href="/e">Fuel queues return to Latakia as deliveries slip again</a> · 3 min read</p>'],
    ['a linked headline and a new sentence of teaser', '<p><a href="/f">Fuel queues return to Latakia as deliveries from the refinery slip again this week</a> Drivers waited.</p>'],
    ['a linked headline then more links', '<p><a href="/g">Fuel queues return to Latakia as deliveries slip again this week</a>, <a href="/h">Tartus ferry to Arwad resumes</a> and more.</p>'],
  ])('drops %s', (_, html) => {
    expect(convert(LEAD + html)).toBe(JSDOM.fragment(LEAD).textContent);
  });
});

describe('convertHtmlToText: captions', () => {
  const longCaption =
    'An image taken on 3 November shows the two landing ships moored stern-first at the northern pier, with vehicles lined up on the quay.';

  it('keeps a long caption that stands after the story has begun, without its credit', () => {
    // Prepare
    const html = `${LEAD}<figure><img src="x.jpg"><figcaption>${longCaption} Image: Planet Labs</figcaption></figure><p>The ministry did not comment on the ships.</p>`;

    // Act
    const text = convert(html);

    // Assess
    expect(text.split('\n\n')).toEqual([JSDOM.fragment(LEAD).textContent, longCaption, 'The ministry did not comment on the ships.']);
  });

  it.each([
    ['a short caption', `${LEAD}<figure><figcaption>The northern pier at Tartus. Photo: Reuters</figcaption></figure>`],
    ['a long caption before the story begins', `<figure><figcaption>${longCaption}</figcaption></figure>${LEAD}`],
    ['a short caption marked by class', `${LEAD}<p class="sitrep-caption">Cranes at the commercial harbour of Tartus. (SANA)</p>`],
  ])('drops %s', (_, html) => {
    expect(convert(html)).toBe(JSDOM.fragment(LEAD).textContent);
  });
});
