/**
 * Who a sentence says is speaking: "Lavrov said", "according to TASS", "Kremlin spokesman Dmitry
 * Peskov said", "a Syrian official told Reuters". Works on the original (cased) sentence, since
 * names are what capital letters mark.
 */
const SPEECH_VERBS = '(?:said|says|told|added|announced|stated|noted|declared|confirmed|insisted|argued|reported|wrote|explained)';
const NAME_RUN = "[A-Z][\\w'\u2019.-]*(?:\\s+(?:al-|bin\\s+)?[A-Z][\\w'\u2019.-]*)*";

const ACCORDING_TO = new RegExp(`\\baccording to (?:the )?(?:state-run |state |official |Syria's |Russia's )?(${NAME_RUN})`);
const NAME_BEFORE_VERB = new RegExp(`(${NAME_RUN})(?:,[^,]{1,60},)?\\s+${SPEECH_VERBS}\\b`);
const VERB_BEFORE_NAME = new RegExp(`\\b${SPEECH_VERBS}\\s+(${NAME_RUN})`);
const ANONYMOUS_SOURCE =
  /\b(?:an?|the) ((?:senior |top |former )?(?:Syrian|Russian|Western|European|Israeli|Turkish|Kremlin|Kurdish) (?:\w+ )?(?:official|source|diplomat|spokesman|spokeswoman|officer))/;

/** Words of office that precede a name ("Russian Foreign Minister Sergei Lavrov"). */
const TITLE_WORDS = new Set([
  'Russian', 'Syrian', 'Foreign', 'Defence', 'Defense', 'Interior', 'Energy', 'Minister', 'Deputy',
  'Prime', 'President', 'Vice', 'Premier', 'Spokesman', 'Spokeswoman', 'Kremlin', 'Ambassador',
  'Interim', 'Secretary', 'General', 'Head', 'Chief', 'Mr', 'Ms', 'Dr', 'The', 'A', 'An', 'But',
  'Yet', 'And', 'Meanwhile', 'However', 'Speaking', 'Later',
]);
/** Capitalised words that look like a name but are not a speaker. */
const NOT_SPEAKERS = new Set(['He', 'She', 'They', 'It', 'We', 'I', 'This', 'That', 'Officials', 'Analysts', 'Sources']);

/** Drops titles in front of a name and the news-agency tail ("TASS news agency" → "TASS"). */
function cleanName(run: string): string | undefined {
  const words = run.replace(/\s+news agency$/i, '').split(/\s+/);
  while (words.length > 1 && TITLE_WORDS.has(words[0] ?? '')) words.shift();
  const name = words.join(' ').replace(/[.,'\u2019]+$/, '');
  if (name.length < 2 || NOT_SPEAKERS.has(name)) return undefined;
  return name;
}

/** The person or outlet the sentence attributes its statement to, when it names one. */
export function findAttribution(sentence: string): string | undefined {
  const according = ACCORDING_TO.exec(sentence)?.[1];
  if (according) return cleanName(according);
  const speaker = NAME_BEFORE_VERB.exec(sentence)?.[1];
  const named = speaker ? cleanName(speaker) : undefined;
  if (named) return named;
  const anonymous = ANONYMOUS_SOURCE.exec(sentence);
  const outlet = VERB_BEFORE_NAME.exec(sentence)?.[1];
  const outletName = outlet ? cleanName(outlet) : undefined;
  if (anonymous?.[1]) return outletName ? `${anonymous[1]} (via ${outletName})` : anonymous[1];
  return outletName;
}
