/**
 * Transcripts, Q&A interviews, briefings and live blogs lead lines with a speaker or a time
 * ("Spokesman: We have nothing to add", "13:02 State television reports…"). The lead is not part
 * of what is asserted: it is cut off before the sentence is read, and the speaker's turn goes on
 * until the next lead, so that "we" and "our" in an official's turn mean that official's side.
 */

/** A line's lead: up to four capitalised words (or Q/A), an optional "(outlet)", and a colon; or a clock time. */
const SPEAKER_LEAD = /^((?:[A-Z][\w'’.-]*|al-[A-Z][\w'’-]*)(?:\s+(?:[A-Z][\w'’.-]*|al-[A-Z][\w'’-]*)){0,3})(?:\s+\([^()]{1,40}\))?:\s+(?=\S)/;
const TIME_LEAD = /^(?:\d{1,2}[:.]\d{2}(?:\s?(?:am|pm|GMT|UTC|local))?|(?:Update|UPDATE)\s+\d{1,2}[:.]\d{2})\s*[:—–-]?\s+(?=\S)/;
/**
 * A wire dateline: the place in capitals, then perhaps a country or a date and the agency, then a
 * dash ("PARIS, France (Wire) — ", "LONDON, Oct 15 (Reuters) - "). It says where the story was
 * filed, not who acts, so it is cut off as a lead is (no turn starts).
 */
const DATELINE = /^[A-Z][A-Z'’.-]+(?:[ /][A-Z][A-Z'’.-]+){0,3}(?:,[^,—–()]{1,30}){0,2}(?:\s*\([^()]{1,40}\))?\s*(?:—|–|--|\s-)\s+(?=\S)/;
/** Leads that introduce a line but name nobody whose side could be known. */
const NEUTRAL_LEADS =
  /^(?:q|a|question|answer|host|anchor|newsreader|guest|interviewer|presenter|moderator|reporter|journalist|correspondent|update|note|editor's note|correction|clarification|interview|opinion|analysis|live|letter|transcript|imagery|explainer|exclusive|breaking|excerpt|claim|verdict|rating|context|fact)$/i;
/** Leads of the one who asks: a question's premise ("Q: There is talk of patrols returning…") is nobody's claim. */
const QUESTIONER_LEADS = /^(?:q|question|interviewer|host|anchor|newsreader|presenter|moderator|reporter|journalist|correspondent)$/i;
/** "MOSCOW, October 23." style datelines are not speakers; neither are section labels. */
const NOT_SPEAKERS = /^(?:key findings|outlook|recommendations|background|context|summary|prices|update|note|source|sources|read more|related|see also|what we found|the claim|the facts|bottom line)$/i;

export interface SpeakerLine {
  /** The sentence without its lead. */
  text: string;
  /** True when the line had a lead: a new turn starts. */
  led: boolean;
  /** The speaker the lead names, when it names one. */
  speaker?: string;
  /** The lead is the questioner's: this turn asks, it asserts nothing. */
  asks?: boolean;
  /** The lead is a clock time: an entry of a live blog or a timeline starts. */
  timed?: boolean;
}

/** The sentence without a wire dateline at its start. */
export function withoutDateline(sentence: string): string {
  const trimmed = sentence.trim();
  return trimmed.slice(DATELINE.exec(trimmed)?.[0].length ?? 0);
}

/** Cuts a dateline, and a speaker or time lead, off a sentence. */
export function readSpeakerLine(sentence: string): SpeakerLine {
  const trimmed = withoutDateline(sentence);
  const time = TIME_LEAD.exec(trimmed);
  if (time) return { text: trimmed.slice(time[0].length), led: true, timed: true };
  const lead = SPEAKER_LEAD.exec(trimmed);
  const name = lead?.[1];
  if (!lead || !name || NOT_SPEAKERS.test(name)) return { text: trimmed, led: false };
  return {
    text: trimmed.slice(lead[0].length),
    led: true,
    ...(NEUTRAL_LEADS.test(name) ? {} : { speaker: name }),
    ...(QUESTIONER_LEADS.test(name) ? { asks: true } : {}),
  };
}

/** "we", "our", "us": the speaker's own side. */
export const FIRST_PERSON_PLURAL = /\b(?:we|our|ours|us)\b/;
