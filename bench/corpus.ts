/**
 * The benchmark corpus: article pages of realistic, varied size built from the fixture site's
 * templates (test/fixtures/site) and the text of its articles and of the seed corpus. Each page
 * keeps its outlet's furniture (navigation, cookie notice, share bars, scripts, footer) and gets a
 * new story body composed of sentences drawn from the pool, plus the bulk real pages carry: a
 * hydration-state `<script>`, a mega-menu, a "related" link list and a comment thread. About one
 * page in ten is a syndicated copy of an earlier page under another outlet's template.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { splitSentences } from '../shared/extract/sentences';
import { createSeededRandom } from '../shared/dedupe/hashing';

const REPOSITORY_ROOT = join(import.meta.dirname, '..');
const FIXTURE_SITE_DIR = join(REPOSITORY_ROOT, 'test', 'fixtures', 'site');
const SEEDS_DIR = join(REPOSITORY_ROOT, 'seeds');

/** Pages per size class; 500 KB pages are rare on news sites but are the ones that hurt. */
export const SIZE_CLASSES = [
  { label: '20KB', bytes: 20_000, pages: 80, storyBytes: 5_000 },
  { label: '50KB', bytes: 50_000, pages: 60, storyBytes: 9_000 },
  { label: '100KB', bytes: 100_000, pages: 45, storyBytes: 14_000 },
  { label: '200KB', bytes: 200_000, pages: 20, storyBytes: 20_000 },
  { label: '500KB', bytes: 500_000, pages: 10, storyBytes: 30_000 },
] as const;

const SYNDICATED_SHARE = 0.1;

export interface BenchPage {
  /** Path on the corpus server, e.g. `/ledger/bench/0042.html`. */
  path: string;
  html: string;
  bytes: number;
  sizeClass: string;
  title: string;
  publishedAt: string;
}

interface Template {
  outlet: string;
  html: string;
}

/** A story paragraph in a fixture page: a bare `<p>` with at least a sentence of text. */
const STORY_PARAGRAPH = /<p>(?:(?!<\/p>)[\s\S]){80,}?<\/p>/g;

/** Builds the corpus deterministically (same pages on every run). */
export async function generateCorpus(): Promise<BenchPage[]> {
  const templates = await loadTemplates();
  const sentences = await loadSentencePool(templates);
  const random = createSeededRandom(20251015);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const plan = SIZE_CLASSES.flatMap((sizeClass) => Array.from({ length: sizeClass.pages }, () => sizeClass));
  shuffle(plan, random);

  const pages: BenchPage[] = [];
  const stories: Array<{ title: string; paragraphs: string[] }> = [];
  plan.forEach((sizeClass, index) => {
    const syndicated = stories.length > 0 && random() < SYNDICATED_SHARE;
    const story = syndicated ? pick(stories) : composeStory(sizeClass.storyBytes, sentences, random);
    if (!syndicated) stories.push(story);
    const template = pick(templates);
    const path = `/${template.outlet}/bench/${String(index).padStart(4, '0')}.html`;
    const publishedAt = new Date(Date.UTC(2025, 9, 16) + index * 3_600_000).toISOString();
    const html = renderPage(template, story, path, publishedAt, sizeClass.bytes, random);
    pages.push({ path, html, bytes: Buffer.byteLength(html), sizeClass: sizeClass.label, title: story.title, publishedAt });
  });
  return pages;
}

async function loadTemplates(): Promise<Template[]> {
  const files = (await readdir(FIXTURE_SITE_DIR, { recursive: true })).filter((file) => file.endsWith('.html'));
  return Promise.all(
    files.sort().map(async (file) => ({ outlet: file.split('/')[0] as string, html: await readFile(join(FIXTURE_SITE_DIR, file), 'utf8') })),
  );
}

/** Sentences of the fixture stories and the seed articles, as HTML-safe text. */
async function loadSentencePool(templates: readonly Template[]): Promise<string[]> {
  const paragraphs = templates.flatMap((template) =>
    [...template.html.matchAll(STORY_PARAGRAPH)].map((match) => decodeBasicEntities(match[0].replace(/<[^>]+>/g, ''))),
  );
  for (const file of (await readdir(SEEDS_DIR)).filter((name) => name.endsWith('.txt')).sort()) {
    const text = await readFile(join(SEEDS_DIR, file), 'utf8');
    paragraphs.push(...text.split(/\n\s*\n/).filter((paragraph) => paragraph.length > 120));
  }
  return paragraphs.flatMap((paragraph) => splitSentences(paragraph)).filter((sentence) => sentence.length > 40);
}

