import type { Thread } from '../../model/vocabulary';

/**
 * How a reader would say what happened: the noun phrase of each subject and one sentence per
 * status, written for subscribers (presentation only; digest.json keeps the contract strings).
 * Every sentence is short enough for an email subject line (tested for every combination).
 */
const SUBJECT_PHRASES: Record<Thread, Record<string, string>> = {
  bases: { tartus: 'the Tartus naval base', hmeimim: 'the Hmeimim air base', other: 'other bases in Syria' },
  extradition: { assad: 'Bashar al-Assad', other: 'former regime figures' },
  investment: {
    energy: 'Russian energy deals',
    port: 'Russian port deals',
    transport: 'Russian transport deals',
    trade: 'Russian trade shipments',
    finance: 'Russian financing',
    other: 'other Russian deals',
  },
};

/** `{s}` is replaced by the subject phrase (or several joined with "and"). */
const STATUS_SENTENCES: Record<Thread, Record<string, string>> = {
  bases: {
    retained: 'Russia keeps {s}',
    negotiating: 'Russia and Syria negotiate over {s}',
    reduced: 'Russia scales down {s}',
    withdrawn: 'Russia withdraws from {s}',
    expanded: 'Russia expands {s}',
    agreement_signed: 'Basing agreement signed for {s}',
  },
  extradition: {
    requested: 'Syria asks Russia to hand over {s}',
    refused: 'Russia refuses to hand over {s}',
    under_consideration: 'Russia weighs handing over {s}',
    agreed: 'Russia agrees to hand over {s}',
    handed_over: 'Russia hands over {s}',
  },
  investment: {
    proposed: '{s} proposed',
    signed: '{s} signed',
    cancelled: '{s} cancelled',
    implemented: '{s} under way',
  },
};

/** "the Tartus naval base"; unknown subjects fall back to their own string. */
export function phraseSubject(thread: Thread, subject: string): string {
  return SUBJECT_PHRASES[thread][subject] ?? subject.replace(/_/g, ' ');
}

/** "Russia and Syria negotiate over the Tartus naval base and the Hmeimim air base". */
export function describeSubjectStatus(thread: Thread, subjects: readonly string[], status: string): string {
  const phrases = subjects.map((subject) => phraseSubject(thread, subject));
  const joined = phrases.length <= 1 ? (phrases[0] ?? '') : `${phrases.slice(0, -1).join(', ')} and ${phrases.at(-1)}`;
  const template = STATUS_SENTENCES[thread][status] ?? `{s}: ${status.replace(/_/g, ' ')}`;
  const sentence = template.replace('{s}', () => joined);
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
