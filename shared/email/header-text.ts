/**
 * C0/C1 controls and the Unicode line/paragraph separators: any of them in a header value could
 * start a new header (CR/LF) or confuse a mail client, so none reaches a header.
 */
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g;
/**
 * Format characters (bidi overrides and isolates, zero-width spaces, BOM, tags): invisible, yet
 * they can make a Subject read differently from what it holds. Removed, not replaced.
 */
const FORMAT_CHARACTERS = /\p{Cf}/gu;

/** Subjects longer than this are cut: mail clients show about 60–80 characters anyway. */
export const MAX_SUBJECT_LENGTH = 200;

/** Makes untrusted text safe for a header: format characters go, controls become spaces, runs of spaces collapse, length capped. */
export function sanitiseHeaderText(text: string, maxLength = MAX_SUBJECT_LENGTH): string {
  const flat = text.replace(FORMAT_CHARACTERS, '').replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return flat;
  return `${[...flat].slice(0, maxLength - 1).join('').trimEnd()}…`;
}
