import type { Thread } from '../model/vocabulary';

/** Reader-facing names of the vocabulary; the contract strings themselves stay in digest.json. */
const THREAD_LABELS: Record<Thread, string> = {
  bases: 'Russian bases',
  extradition: 'Extradition',
  investment: 'Russian investment',
};

const SUBJECT_LABELS: Record<Thread, Record<string, string>> = {
  bases: { tartus: 'Tartus', hmeimim: 'Hmeimim', other: 'Other bases' },
  extradition: { assad: 'Assad', other: 'Other regime figures' },
  investment: {
    energy: 'Energy',
    port: 'Ports',
    transport: 'Transport',
    trade: 'Trade',
    finance: 'Finance',
    other: 'Other deals',
  },
};

/** "Russian bases" for `bases`. */
export function labelThread(thread: Thread): string {
  return THREAD_LABELS[thread];
}

/** "Tartus" for bases/tartus; unknown subjects fall back to their own string. */
export function labelSubject(thread: Thread, subject: string): string {
  return SUBJECT_LABELS[thread][subject] ?? subject;
}

/** "agreement signed" for `agreement_signed`. */
export function labelStatus(status: string): string {
  return status.replace(/_/g, ' ');
}
