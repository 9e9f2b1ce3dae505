import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/extract-article';
import { assessRelevance, isPossiblyRelevant } from '../../shared/relevance/assess-relevance';
import { EXPECTED_ARTICLES, readFixturePage } from '../extract/fixture-pages';
import { SYRIA_RUSSIA } from '../../shared/storyline/syria-russia';

const SEEDS_DIR = join(import.meta.dirname, '..', '..', 'seeds');

describe('assessRelevance on hand-written texts', () => {
  it.each([
    {
      name: 'a Kremlin refusal of an extradition request',
      title: 'Kremlin rejects Damascus request to hand over Assad',
      text: 'Moscow will not extradite the former Syrian president, Dmitry Peskov said on Tuesday.',
      relevant: true,
    },
    {
      name: 'a trade delivery named only in the body',
      title: 'Grain ship docks',
      text: 'A cargo of Russian wheat was unloaded at Latakia.\n\nSyria bought it from exporters in Novorossiysk.',
      relevant: true,
    },
    {
      name: 'Syria only (an olive harvest)',
      title: 'Olive harvest in Idlib recovers',
      text: 'Farmers across Syria expect their best crop in years.\n\nPresses in Idlib and Afrin run all night.',
      relevant: false,
    },
    {
      name: 'Russia only (the war in Ukraine)',
      title: 'Russian strikes hit Kharkiv',
      text: 'Moscow launched drones overnight.\n\nThe Kremlin said its forces hit military targets.',
      relevant: false,
    },
    {
      name: 'Russia with one passing mention of Syria',
      title: 'Kremlin defends its drone campaign in Ukraine',
      text:
        'Russia launched 400 drones overnight, the largest attack of the war.\n\n' +
        'Putin said the strikes were a response to attacks on Russian refineries.\n\n' +
        'Analysts compared the campaign with the air war Moscow waged in Syria a decade ago.',
      relevant: false,
    },
    {
      name: 'a different country named Georgia with a Russia link',
      title: 'Georgia and Russia resume flights',
      text: 'Flights between Tbilisi and Moscow resumed on Monday.',
      relevant: false,
    },
    {
      name: 'an empty article',
      title: '',
      text: '',
      relevant: false,
    },
  ])('$name → relevant: $relevant', ({ title, text, relevant }) => {
    // Act
    const assessment = assessRelevance({ title, text }, SYRIA_RUSSIA);

    // Assess
    expect(assessment.relevant).toBe(relevant);
    expect(assessment.score).toBeGreaterThanOrEqual(0);
    expect(assessment.score).toBeLessThanOrEqual(1);
    expect(assessment.reasons.length).toBeGreaterThan(0);
  });

  it('explains its decision with the terms found on each side', () => {
    // Act
    const assessment = assessRelevance({ title: 'Putin meets Sharaa', text: 'The Kremlin talks covered Tartus.' }, SYRIA_RUSSIA);

    // Assess
    expect(assessment.reasons.join('\n')).toMatch(/syria.*Sharaa ×1.*Tartus ×1/is);
    expect(assessment.reasons.join('\n')).toMatch(/russia.*Putin ×1.*Kremlin ×1/is);
  });

  it('a story set abroad is about the storyline when one paragraph is at home: both sides, a topic, no other place', () => {
    // Prepare: drills off Cyprus (a place the storyline lists as elsewhere), written for this test.
    const title = 'Russian Navy group holds drills south of Cyprus';
    const abroad = [
      'Ships of the Russian Navy held air-defence drills south of Cyprus on Tuesday, the Defence Ministry said.',
      'Greek and Cypriot officials said they were monitoring the drills off Cyprus. A Cypriot official said Cyprus waters were not entered.',
    ];
    const home = 'The ministry also said the Russian naval point at Tartus continues to operate as usual. It did not comment on reports in Syrian media that the last Russian ship had left the port.';

    // Act
    const withHome = assessRelevance({ title, text: [...abroad, home].join('\n\n') }, SYRIA_RUSSIA);
    const homeAmongAbroad = assessRelevance({ title, text: [...abroad, `${home} Cyprus was informed.`].join('\n\n') }, SYRIA_RUSSIA);

    // Assess
    expect(withHome.relevant).toBe(true);
    expect(homeAmongAbroad.relevant).toBe(false);
  });

  it('scores a title mention above the same mention deep in the text', () => {
    // Prepare
    const filler = Array.from({ length: 4 }, () => 'Officials met again on Monday.').join('\n\n');

    // Act
    const inTitle = assessRelevance({ title: 'Russia and Syria talk', text: filler }, SYRIA_RUSSIA);
    const inBody = assessRelevance({ title: 'Talks', text: `${filler}\n\nRussia and Syria talk.` }, SYRIA_RUSSIA);

    // Assess
    expect(inTitle.score).toBeGreaterThan(inBody.score);
    expect(inTitle.relevant).toBe(true);
    expect(inBody.relevant).toBe(false);
  });
});

describe('assessRelevance on the corpus', () => {
  it.each(readdirSync(SEEDS_DIR).filter((file) => file.endsWith('.txt')))('seed %s is relevant', (file) => {
    // Act
    const assessment = assessRelevance({ title: '', text: readFileSync(join(SEEDS_DIR, file), 'utf8') }, SYRIA_RUSSIA);

    // Assess
    expect(assessment.relevant).toBe(true);
  });

  it.each(EXPECTED_ARTICLES.map((article) => [article.path, article.relevant] as const))(
    'fixture %s → relevant: %s (as read)',
    (path, relevant) => {
      // Prepare
      const article = extractArticle(readFixturePage(path), `http://127.0.0.1:8080/${path}`);

      // Act
      const assessment = assessRelevance(article, SYRIA_RUSSIA);

      // Assess
      expect(assessment.relevant).toBe(relevant);
    },
  );
});

describe('isPossiblyRelevant', () => {
  it.each([
    ['Kremlin says talks went well', true],
    ['Olive harvest in Idlib recovers', true],
    ['DAMASCUS: markets reopen', true],
    ['Tartous port handed to DP World', true],
    ['al-Sharaa visits the Gulf', true],
    ['Local council elections in Ohio', false],
    ['Syriac manuscripts found in a monastery', false],
    ['Prussian history exhibition opens', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(isPossiblyRelevant(text, SYRIA_RUSSIA)).toBe(expected);
  });

  it('stays free of jsdom, so the poll step does not pay for a DOM', () => {
    // Prepare
    const sources = readdirSync(join(import.meta.dirname, '..', '..', 'shared', 'relevance')).map((file) =>
      readFileSync(join(import.meta.dirname, '..', '..', 'shared', 'relevance', file), 'utf8'),
    );

    // Assess
    for (const source of sources) expect(source).not.toMatch(/from '(jsdom|@mozilla\/readability|\.\.\/extract[^']*)'/);
  });
});
