/** The digest step: thread state, change detection and rendering (pure; buildDigest does the I/O). */
export { computeDigest, type DigestInput } from './compute-digest';
export { detectChanges, type DayChanges } from './detect-changes';
export { escapeHtml, escapeMarkdown, foldLines, safeHttpUrl } from './escape';
export { renderDigestHtml, type HtmlDigestOptions } from './render-html';
export { renderDigestMarkdown } from './render-markdown';
export { renderDigestText } from './render-text';
export { planReaderDigest, describeDigestHeadline } from './reader/plan-reader-digest';
export { parseThreadState, ThreadStateError, ThreadStateSchema, type ThreadState, type SubjectRecord } from './thread-state';
