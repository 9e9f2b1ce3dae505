/** Two on-topic articles served by the bundle test's local site, and the RSS feed that lists them. */
export interface FixtureItem {
  slug: string;
  title: string;
  paragraphs: string[];
}

export const FEED_ITEMS: FixtureItem[] = [
  {
    slug: 'tartus-talks',
    title: 'Russia and Syria open new talks on the future of the Tartus naval base',
    paragraphs: [
      'Russian and Syrian officials met in Damascus on Tuesday to discuss the future of the Russian naval facility at Tartus, according to the Syrian foreign ministry.',
      'The talks covered the terms under which Russian warships could continue to use the port, a ministry spokesman said, adding that no agreement had yet been reached.',
      'Moscow has operated the facility since the Soviet era and has sought to keep it since the fall of the previous government in December 2024.',
      'Diplomats said a second round of negotiations was expected in Moscow next month, with the Hmeimim air base also on the agenda.',
    ],
  },
  {
    slug: 'wheat-shipment',
    title: 'Russian wheat shipment arrives in Latakia under new trade deal',
    paragraphs: [
      'A cargo of Russian wheat arrived at the port of Latakia on Wednesday, the first delivery under a trade arrangement agreed between Moscow and Damascus.',
      'The shipment of about 30,000 tonnes will be distributed to state bakeries, the Syrian ministry of economy said in a statement.',
      'Officials from both countries described the delivery as a sign of a broader economic relationship, although the financing terms were not disclosed.',
      'Further shipments of wheat and fuel are planned before the end of the year, according to the ministry.',
    ],
  },
];

export function feedXml(siteUrl: string): string {
  const items = FEED_ITEMS.map(
    (item) => `<item><title>${item.title}</title><link>${siteUrl}/articles/${item.slug}</link><guid>${siteUrl}/articles/${item.slug}</guid>
      <description>${item.paragraphs[0]}</description><pubDate>${new Date().toUTCString()}</pubDate></item>`,
  ).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bundle Test News</title><link>${siteUrl}/</link>
    <description>Test feed</description>${items}</channel></rss>`;
}

export function articlePage(item: FixtureItem): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${item.title} | Bundle Test News</title></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>${item.title}</h1><p class="byline">By A. Reporter</p>
${item.paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n')}
</article></main><footer>© Bundle Test News</footer></body></html>`;
}
