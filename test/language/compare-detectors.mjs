/**
 * How the language detector was chosen (README, "Languages"): eld, tinyld and franc-min on the
 * multilingual fixture pages (article text and headline) and on the English gold articles.
 * Not part of `npm test`: the two candidates that lost are not dependencies. To rerun:
 *   npm install --no-save franc-min@6.2.0 tinyld@1.3.4 && node test/language/compare-detectors.mjs
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { eld } from 'eld/small';
import { franc } from 'franc-min';
import { detect as detectTiny } from 'tinyld';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const stripTags = (html) => html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/\s+/g, ' ');

function loadSamples() {
  const samples = [];
  const multilingual = join(FIXTURES, 'multilingual');
  for (const slug of readdirSync(multilingual)) {
    if (!existsSync(join(multilingual, slug, 'labels.json'))) continue;
    const { language } = JSON.parse(readFileSync(join(multilingual, slug, 'labels.json'), 'utf8'));
    const html = readFileSync(join(multilingual, slug, 'page.html'), 'utf8');
    const text = stripTags(html.slice(html.indexOf('<article>'), html.indexOf('</article>')));
    samples.push({ language, kind: 'text', text }, { language, kind: 'title', text: /<h1>(.*?)<\/h1>/.exec(html)[1] });
  }
  const gold = join(FIXTURES, 'gold');
  for (const slug of readdirSync(gold)) {
    const path = join(gold, slug, 'article.txt');
    if (!existsSync(path)) continue;
    const text = readFileSync(path, 'utf8');
    samples.push({ language: 'en', kind: 'text', text }, { language: 'en', kind: 'title', text: text.split('\n')[0] });
  }
  return samples;
}

const ISO_639_3 = { arb: 'ar', rus: 'ru', eng: 'en' };
const DETECTORS = {
  'eld 2.1 small': (text) => eld.detect(text).language || 'und',
  'tinyld 1.3': (text) => detectTiny(text) || 'und',
  'franc-min 6.2': (text) => ISO_639_3[franc(text, { minLength: 10 })] ?? 'und',
};

const samples = loadSamples();
for (const [name, detect] of Object.entries(DETECTORS)) {
  const score = {};
  for (const sample of samples) {
    const key = `${sample.language}/${sample.kind}`;
    score[key] ??= { right: 0, all: 0 };
    score[key].all += 1;
    if (detect(sample.text) === sample.language) score[key].right += 1;
  }
  console.log(name.padEnd(14), Object.entries(score).map(([key, { right, all }]) => `${key} ${right}/${all}`).join('  '));
}
