import { describe, expect, it } from 'vitest';
import { SYRIA_RUSSIA } from '../../shared/storyline/syria-russia';
import { STATUSES, SUBJECTS, THREADS } from '../../shared/storyline/syria-russia/vocabulary';
import { compilePhrase, TermMatcher } from '../../shared/storyline/terms';

describe('the Syria–Russia storyline data', () => {
  it('holds exactly the contract vocabulary of DESIGN.md, in its order', () => {
    expect(SYRIA_RUSSIA.threads.map((thread) => thread.id)).toEqual([...THREADS]);
    for (const thread of SYRIA_RUSSIA.threads) {
      expect(thread.subjects.map((subject) => subject.id)).toEqual([...SUBJECTS[thread.id as keyof typeof SUBJECTS]]);
      expect(thread.statuses.map((status) => status.id)).toEqual([...STATUSES[thread.id as keyof typeof STATUSES]]);
    }
  });

  it('declares a state model over its own statuses only, and marks the DESIGN.md standing positions', () => {
    const standing = new Set(['retained', 'negotiating', 'requested', 'proposed', 'under_consideration']);
    for (const thread of SYRIA_RUSSIA.threads) {
      const ids = new Set(thread.statuses.map((status) => status.id));
      const named = [...thread.stateModel.forward.flat(), ...thread.stateModel.incompatible.flat(), ...thread.stateModel.precedence];
      expect(named.filter((status) => !ids.has(status))).toEqual([]);
      for (const status of thread.statuses) expect(status.kind).toBe(standing.has(status.id) ? 'standing' : 'event');
    }
  });

  it('compiles every cue, alias and exception into a pattern', () => {
    const phrases = SYRIA_RUSSIA.threads.flatMap((thread) => [
      ...thread.topic.en,
      ...thread.subjects.flatMap((subject) => [...subject.aliases.en, ...(subject.unless ?? []), ...(subject.ignore ?? [])]),
      ...thread.statuses.flatMap((status) => status.cues.flatMap((cue) => [...cue.phrases.en, ...(cue.unless ?? [])])),
    ]);
    for (const phrase of phrases) expect(() => new RegExp(compilePhrase(phrase), 'u')).not.toThrow();
  });
});

describe('the term pattern language', () => {
  it.each([
    ['withdr*', 'Russia withdrew its ships', ['withdrew']],
    ['hand ... over', 'they will hand him over soon', ['hand him over']],
    ['[tartus|tartous] port', 'at Tartous port today', ['Tartous port']],
    ['naval base', 'a naval-base upgrade', ['naval-base']],
    ['base', 'database and bases', []],
  ])('%s in "%s"', (phrase, text, expected) => {
    expect(new TermMatcher([phrase]).find(text).map((match) => match.text)).toEqual(expected);
  });

  it('refuses a gap at the edge of a phrase, which could never match mid-sentence', () => {
    expect(() => new TermMatcher(['pull* [most|some] ...'])).toThrow(/never matches/);
    expect(() => new TermMatcher(['... out of'])).toThrow(/never matches/);
  });

  it('answers the same question the same way twice (a global pattern keeps no position)', () => {
    const matcher = new TermMatcher(['base']);
    expect([matcher.test('the base'), matcher.test('the base'), matcher.find('the base').length]).toEqual([true, true, 1]);
  });
});

describe('the term pattern language, alternatives of several words', () => {
  it('keeps a bracketed alternative of several words as one word of the phrase', () => {
    const matcher = new TermMatcher(['withdr* [some|a number|a portion] of']);
    expect(matcher.find('Russia withdrew a number of ships and withdrew some of its jets').map((match) => match.text)).toEqual(['withdrew a number of', 'withdrew some of']);
  });
});
