import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Loads the labelled calibration pairs of test/fixtures/pairs: texts written by hand, seed texts,
 * and copies derived from either by the explicit edits listed in derived-texts.json.
 */

const FIXTURES = fileURLToPath(new URL('../fixtures/pairs/', import.meta.url));
const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));

type Edit =
  | { dropLines: string[] }
  | { wrap: { before: string; after: string } }
  | { replace: { from: string; to: string } }
  | { keepParagraphs: { from: number; to: number } }
  | { swapParagraphs: Array<[number, number]> }
  | { straightenQuotes: true }
  | { joinParagraphs: true };

type TextSource = { seed: string } | { from: string; edits: Edit[] };

export interface LabelledPair {
  a: string;
  b: string;
  kind: string;
  duplicate: boolean;
}

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(`${FIXTURES}${name}`, 'utf8')) as T;
}

function splitParagraphs(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
}

function applyEdit(text: string, edit: Edit, name: string): string {
  if ('dropLines' in edit) {
    const dropped = new Set(edit.dropLines);
    const kept = splitParagraphs(text).filter((line) => !dropped.has(line));
    if (kept.length !== splitParagraphs(text).length - dropped.size) throw new Error(`${name}: a dropLines line is missing`);
    return kept.join('\n\n');
  }
  if ('wrap' in edit) return `${edit.wrap.before}${text}${edit.wrap.after}`;
  if ('replace' in edit) {
    if (!text.includes(edit.replace.from)) throw new Error(`${name}: "${edit.replace.from}" not found`);
    return text.replace(edit.replace.from, edit.replace.to);
  }
  if ('keepParagraphs' in edit) {
    return splitParagraphs(text).slice(edit.keepParagraphs.from, edit.keepParagraphs.to).join('\n\n');
  }
  if ('swapParagraphs' in edit) {
    const paragraphs = splitParagraphs(text);
    for (const [left, right] of edit.swapParagraphs) {
      if (left >= paragraphs.length || right >= paragraphs.length) throw new Error(`${name}: no paragraph ${left}/${right}`);
      [paragraphs[left], paragraphs[right]] = [paragraphs[right] as string, paragraphs[left] as string];
    }
    return paragraphs.join('\n\n');
  }
  if ('straightenQuotes' in edit) return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
  return splitParagraphs(text).join(' ');
}

/** Every calibration text by name, with the derived copies materialised. */
export function loadPairTexts(): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [name, text] of Object.entries(readJson<Record<string, string>>('texts-written.json'))) {
    if (!name.startsWith('_')) texts.set(name, text);
  }
  const derived = Object.entries(readJson<Record<string, TextSource | string>>('derived-texts.json'));
  for (const [name, source] of derived) {
    if (name.startsWith('_') || typeof source === 'string') continue;
    if ('seed' in source) {
      texts.set(name, readFileSync(`${SEEDS}${source.seed}`, 'utf8'));
      continue;
    }
    const original = texts.get(source.from);
    if (original === undefined) throw new Error(`${name}: unknown source ${source.from}`);
    texts.set(name, source.edits.reduce((text, edit) => applyEdit(text, edit, name), original));
  }
  return texts;
}

/** The labelled pairs, in file order. */
export function loadLabelledPairs(): LabelledPair[] {
  return readJson<{ pairs: LabelledPair[] }>('pairs.json').pairs;
}
