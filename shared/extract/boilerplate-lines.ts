import { splitSentences } from './sentences';

/**
 * Page furniture that Readability sometimes keeps inside the article body: labels of related-link
 * and sharing blocks, newsletter and cookie prompts, photo credits, syndication credits. Labels must
 * match a whole short line, and a line is furniture only when every sentence in it is, so that an
 * article sentence that merely starts with "Related" or "Sign up for the …" is kept.
 */
const LABEL_LINE =
  /^(read more|read also|also read|see also|related( (posts|articles|stories|coverage|content|links))?|more from [\w ]+|most (read|popular|viewed)|trending( now)?|recommended|share( this( story| article| post)?)?|like this|tags|tagged|topics|advertisement|sponsored( content)?|comments are closed[\w ]*|leave a (reply|comment)|skip to (main )?content|follow us[\w ]*)\s*[:.]?$/i;

/** "READ MORE: <headline>", "Photo: Reuters", "Credit: AFP", a "Breaking: …" banner and the like. */
const LABELLED_PREFIX = /^(breaking( news)?|read more|read also|also read|see also|related|watch|listen|photo|photograph|image|picture|credit|source|tags|topics|tagged( with)?)\s*[:|–—-]\s*\S/i;

/** Notices that are furniture wherever they stand in a sentence: cookies, rights, mailing-list small print. */
const NOTICE =
  /\b(we use cookies|this (web)?site uses cookies|accept (all )?cookies|cookie (policy|settings|preferences)|in your inbox|unsubscribe at any time|all rights reserved|reproduction without permission)\b/i;

/**
 * A prompt opens with a call to act and names what the reader would get by mail: "Sign up for our
 * newsletter …". "Sign up for the bundle at any branch" names no such thing and is a real sentence.
 */
const PROMPT_OPENING = /^(sign up|signup|subscribe|register|join|get)\b/i;
const PROMPT_OFFER = /\b(newsletters?|briefings?|inbox|e-?mails?|alerts|digest|never miss)\b/i;

/** "Want more stories like this?": a teaser that turns the rest of its paragraph into a prompt. */
const TEASER = /^want (more|the latest)\b[^?]{0,40}\b(stories|news|articles|coverage|updates|reporting|journalism)\b[^?]*\?/i;

const SYNDICATION_CREDIT = /^this (article|story|report) (was )?(first |originally )?(appeared|published) (in|on|by)\b/i;

/** A rights line, at the start ("© 2025 …") or glued inside ("The contents of this site are ©2019 …"). */
const COPYRIGHT = /^(©|\(c\)|copyright\b)|©\s*\d{4}|\bcopyright (©\s*)?\d{4}/i;

/** Cheap test for a paragraph that might hold a glued boilerplate sentence, before splitting it. */
const MAY_HOLD_BOILERPLATE =
  /©|\(c\)|copyright|rights reserved|reproduction|cookie|inbox|unsubscribe|newsletter|briefing|mail|alerts|digest|never miss|want (more|the latest)|appeared|published/i;

/** Lines (and sentences) longer than this are article prose even when they contain a prompt phrase. */
const MAX_FURNITURE_LENGTH = 200;

/** True when a whole line (paragraph) of extracted text is page furniture rather than article text. */
export function isBoilerplateLine(line: string): boolean {
  const text = line.trim();
  if (text.length === 0) return true;
  if (text.length > MAX_FURNITURE_LENGTH) return false;
  if (LABEL_LINE.test(text) || LABELLED_PREFIX.test(text) || TEASER.test(text)) return true;
  return splitSentences(text).every(isBoilerplateSentence);
}

/**
 * Removes furniture from one paragraph: the whole paragraph when it is furniture, else the
 * boilerplate sentences glued to its start or end (a rights line after the last sentence of the
 * story, a newsletter teaser). Sentences between two sentences of prose are kept.
 */
export function removeBoilerplate(paragraph: string): string {
  if (!MAY_HOLD_BOILERPLATE.test(paragraph) && !LABEL_LINE.test(paragraph) && !LABELLED_PREFIX.test(paragraph)) {
    return paragraph.trim() ? paragraph : '';
  }
  if (isBoilerplateLine(paragraph)) return '';
  const sentences = splitSentences(paragraph);
  let last = findTeaser(sentences) ?? sentences.length;
  while (last > 0 && isBoilerplateSentence(sentences[last - 1]!)) last -= 1;
  let first = 0;
  while (first < last && isBoilerplateSentence(sentences[first]!)) first += 1;
  if (first === 0 && last === sentences.length) return paragraph;
  return sentences.slice(first, last).join(' ');
}

/** The index of a teaser that opens a short prompt at the end of a paragraph, if there is one. */
function findTeaser(sentences: readonly string[]): number | undefined {
  const index = sentences.findIndex((sentence, position) => position > 0 && TEASER.test(sentence));
  if (index < 0) return undefined;
  return sentences.slice(index).join(' ').length <= MAX_FURNITURE_LENGTH ? index : undefined;
}

function isBoilerplateSentence(sentence: string): boolean {
  if (sentence.length > MAX_FURNITURE_LENGTH) return false;
  return (
    NOTICE.test(sentence) ||
    COPYRIGHT.test(sentence) ||
    SYNDICATION_CREDIT.test(sentence) ||
    (PROMPT_OPENING.test(sentence) && PROMPT_OFFER.test(sentence))
  );
}
