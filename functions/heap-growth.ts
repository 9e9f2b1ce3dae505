/*
 * How far V8 lets the heap grow between full collections, for the processes that read pages with
 * jsdom: the process Lambda, the replay and the bench (imported first by each, before any page is
 * read). After a full GC V8 lets the old generation grow to up to 4 × what survived before the
 * next one; a page's DOM is garbage as soon as its text is out, so reading the bench corpus in one
 * thread peaked at ≈ 760 MB RSS with ≈ 120 MB live. A fixed 1.5 × kept that peak at ≈ 420 MB, at
 * the price of more full GCs (≈ 12–20 % more time reading the corpus in the runs of README, Issue
 * 17, fourth pass). It is no limit: a page whose DOM needs more still gets it, so no page fails for
 * it (a heap cap would fail the largest pages).
 *
 * Set from code because Lambda's NODE_OPTIONS does not accept the flag. The flag only feeds V8's
 * choice of the next collection's threshold; set in a running process, it ran in every bench and
 * test run of that pass (the page-reader threads included). More full GCs no longer cost the term
 * patterns a recompilation: that came from `matchAll`'s copies of a pattern, which the term
 * matchers no longer use (README, Issue 17, fifth pass).
 * V8's flags are per process: the page-reader threads share it, under their own heap cap.
 */
import { setFlagsFromString } from 'node:v8';

/** The old generation may grow to 1.5 × what survived the last full GC before the next one. */
export const HEAP_GROWING_PERCENT = 50;

setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
