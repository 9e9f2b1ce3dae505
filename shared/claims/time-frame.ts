/**
 * When a clause says its event happened. A digest announces what is new: an event the article
 * dates weeks before its own publication is a recap, and a position dated years back is history.
 */
import { TermMatcher } from '../storyline/terms';
import type { StatusKind } from '../storyline/types';
import type { Era } from './compile-storyline';
import { CONTINUING, FRESH_TIMES, LONG_AGO, MONTH_ABBREVIATIONS, MONTHS, PAST_PERFECT } from './english';

/** An event dated this many days (three weeks) or more before the article is a recap, not news. */
export const EVENT_RECAP_DAYS = 21;
/** A standing position dated more than this many days back is history (DESIGN.md: over a year). */
export const POSITION_HISTORY_DAYS = 365;
/**
 * Words said this many days (a week) or more before the article are a retelling of what was said:
 * news reports what was said in the days before it, and a statement of two weeks ago was news then.
 */
export const STATEMENT_RECAP_DAYS = 7;

/** A speech verb and what dates it, up to "that", a comma or the clause's end ("said in an interview on 27 September that …"). */
const DATED_SPEECH = /\b(?:said|told|stated|announced|declared|confirmed|wrote|posted|reiterated|insisted)\b((?:(?!\bthat\b)[^,;])*)/g;

/** True when a speech verb in the clause is dated a week or more before the article. */
function spokeLongBefore(clause: string, published: Date): boolean {
  for (const match of clause.matchAll(DATED_SPEECH)) {
    if (agesInDays(match[1] ?? '', published).some((age) => age >= STATEMENT_RECAP_DAYS)) return true;
  }
  return false;
}

const DAY_MS = 86_400_000;
const continuing = new TermMatcher(CONTINUING);
const longAgo = new TermMatcher(LONG_AGO);
const pastPerfect = new TermMatcher(PAST_PERFECT);
const freshTimes = new TermMatcher(FRESH_TIMES);
/** What a clause dates this many days or fewer before the article is of the days it covers. */
const FRESH_DAYS = 6;

/**
 * True when the clause dates what it says in the days the article covers: a weekday, "yesterday",
 * or a date at most FRESH_DAYS before publication, and nothing older. Such a sentence reports news
 * wherever it stands in the article.
 */
export function isDatedNow(fullClause: string, publishedAt: string | null, cue?: { index: number; length: number }): boolean {
  // What dates only a noun ("the agreement under discussion since 2025") does not date the clause.
  const clause = clauseDatesOwn(fullClause, cue);
  const published = publishedAt ? new Date(publishedAt) : null;
  const ages = published && !Number.isNaN(published.getTime()) ? agesInDays(clause, published) : [];
  if (ages.some((age) => age > FRESH_DAYS || age < -1)) return false;
  return freshTimes.test(clause) || ages.length > 0;
}
const MONTH = MONTHS.join('|');
/** An abbreviated month stands for a month only before a day or a year ("Jan. 12", "Sept. 2025"), never alone ("mar"). */
const MONTH_ABBREVIATION = String.raw`(?:${MONTH_ABBREVIATIONS.flat().join('|')})\.?(?=\s+\d)`;
/** "in March 2024", "on 3 March 2024", "March 3, 2024", "Jan. 3", "in 2019", "March" alone. */
const DATE_EXPRESSION = new RegExp(
  String.raw`\b(?:(\d{1,2})\s+)?(${MONTH}|${MONTH_ABBREVIATION})(?:\s+(\d{1,2}))?,?(?:\s+(\d{4}))?\b|\b(?:in|since|from|until|by|of|during|early|late|mid-?)\s+((?:19|20)\d{2})\b|\b((?:19|20)\d{2})\b`,
  'g',
);

/**
 * A year that modifies a noun ("the 2013 chemical attack", "its 2017 lease") dates that noun, not
 * the clause's verb: "handed over officers wanted over the 2013 attack" is a handover today.
 */
const NOUN_MODIFIER_YEAR = /\b(?:the|a|an|its|their|his|her|this|that|whose)\s+(?:19|20)\d{2}\s+(?=[a-z])/g;

