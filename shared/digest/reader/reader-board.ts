import type { Digest } from '../../model/digest';
import { labelStatus, labelSubject, labelThread } from '../labels';
import { formatShortDate } from './human-date';
import type { BoardThread } from './types';

/**
 * "Where things stand": per thread, each known subject with its status, since when and how many
 * independent sources back it. The count comes from today's evidence; a subject not in today's
 * news shows "1" when it rests on one source, else "2+" (the thread state keeps no count).
 */
export function buildBoard(digest: Digest): BoardThread[] {
  return digest.threads
    .filter(({ subjects }) => subjects.length > 0)
    .map(({ thread, subjects, changes }) => ({
      thread,
      label: labelThread(thread),
      rows: subjects.map((state) => {
        const about = changes.filter((change) => change.subject === state.subject);
        const articles = new Set(about.flatMap((change) => change.evidence.map((evidence) => evidence.articleId)));
        const count = state.singleSource ? '1' : articles.size > 1 ? String(articles.size) : '2+';
        return {
          subject: labelSubject(thread, state.subject),
          status: labelStatus(state.status),
          since: formatShortDate(state.since),
          sources: count,
          changedToday: state.changed,
          disputed: about.some((change) => change.kind === 'conflict'),
        };
      }),
    }));
}
