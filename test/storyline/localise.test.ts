import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../shared/claims/extract-claims';
import { localiseThread } from '../../shared/storyline/localise';
import { SYRIA_RUSSIA } from '../../shared/storyline/syria-russia';
import type { ThreadDefinition } from '../../shared/storyline/types';

const THREAD: ThreadDefinition = {
  id: 'dams', label: 'Dams', definition: 'Dams on the river.',
  topic: { en: ['dam'] },
  subjects: [{ id: 'north', label: 'North dam', aliases: { en: ['north dam'] } }],
  references: ['the dam'],
  statuses: [{ id: 'opened', label: 'opened', kind: 'event', definition: 'The dam opened.', examples: [], cues: [{ phrases: { en: ['opened'] } }] }],
  stateModel: { forward: [], incompatible: [], precedence: ['opened'] },
};

describe('localiseThread', () => {
  it('adds topic words, aliases and one cue per status in other languages, keeping the English', () => {
    // Act
    const localised = localiseThread(THREAD, {
      topic: { ru: ['плотина'] },
      subjects: { north: { aliases: { ru: ['северная плотина'] }, unless: ['макет'] } },
      statuses: { opened: { phrases: { ru: ['открыл*'] } } },
    });

    // Assess
    expect(localised.topic).toEqual({ en: ['dam'], ru: ['плотина'] });
    expect(localised.subjects[0]).toMatchObject({ aliases: { en: ['north dam'], ru: ['северная плотина'] }, unless: ['макет'] });
    expect(localised.statuses[0]!.cues).toEqual([{ phrases: { en: ['opened'] } }, { phrases: { en: [], ru: ['открыл*'] } }]);
    expect(THREAD.topic).toEqual({ en: ['dam'] });
  });

  it('refuses a translation that names a subject or status the thread does not have', () => {
    expect(() => localiseThread(THREAD, { subjects: { south: { aliases: { ru: ['южная'] } } } })).toThrow(/no subject "south"/);
    expect(() => localiseThread(THREAD, { statuses: { closed: { phrases: { ru: ['закрыл*'] } } } })).toThrow(/no status "closed"/);
  });
});

/** Keys the engine reads from a headline and body, in the storyline as shipped. */
function keysOf(sentences: string[]): string[] {
  const { claims } = extractClaims({ sentences, headlineIndex: 0, publishedAt: '2026-03-10T00:00:00Z' }, SYRIA_RUSSIA);
  return [...new Set(claims.map((claim) => `${claim.thread}/${claim.subject}/${claim.status}`))].sort();
}

// Sentences written for this test in each press's usual wording; the keys are what a reader takes from them.
describe('the Syria–Russia storyline in Arabic and Russian', () => {
  it.each([
    ['Arabic: a request for the handover', ['دمشق وموسكو', 'طالبت الحكومة السورية روسيا رسمياً بتسليم بشار الأسد.'], ['extradition/assad/requested']],
    ['Arabic: a refusal is read, its negation inside the cue', ['الكرملين: لن نسلم الأسد', 'قال المتحدث باسم الكرملين إن روسيا لن تسلم الأسد إلى دمشق.'], ['extradition/assad/refused']],
    ['Arabic: a negated withdrawal is no withdrawal', ['روسيا في سوريا', 'لم تنسحب القوات الروسية من قاعدة حميميم، بحسب مصدر عسكري.'], []],
    ['Arabic: a hedge asserts no signing', ['روسيا وسوريا', 'قد توقع روسيا وسوريا عقداً لإعادة تأهيل محطات الكهرباء الشهر المقبل.'], []],
    ['Russian: talks on the bases', ['Россия и Сирия', 'Москва и Дамаск продолжают переговоры о будущем авиабазы Хмеймим, заявил Песков.'], ['bases/hmeimim/negotiating']],
    ['Russian: a signed contract', ['Россия и Сирия', 'Российская компания и министерство энергетики Сирии подписали контракт на восстановление электростанции в Алеппо.'], ['investment/energy/signed']],
    ['Russian: "не" before the cue negates it', ['Россия и Сирия', 'Россия не выведет войска с базы в Тартусе, заявил Лавров.'], ['bases/tartus/retained']],
    ['Russian: a possibility is no event', ['Россия и Сирия', 'Россия может расторгнуть контракт на порт Тартус, пишут СМИ.'], []],
  ])('%s', (_name, sentences, expected) => {
    expect(keysOf(sentences)).toEqual(expected);
  });
});
