/**
 * Transcripts, Q&A interviews, briefings and live blogs lead lines with a speaker or a time
 * ("Lavrov: Our military is in Tartus", "Guest: …", "13:02 Russian state television reports…").
 * The lead is not part of what is asserted: it is cut off before the sentence is read, and the
 * speaker's turn goes on until the next lead, so that "we" and "our" in a Russian official's turn
 * mean Russia.
 */
import { RUSSIAN_PARTY } from './lexicon';

/** A line's lead: up to four capitalised words (or Q/A) and a colon, or a clock time. */
const SPEAKER_LEAD = /^((?:[A-Z][\w'’.-]*|al-[A-Z][\w'’-]*)(?:\s+(?:[A-Z][\w'’.-]*|al-[A-Z][\w'’-]*)){0,3}):\s+(?=\S)/;
const TIME_LEAD = /^\d{1,2}[:.]\d{2}\s+(?=\S)/;
/** Leads that introduce a line but name nobody whose side is known. */
const NEUTRAL_LEADS =
  /^(?:q|a|question|answer|host|guest|interviewer|presenter|moderator|reporter|journalist|correspondent|update|note|editor's note|correction|interview|opinion|analysis|live|letter|transcript|imagery|explainer|exclusive|breaking|excerpt)$/i;
/** Russian officials who speak for the state in briefings and interviews, beyond RUSSIAN_PARTY's names. */
const RUSSIAN_OFFICIALS = /\b(?:zakharova|nebenzia|ryabkov|medvedev|belousov|galuzin|vershinin|lavrentiev)\b/;
/** "MOSCOW, October 23." style datelines are not speakers; neither are section labels. */
const NOT_SPEAKERS = /^(?:key findings|outlook|recommendations|background|context|summary|prices|update|note|source|sources)$/i;

export interface SpeakerLine {
  /** The sentence without its lead. */
  text: string;
  /** True when the line had a lead: a new turn starts. */
  led: boolean;
  /** The speaker the lead names, when it names one. */
  speaker?: string;
}

/** Cuts a speaker or time lead off a sentence. */
export function readSpeakerLine(sentence: string): SpeakerLine {
  const trimmed = sentence.trim();
  const time = TIME_LEAD.exec(trimmed);
  if (time) return { text: trimmed.slice(time[0].length), led: true };
  const lead = SPEAKER_LEAD.exec(trimmed);
  const name = lead?.[1];
  if (!lead || !name || NOT_SPEAKERS.test(name)) return { text: trimmed, led: false };
  return { text: trimmed.slice(lead[0].length), led: true, ...(NEUTRAL_LEADS.test(name) ? {} : { speaker: name }) };
}

/** True when the named speaker is on the Russian side (a Russian official or outlet by name). */
export function isRussianSpeaker(speaker: string): boolean {
  return RUSSIAN_PARTY.test(speaker.toLowerCase()) || RUSSIAN_OFFICIALS.test(speaker.toLowerCase());
}

/** "we", "our", "us": the speaker's own side. */
export const FIRST_PERSON_PLURAL = /\b(?:we|our|ours|us)\b/;