function composeStory(storyBytes: number, sentences: readonly string[], random: () => number): { title: string; paragraphs: string[] } {
  const paragraphs: string[] = [];
  let size = 0;
  while (size < storyBytes) {
    const count = 2 + Math.floor(random() * 4);
    const paragraph = Array.from({ length: count }, () => sentences[Math.floor(random() * sentences.length)]).join(' ');
    paragraphs.push(paragraph);
    size += paragraph.length + 7;
  }
  const title = (paragraphs[0] as string).split(/\s+/).slice(0, 11).join(' ').replace(/[.,;:]$/, '');
  return { title, paragraphs };
}

function renderPage(
  template: Template,
  story: { title: string; paragraphs: string[] },
  path: string,
  publishedAt: string,
  targetBytes: number,
  random: () => number,
): string {
  const title = escapeHtml(story.title);
  let first = true;
  let html = template.html
    .replace(STORY_PARAGRAPH, () => (first ? ((first = false), story.paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n')) : ''))
    .replace(/<title>[\s\S]*?<\/title>/, `<title>${title}</title>`)
    .replace(/<h1([^>]*)>[\s\S]*?<\/h1>/, `<h1$1>${title}</h1>`)
    .replace(/(<meta property="og:title" content=")[^"]*/, `$1${title}`)
    .replace(/(<link rel="canonical" href=")[^"]*/, `$1${path}`)
    .replace(/(<meta property="article:published_time" content=")[^"]*/, `$1${publishedAt}`);
  const missing = Math.max(0, targetBytes - Buffer.byteLength(html));
  const padding = [
    hydrationScript(Math.floor(missing * 0.35), random),
    megaMenu(Math.floor(missing * 0.2), random),
    relatedLinks(Math.floor(missing * 0.15), random),
    commentThread(Math.floor(missing * 0.3), random),
  ];
  html = html.replace(/<body([^>]*)>/, (tag) => `${tag}\n${padding[1]}`);
  return html.replace('</body>', `${padding[2]}\n${padding[3]}\n${padding[0]}\n</body>`);
}

/** Words for furniture text: link labels, commenters' remarks. */
const FILLER_WORDS = ['update', 'region', 'market', 'opinion', 'video', 'weather', 'sport', 'culture', 'live', 'analysis', 'podcast', 'photos', 'local', 'world', 'business', 'travel'];

function fillerText(words: number, random: () => number): string {
  return Array.from({ length: words }, () => FILLER_WORDS[Math.floor(random() * FILLER_WORDS.length)]).join(' ');
}

/** Inline framework state, as single-page-app news sites ship it (stripped before jsdom). */
function hydrationScript(bytes: number, random: () => number): string {
  const entries: string[] = [];
  for (let size = 0; size < bytes; ) {
    const entry = JSON.stringify({ id: Math.floor(random() * 1e9), headline: fillerText(8, random), tags: fillerText(4, random).split(' ') });
    entries.push(entry);
    size += entry.length + 1;
  }
  return `<script>window.__BENCH_STATE__ = [${entries.join(',')}];</script>`;
}

function megaMenu(bytes: number, random: () => number): string {
  return `<nav class="mega-menu"><ul>${repeatUntil(bytes, () => `<li class="menu-item"><a href="/section/${Math.floor(random() * 1e6)}/">${fillerText(2, random)}</a></li>`)}</ul></nav>`;
}

function relatedLinks(bytes: number, random: () => number): string {
  return `<aside class="related-stories"><h3>More stories</h3><ul>${repeatUntil(
    bytes,
    () => `<li><a href="/story/${Math.floor(random() * 1e6)}.html"><img src="/img/${Math.floor(random() * 1e6)}.jpg" alt=""> ${fillerText(9, random)}</a></li>`,
  )}</ul></aside>`;
}

/** Reader comments: real text in large amounts, which Readability must leave out. */
function commentThread(bytes: number, random: () => number): string {
  return `<section id="comments" class="comments-area"><h2 class="comments-title">Comments</h2><ol class="comment-list">${repeatUntil(
    bytes,
    () =>
      `<li class="comment"><article class="comment-body"><footer class="comment-meta"><span class="fn">reader${Math.floor(random() * 1e4)}</span></footer><div class="comment-content"><p>${fillerText(25, random)}</p></div><div class="reply"><a href="#respond">Reply</a></div></article></li>`,
  )}</ol></section>`;
}

function repeatUntil(bytes: number, next: () => string): string {
  const parts: string[] = [];
  for (let size = 0; size < bytes; ) {
    const part = next();
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}

function shuffle<T>(items: T[], random: () => number): void {
  for (let index = items.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [items[index], items[other]] = [items[other] as T, items[index] as T];
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The entities the fixture stories use, enough to recover their sentences as text. */
function decodeBasicEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&rsquo;/g, '’').replace(/&lsquo;/g, '‘').replace(/&ldquo;/g, '“').replace(/&rdquo;/g, '”')
    .replace(/&mdash;/g, '—').replace(/&ndash;/g, '–').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&');
}
