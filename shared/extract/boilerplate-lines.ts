/**
 * Page furniture that Readability sometimes keeps inside the article body: labels of related-link
 * and sharing blocks, newsletter and cookie prompts, photo credits, syndication credits. Each
 * pattern must match a whole short line, so that an article sentence that merely starts with
 * "Related" or mentions a newsletter is kept.
 */
const LABEL_LINE =
  /^(read more|read also|also read|see also|related( (posts|articles|stories|coverage|content|links))?|more from [\w ]+|most (read|popular|viewed)|trending( now)?|recommended|share( this( story| article| post)?)?|like this|tags|tagged|topics|advertisement|sponsored( content)?|comments are closed[\w ]*|leave a (reply|comment)|skip to (main )?content|follow us[\w ]*)\s*[:.]?$/i;

/** "READ MORE: <headline>", "Photo: Reuters", "Credit: AFP", a "Breaking: …" banner and the like. */
const LABELLED_PREFIX = /^(breaking( news)?|read more|read also|also read|see also|related|watch|listen|photo|photograph|image|picture|credit|source|tags|topics|tagged( with)?)\s*[:|–—-]\s*\S/i;

const PROMPT =
  /\b(we use cookies|this (web)?site uses cookies|accept (all )?cookies|cookie (policy|settings|preferences)|sign up (for|to) (our|the)\b|subscribe to (our|the)\b[\w ]*newsletter|in your inbox|unsubscribe at any time|all rights reserved|reproduction without permission)\b/i;

const SYNDICATION_CREDIT = /^this (article|story|report) (was )?(first |originally )?(appeared|published) (in|on|by)\b/i;

const COPYRIGHT = /^(©|\(c\)|copyright\b)/i;

/** Lines longer than this are article prose even when they contain a prompt phrase. */
const MAX_FURNITURE_LENGTH = 200;

/** True when a whole line (paragraph) of extracted text is page furniture rather than article text. */
export function isBoilerplateLine(line: string): boolean {
  const text = line.trim();
  if (text.length === 0) return true;
  if (text.length > MAX_FURNITURE_LENGTH) return false;
  return (
    LABEL_LINE.test(text) ||
    LABELLED_PREFIX.test(text) ||
    PROMPT.test(text) ||
    SYNDICATION_CREDIT.test(text) ||
    COPYRIGHT.test(text)
  );
}
