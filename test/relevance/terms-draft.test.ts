/**
 * The Arabic and Russian storyline terms drafted for the lead (test/fixtures/multilingual/
 * terms-draft.json) checked as data: keys are DESIGN.md's vocabulary, and a plain reference matcher
 * over them (normaliseForMatching, Arabic proclitics, whole words) separates the fixture pages as
 * the draft's suggested rule says. The lead's relevance engine is what will be measured; this only
 * shows the data can carry it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseForMatching, tokeniseText } from '../../shared/dedupe/normalise-text';
import { STATUSES, SUBJECTS, THREADS, type Thread } from '../../shared/model/vocabulary';
import { extractFixture, loadMultilingualFixtures, MULTILINGUAL_DIR } from '../helpers/multilingual-fixtures';

interface LanguageTerms {
  matching: { proclitics?: string[] };
  parties: { russia: string[]; syria: string[]; officials: Record<string, string[]> };
  places: Record<string, string[]>;
  threads: Record<Thread, string[]>;
  investment_subjects: Record<string, string[]>;
  statuses: Record<Thread, Record<string, string[]>>;
}

const draft = JSON.parse(readFileSync(join(MULTILINGUAL_DIR, 'terms-draft.json'), 'utf8')) as Record<'ar' | 'ru', LanguageTerms>;
const fixtures = loadMultilingualFixtures();

/** True when the term's words occur in order in the text's words; in Arabic the first may carry a proclitic. */
function mentions(words: readonly string[], term: string, proclitics: readonly string[]): boolean {
  const termWords = tokeniseText(term);
  const first = termWords[0]!;
  const bare = first.startsWith('ال') ? first.slice(2) : undefined;
  const firstMatches = (word: string) =>
    word === first ||
    proclitics.some((clitic) => word === normaliseForMatching(clitic) + first || (bare !== undefined && word === normaliseForMatching(clitic) + bare));
  return words.some((word, index) => firstMatches(word) && termWords.slice(1).every((next, offset) => words[index + 1 + offset] === next));
}

function mentionsAny(words: readonly string[], terms: readonly string[], proclitics: readonly string[]): boolean {
  return terms.some((term) => mentions(words, term, proclitics));
}

/** The draft's suggested rule: a Russian side, a Syrian side (a storyline place stands for both), a thread cue. */
function isRelevantByDraft(text: string, terms: LanguageTerms): boolean {
  const words = tokeniseText(text);
  const proclitics = terms.matching.proclitics ?? [];
  const storylinePlace = mentionsAny(words, [...terms.places.tartus!, ...terms.places.hmeimim!, ...terms.places.qamishli!], proclitics);
  const officials = Object.entries(terms.parties.officials);
  const russianOfficials = officials.filter(([name]) => ['putin', 'lavrov', 'peskov', 'novak', 'shoigu', 'belousov', 'bogdanov', 'zakharova', 'yevkurov'].includes(name));
  const syrianOfficials = officials.filter(([name]) => !russianOfficials.some(([russian]) => russian === name));
  const russia = storylinePlace || mentionsAny(words, [...terms.parties.russia, ...russianOfficials.flatMap(([, forms]) => forms)], proclitics);
  const syria = storylinePlace || mentionsAny(words, [...terms.parties.syria, ...syrianOfficials.flatMap(([, forms]) => forms)], proclitics);
  const thread = THREADS.some((name) => mentionsAny(words, terms.threads[name], proclitics));
  return russia && syria && thread;
}

describe('terms-draft.json', () => {
  it.each(['ar', 'ru'] as const)('%s: every thread, subject and status key is in the vocabulary', (language) => {
    const terms = draft[language];
    expect(Object.keys(terms.threads).sort()).toEqual([...THREADS].sort());
    for (const subject of Object.keys(terms.investment_subjects)) expect(SUBJECTS.investment).toContain(subject);
    for (const [thread, statuses] of Object.entries(terms.statuses)) {
      for (const status of Object.keys(statuses)) expect(STATUSES[thread as Thread], `${thread}/${status}`).toContain(status);
    }
  });

  it.each(fixtures.map((fixture) => [fixture.slug, fixture] as const))(
    '%s: the suggested rule over the drafted terms agrees with its relevance label',
    (_slug, fixture) => {
      const page = extractFixture(fixture);
      expect(isRelevantByDraft(`${page.title}\n${page.text}`, draft[fixture.labels.language])).toBe(fixture.labels.relevant);
    },
  );

  it.each(fixtures.filter((fixture) => fixture.labels.relevant).map((fixture) => [fixture.slug, fixture] as const))(
    '%s: each labelled claim sentence holds a drafted cue of its thread',
    (_slug, fixture) => {
      const terms = draft[fixture.labels.language];
      const missing = fixture.labels.claims.filter(
        (claim) => !mentionsAny(tokeniseText(claim.quote), terms.threads[claim.thread as Thread], terms.matching.proclitics ?? []),
      );
      expect(missing.map((claim) => `${claim.thread}: ${claim.quote}`)).toEqual([]);
    },
  );
});
