/**
 * The gold timelines are well formed: every folder has its timeline.json, every article its labels,
 * every label and expected change is in the storyline's vocabulary, and every article is dated on
 * its day. Checks the fixtures' shape only; what sitrep makes of them is `npm run eval`'s business.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isValidClaimKey } from '../../shared/model/vocabulary';
import { SYRIA_RUSSIA } from '../../shared/storyline/syria-russia';
import { loadTimelines, TIMELINES_DIR } from './digest-eval';

const folders = readdirSync(TIMELINES_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();

describe('gold timelines', async () => {
  const timelines = await loadTimelines();

  it('every folder is a readable timeline', () => {
    expect(timelines.map((timeline) => timeline.name).sort()).toEqual(folders);
  });

  it.each(folders)('%s: labels and expected changes are in the vocabulary, articles dated on their day', (name) => {
    const timeline = timelines.find((candidate) => candidate.name === name)!;
    const invalid = [...timeline.baseline, ...timeline.days.flatMap((day) => [...(day.expected ?? []), ...day.articles.flatMap((article) => article.goldClaims)])].filter(
      (key) => !isValidClaimKey(SYRIA_RUSSIA, key.thread, key.subject, key.status),
    );
    expect(invalid).toEqual([]);
    for (const day of timeline.days) for (const article of day.articles) expect(article.publishedAt.slice(0, 10), article.id).toBe(day.date);
  });
});
