import { wrapEmailDocument } from '../digest/render-html';
import { escapeHtml } from '../digest/escape';
import { ACCENT, FONT, MUTED, SMALL } from '../digest/reader/html-parts';
import { labelThread } from '../digest/labels';
import { THREADS, type Thread } from '../model/vocabulary';

/** Where each page of the archive lives, relative to the site root (site/ in the bucket or data dir). */
export const sitePaths = {
  index: 'index.html',
  feed: 'feed.atom',
  digest: (date: string) => `digests/${date}.html`,
  timeline: (thread: Thread) => `timeline/${thread}.html`,
};

/**
 * A page of the archive: the same document and inline styles as the email (so it is escaped and
 * laid out exactly as strictly), with a line of navigation on top. `root` leads back to the site
 * root from the page ("" or "../").
 */
export function wrapSitePage(title: string, root: string, blocks: readonly string[]): string {
  const link = (text: string, href: string) => `<a href="${escapeHtml(root + href)}" style="color:${ACCENT};">${escapeHtml(text)}</a>`;
  const timelines = THREADS.map((thread) => link(labelThread(thread), sitePaths.timeline(thread)));
  const nav = `<p style="${SMALL}${MUTED}margin:0 0 10px 0;">${[link('All digests', sitePaths.index), ...timelines, link('Atom feed', sitePaths.feed)].join(' · ')}</p>`;
  return wrapEmailDocument(title, [nav, ...blocks]);
}

/** The page's main heading and the line beneath it. */
export function renderPageTitle(title: string, subtitle: string): string {
  return `<h1 style="${FONT}font-size:22px;line-height:1.25;margin:0;">${escapeHtml(title)}</h1><p style="${SMALL}${MUTED}margin:0 0 8px 0;">${escapeHtml(subtitle)}</p>`;
}