/** The day a month without one stands for: "the end of March" is its last days, "early March" its first. */
function dayInMonth(before: string): number {
  if (/\b(?:end\s+of|late)\s+$/.test(before)) return 28;
  if (/\b(?:beginning\s+of|start\s+of|early)\s+$/.test(before)) return 3;
  return 15;
}

const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, several: 3, few: 3 };
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30 };
const COUNT = String.raw`(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)`;
/**
 * A span counted back from the article: "three weeks ago" anywhere; "three weeks after the workers
 * said…" when it opens the clause (it dates what follows "after" from today, the main clause being
 * the article's present). "Three weeks later" counts from another event and is not read.
 */
const SPAN_AGO = new RegExp(String.raw`\b${COUNT}\s+(day|week|month)s?\s+ago\b|^\s*(?:and\s+|but\s+)?${COUNT}\s+(day|week|month)s?\s+after\b`, 'g');

function spanDays(count: string, unit: string): number {
  const number = /^\d/.test(count) ? Number(count) : (COUNTS[count.replace(/^a\s+/, '')] ?? 1);
  return number * (UNIT_DAYS[unit] ?? 1);
}

/** January is 0; a month written in full or abbreviated. */
function monthIndex(name: string): number {
  const bare = name.replace(/\.$/, '');
  const full = MONTHS.indexOf(bare);
  return full >= 0 ? full : MONTH_ABBREVIATIONS.findIndex((abbreviations) => abbreviations.includes(bare));
}

/** The dates a clause names, resolved against the publication time (a bare month is the last one). */
export function findDates(clause: string, published: Date): Date[] {
  const dates: Date[] = [];
  for (const match of clause.matchAll(SPAN_AGO)) {
    const [, agoCount, agoUnit, afterCount, afterUnit] = match;
    const days = spanDays((agoCount ?? afterCount)!, (agoUnit ?? afterUnit)!);
    dates.push(new Date(published.getTime() - days * DAY_MS));
  }
  for (const match of clause.replace(NOUN_MODIFIER_YEAR, (text) => ' '.repeat(text.length)).matchAll(DATE_EXPRESSION)) {
    const [, dayBefore, monthName, dayAfter, monthYear, prepYear, bareYear] = match;
    if (monthName) {
      // "may" is a modal verb far more often than a month: only "may 2024" or "in may" count.
      if (monthName === 'may' && !monthYear && !/\b(?:in|since|until|by|early|late|mid-?|last|of)\s+may\b/.test(clause.slice(Math.max(0, match.index - 8), match.index + 3))) continue;
      const month = monthIndex(monthName);
      const day = Number(dayBefore ?? dayAfter ?? dayInMonth(clause.slice(Math.max(0, match.index - 20), match.index)));
      let year = monthYear ? Number(monthYear) : published.getUTCFullYear();
      if (!monthYear && Date.UTC(year, month, day) > published.getTime() + 7 * DAY_MS) year -= 1;
      dates.push(new Date(Date.UTC(year, month, Math.min(day, 28))));
    } else {
      const year = Number(prepYear ?? bareYear);
      // A bare year is its middle; the current year is no evidence of age.
      if (year !== published.getUTCFullYear()) dates.push(new Date(Date.UTC(year, 6, 1)));
    }
  }
  return dates;
}

/**
 * When a clause places its status:
 * - `history`: over a year before the article (DESIGN.md: background, not a claim);
 * - `recap`: an event weeks before it ("in March, the troops left…", "had withdrawn", "last
 *   month") — still asserted, but not today's news, so it never announces a change;
 * - `current`: nothing says it is old.
 */
export type TimeFrame = 'current' | 'recap' | 'history';

const HISTORY = new TermMatcher(['years ago', 'a decade', 'decades', 'soviet era', 'cold war', 'in the [1970s|1980s|1990s|2000s|2010s]', 'for [years|decades]', 'amid [a|the] ... war']);

/** "down from six in September": the date of a comparison's baseline, not of the event. */
const COMPARISON = /\b(?:down|up|compared|rising|falling|fell|rose|dropped|compared)\s+(?:from|with|since)\b[^,;]*/g;

/**
 * A participle that dates the noun before it ("a contract signed last month", "the request filed in
 * May"): after the status's cue, its time is that noun's, not the cue's. Up to the next comma.
 */
