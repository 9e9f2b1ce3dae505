/**
 * History older than a year relative to the article (DESIGN.md: background, not a claim):
 * "in 2015", "since 2019", "in December 2017". "December 2024" in an October 2025 article is
 * recent and counts.
 */
const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];
const DATED_REFERENCE = new RegExp(
  `\\b(?:in|since|until|from|by|during|between|after|before|of|early|late|mid-?)\\s+(?:(?:early|late|mid-?)\\s+)?(?:(${MONTHS.join('|')})\\s+)?((?:19|20)\\d{2})\\b`,
  'g',
);
const YEAR_MS = 365 * 24 * 60 * 60 * 1000;
/** How far back (characters) "the first … since 2012" may start: keeps the check linear. */
const FIRST_SINCE_REACH = 80;
const FIRST_SINCE = /\b(?:first|last|longest|largest|biggest)\b(?:\s+\S+){0,5}?\s+since\s+(?:\S+\s+)?(?:19|20)\d{2}$/;

/** The last moment a reference like "March 2015" or "2015" can mean. */
function endOfReference(year: number, month: string | undefined): number {
  const monthIndex = month ? MONTHS.indexOf(month) : 11;
  return Date.UTC(year, monthIndex + 1, 1) - 1;
}

/** Undated markers of the old regime's time ("contracts signed under Bashar al-Assad"). */
const ASSAD_ERA = /\b(?:under (?:the )?(?:bashar )?(?:al-)?assad(?: regime| government)?|assad-era|pre-war)\b/;

/**
 * "the contract that had been concluded with Stroytransgaz in 2019", "a presence that began in
 * 2019": a date in a relative clause about an earlier event or a start dates that, not what the
 * main clause reports.
 */
const BACKGROUND_RELATIVE =
  /\b(?:that|which|who) (?:had (?:been )?\w+|began|begun|started|dat(?:es|ed) (?:back )?(?:to|from)|was (?:established|set up|founded|built|opened|signed|concluded))[^,;]*/g;

/** True when the clause dates what it says more than a year before `publishedAt`. */
export function isOldHistory(text: string, publishedAt: string | null): boolean {
  if (ASSAD_ERA.test(text)) return true;
  const clause = text.replace(BACKGROUND_RELATIVE, ' ');
  if (!publishedAt) return false;
  const published = Date.parse(publishedAt);
  if (Number.isNaN(published)) return false;
  for (const match of clause.matchAll(DATED_REFERENCE)) {
    // "the first trains since 2012 ran on Monday": the year measures how new the event is.
    const end = match.index + match[0].length;
    if (FIRST_SINCE.test(clause.slice(Math.max(0, end - FIRST_SINCE_REACH), end))) continue;
    if (published - endOfReference(Number(match[2]), match[1]) > YEAR_MS) return true;
  }
  return false;
}