/** Participles that date or place the noun before them ("a contract signed …", "an offer awarded …"). */
const NOUN_PARTICIPLES = 'signed|agreed|concluded|struck|sealed|awarded|granted|announced|reached|filed|submitted|issued|approved|ratified|made|taken|sent|delivered|tabled|published|adopted';
const DATED_NOUN = new RegExp(String.raw`\b(?:a|an|the|its|their|this|that|his|her)\s+(?:[$€£]?[\w'-]+(?:[,.]\d[\w'-]*)*\s+){0,6}?(?:${NOUN_PARTICIPLES})(?:\s+(?:by|to)\s+[^,;]{1,60}?)?\s+(?:in|on|last|earlier|back|during|at)\b[^,;]*`, 'g');

/** The same set off by a comma ("a rival offer from a Russian firm, tabled during a visit in November"). */
const DATED_APPOSITIVE = /,\s+(?:[\w'-]+ed|made|taken|given|held|sent|won|signed|struck)\s+(?:in|on|last|earlier|back|during|at)\b[^,;]*/g;

/**
 * A relative clause between a subject and the passive verb that is the cue ("the dock that the navy
 * kept there for a decade was towed out"): its times are the noun's story, not the cue's.
 */
const RELATIVE_BEFORE_PASSIVE = /\b(?:that|which|who)\s+([^,;]*?)\s+(?:was|were|has been|have been|had been|is being|are being)\s+(?:[\w'-]+\s+)?$/;

/**
 * A starting point after the cue ("the second delivery since the leaders met last month", "the first
 * since 2011"): it dates what the event is counted from, not the event. Up to the next comma.
 */
const SINCE_POINT = /\bsince\b[^,;]*/g;

/**
 * What a wanted person is accused of, after the cue ("refused to extradite a general accused of
 * ordering the shelling of Homs in 2012"): its date is the crime's, not the decision's. Up to the next comma.
 */
const ACCUSATION = /\b(?:accused|suspected|charged|convicted|wanted|indicted|blamed|sentenced)\b[^,;]*/g;

/** A possessive date ("under February's wheat contract", "last year's deal"): it dates the noun it owns, wherever it stands. */
const POSSESSIVE_DATE = new RegExp(String.raw`\b(?:${MONTH}|(?:last|this|next)\s+(?:week|month|year)|(?:19|20)\d{2})'s\b`, 'g');

/**
 * A result set off after the event ("left on Sunday, ending a presence that began in 2019"): its
 * dates are those of what ended, not of the event. Up to the end of the clause.
 */
const RESULT_PHRASE = /,\s*(?:ending|marking|closing|concluding|capping)\b[^;]*/g;

/**
 * A relative clause after the cue that tells what someone said of the noun ("a drawdown at the site
 * that it had denied a month ago"): its date is the account's, not the event's. Up to the next comma.
 */
const ACCOUNT_OF_NOUN = /\b(?:that|which)\s+(?:[\w'-]+\s+){0,4}?(?:had\s+|has\s+|have\s+)?(?:denied|dismissed|rejected|reported|announced|confirmed|rumoured|rumored|mentioned|predicted|forecast|promised|hinted at|discussed|called|described)\b[^,;]*/g;

/**
 * A relative clause set off by commas between the subject and its verb ("the contract, which was
 * renewed in 2031, has been terminated"): its times are the noun's story. Up to its closing comma.
 */
const PARENTHETICAL_RELATIVE = /\b(?:which|who)\b[^,;]*,(?=\s*(?:"\s*)?(?:has|have|had|was|were|is|are|will)\s)/g;

/** The clause with what dates only a noun blanked out: a possessive date, after the cue, or in a relative clause before it. */
function withoutDatedNouns(clause: string, cueStart: number, cueEnd: number): string {
  const blankAfterCue = (match: string, offset: number) => (offset >= cueEnd ? ' '.repeat(match.length) : match);
  let text = clause.replace(POSSESSIVE_DATE, (match) => ' '.repeat(match.length)).replace(DATED_NOUN, blankAfterCue).replace(DATED_APPOSITIVE, blankAfterCue).replace(SINCE_POINT, blankAfterCue).replace(ACCUSATION, blankAfterCue).replace(RESULT_PHRASE, blankAfterCue).replace(ACCOUNT_OF_NOUN, blankAfterCue);
  text = text.replace(PARENTHETICAL_RELATIVE, (match, offset: number) => (offset + match.length <= cueStart ? ' '.repeat(match.length) : match));
  const relative = RELATIVE_BEFORE_PASSIVE.exec(text.slice(0, cueStart));
  if (relative?.[1]) {
    const start = relative.index + relative[0].indexOf(relative[1]);
    text = text.slice(0, start) + ' '.repeat(relative[1].length) + text.slice(start + relative[1].length);
  }
  return text;
}

/**
 * What places a noun, not the clause's status, in a period: a relative clause ("a general who
 * served under the old regime") and, after the cue, a participle of its own ("cancelled a contract
 * awarded to a foreign firm under the old regime").
 */
const RELATIVE_CLAUSE = /\b(?:who|whom|whose|which|that)\b[^,;]*/g;
const PARTICIPLE_PHRASE = new RegExp(String.raw`\b(?:${NOUN_PARTICIPLES}|held|run|operated|built|owned|given|won|accused|convicted|wanted|appointed|served|serving)\b[^,;]*`, 'g');

/**
 * A relative clause's pluperfect before the cue ("helicopters that had been parked there since the
 * spring are no longer there"): it tells the noun's story, not when the clause's event happened.
 */
const RELATIVE_PERFECT = /\b(?:that|which|who)\s+had\s+(?:been\s+)?[\w'-]+/g;

function withoutRelativePerfect(clause: string, cueStart: number): string {
  return clause.replace(RELATIVE_PERFECT, (match, offset: number) => (offset + match.length <= cueStart ? ' '.repeat(match.length) : match));
}

/** True when `clause` places its status in one of the storyline's periods that had ended by `publishedAt` (see `Storyline.eras`). */
function inPastEra(clause: string, eras: readonly Era[], cueEnd: number, publishedAt: string | null): boolean {
  const published = publishedAt ? new Date(publishedAt).getTime() : Number.NaN;
  // Without a publication date, an article is taken to be read after every period ended.
  const ended = eras.filter((era) => Number.isNaN(published) || era.ended.getTime() < published);
  if (ended.length === 0) return false;
  const blank = (match: string) => ' '.repeat(match.length);
  const text = clause.replace(RELATIVE_CLAUSE, blank).replace(PARTICIPLE_PHRASE, (match, offset: number) => (offset >= cueEnd ? blank(match) : match));
  return ended.some((era) => era.phrases.test(text));
}

/** How many days before `published` each date the text gives lies. */
function agesInDays(text: string, published: Date): number[] {
  return findDates(text, published).map((date) => (published.getTime() - date.getTime()) / DAY_MS);
}

/** The clause with what dates only its nouns, and a comparison's baseline, blanked: what is left dates the clause. */
function clauseDatesOwn(fullClause: string, cue?: { index: number; length: number }): string {
  return (cue ? withoutDatedNouns(fullClause, cue.index, cue.index + cue.length) : fullClause).replace(COMPARISON, ' ');
}

export function readTimeFrame(fullClause: string, publishedAt: string | null, kind: StatusKind, reportedSpeech: boolean, cue?: { index: number; length: number }, eras: readonly Era[] = []): TimeFrame {
  const clause = clauseDatesOwn(fullClause, cue);
  if (kind === 'standing' && continuing.test(clause)) return 'current';
  if (HISTORY.test(clause)) return 'history';
  // A period spans years and ended before the story: what it holds is background, whenever it ended.
  if (inPastEra(clause, eras, cue ? cue.index + cue.length : 0, publishedAt)) return 'history';
  if (publishedAt) {
    const published = new Date(publishedAt);
    if (!Number.isNaN(published.getTime())) {
      const ages = agesInDays(clause, published);
      if (ages.some((age) => age > POSITION_HISTORY_DAYS)) return 'history';
      if (kind === 'event' && ages.some((age) => age >= EVENT_RECAP_DAYS)) return 'recap';
      if (reportedSpeech && spokeLongBefore(clause, published)) return 'recap';
    }
  }
  if (kind !== 'event') return 'current';
  // "said it had filed a request" is reported speech, not a recap.
  return longAgo.test(clause) || (!reportedSpeech && pastPerfect.test(withoutRelativePerfect(clause, cue?.index ?? 0))) ? 'recap' : 'current';
}
