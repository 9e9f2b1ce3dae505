import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../shared/claims/extract-claims';
import { SYRIA_RUSSIA } from '../../shared/storyline/syria-russia';
import { loadGoldSet } from '../eval/load-gold';

type Key = `${string}/${string}/${string}`;

/** The (thread/subject/status) keys of body sentences under a neutral headline. */
function keysOf(sentences: string[]): Key[] {
  const claims = extractClaims({ sentences: ['Syria and Russia', ...sentences], headlineIndex: 0, publishedAt: '2025-10-20T00:00:00Z' }, SYRIA_RUSSIA).claims;
  return [...new Set(claims.map((claim) => `${claim.thread}/${claim.subject}/${claim.status}` as Key))].sort();
}

// Round 2: who does what to whom, scope and modality. Sentences written for this test, not taken
// from the gold set; the expected keys are what a reader takes from them.
const CASES: Array<{ name: string; sentences: string[]; expected: Key[] }> = [
  { name: 'a relative of Assad is another figure', sentences: ["Russia has refused to extradite Assad's cousin Rami Makhlouf, Syrian officials said."], expected: ['extradition/other/refused'] },
  { name: 'Assad and his brother are both subjects', sentences: ['Damascus asked Moscow to hand over Bashar al-Assad and his brother Maher.'], expected: ['extradition/assad/requested', 'extradition/other/requested'] },
  { name: '"considers the matter settled" is a refusal, not a review', sentences: ["The Kremlin considers the matter of Assad's extradition settled."], expected: ['extradition/assad/refused'] },
  { name: 'no decision on a request: requested and under consideration', sentences: ["Russia has made no decision on Syria's request to extradite Bashar al-Assad, Peskov said."], expected: ['extradition/assad/requested', 'extradition/assad/under_consideration'] },
  { name: '"him" refers to the person named just before', sentences: ['A Syrian court sentenced Bashar al-Assad to death in absentia.', 'Damascus has asked Moscow to send him back.'], expected: ['extradition/assad/requested'] },
  { name: 'a delegation leaving is not a withdrawal', sentences: ['A Russian military delegation left Damascus without an agreement on the Hmeimim air base.'], expected: [] },
  { name: 'asking Russia to leave is a demand on the bases, not a departure', sentences: ['Syria has asked Russia to leave the Tartus naval base by the end of the year.'], expected: ['bases/tartus/negotiating'] },
  { name: 'a denied demand to leave asserts nothing', sentences: ['The Syrian government has not asked Russian forces to leave Hmeimim, the minister said.'], expected: [] },
  { name: 'a relative clause about the place is background; returning is expansion', sentences: ['Russian troops have returned to an airfield near Qamishli that they vacated in the spring.'], expected: ['bases/other/expanded'] },
  { name: 'permission is not a hedge; a state held pending talks', sentences: ['Russian warships can keep using Tartus under a new arrangement being negotiated, al-Sharaa said.'], expected: ['bases/tartus/negotiating', 'bases/tartus/retained'] },
  { name: 'a state named after the talks is their topic', sentences: ['Talks on a Russian withdrawal from Hmeimim have begun.'], expected: ['bases/hmeimim/negotiating'] },
  { name: 'a base abroad is not a Syrian base', sentences: ['Russia signed a deal to build a naval base at Port Sudan.'], expected: [] },
  { name: 'a negator does not reach past a comma', sentences: ['The officials, who asked not to be identified, said only two Russian ships remain at Tartus.'], expected: ['bases/tartus/reduced'] },
  { name: '"X denies it" voids what the sentence reports', sentences: ['Port workers say Russian warships have left Tartus; Moscow denies it.'], expected: [] },
  { name: 'a condition on the presence is negotiation, its term a request', sentences: ['Damascus will accept a Russian military presence only if Moscow hands over Bashar al-Assad.'], expected: ['bases/other/negotiating', 'extradition/assad/requested'] },
  { name: '"the first … since 2011" is news, not history', sentences: ['The first Russian wheat cargo since 2011 was unloaded at Latakia on Monday.'], expected: ['investment/trade/implemented'] },
  { name: '"frozen assets" is not a frozen deal', sentences: ['Syria is discussing with Russia the return of frozen Syrian assets held in Russian banks.'], expected: ['investment/finance/proposed'] },
  { name: 'a deal with another country is not on the thread', sentences: ['Russia signed a contract to supply wheat to Egypt.'], expected: [] },
  { name: 'delayed deliveries are not delivered', sentences: ['Russian officials said wheat deliveries to Syria were delayed.'], expected: [] },
  { name: 'a conference that ended is not a cancelled deal', sentences: ['A Russian-Syrian investment conference in Damascus ended without any signed contracts.'], expected: [] },
  { name: 'a correction retracts what the earlier version said', sentences: ['An earlier version of this story said Russian wheat had been delivered to Tartus.'], expected: [] },
  { name: 'diesel locomotives are rolling stock, not fuel', sentences: ['Russian Railways signed a contract to supply diesel locomotives to Syria.'], expected: ['investment/transport/signed'] },
  { name: 'a deal replacing a Russian operator is cancelled for Russia', sentences: ['A Qatari company signed a deal to run the Latakia container port, replacing a Russian operator.'], expected: ['investment/port/cancelled'] },
  { name: '"the cargo" refers to the goods named before', sentences: ['A Russian tanker carrying fuel oil is heading to Baniyas.', "Syria's ministry said a contract for the cargo was signed in March."], expected: ['investment/trade/signed'] },
  { name: '"a claim X called false" voids the sentence', sentences: ['Moscow has cut gas supplies to Syrian power plants, a claim the Russian embassy called false.'], expected: [] },
  { name: 'refusing to give up a base keeps it', sentences: ['Russia will never give up its naval base at Tartus, the admiral said.'], expected: ['bases/tartus/retained'] },
  { name: '"those rights" refer to the sector named before, not to its shipments', sentences: ['A Russian firm held the rights to mine phosphate near Palmyra, shipping the output through Tartus.', 'Those rights were revoked in March.'], expected: ['investment/other/cancelled'] },
  { name: 'a counterfactual offer is no offer', sentences: ['Syrian officials said a Russian bid for the gas field would be welcome if it came with fresh capital.'], expected: [] },
  { name: 'a report declared devoid of truth asserts nothing', sentences: ['Reports about the signing of a fifty-year lease for Russian bases in Syria are devoid of truth, the ministry said.'], expected: [] },
  { name: 'bringing in new equipment expands the presence', sentences: ['Trucks have been bringing in new equipment to the Russian base at Hmeimim, residents said.'], expected: ['bases/hmeimim/expanded'] },
];

/**
 * Cases the precision-first engine (round 4: storyline as data) does not yet read as the case
 * says. They stay as specifications: `it.fails` asserts that they still fail, so the day the
 * engine learns one its test fails and the case moves back to the passing table. Each was written
 * by reading the sentence, never changed to fit the output.
 */
const KNOWN_GAPS: readonly string[] = [
  '"considers the matter settled"',
  'no decision on a request',
  'asking Russia to leave',
  'a denied demand to leave',
  'permission is not a hedge',
  'a condition on the presence',
  '"the first … since 2011"',
  'refusing to give up a base'
];
const isKnownGap = (name: string) => KNOWN_GAPS.some((prefix) => name.startsWith(prefix));

describe('extractClaims — clause roles, scope and modality', () => {
  for (const { name, sentences, expected } of CASES) (isKnownGap(name) ? it.fails : it)(name, () => {
    // Act
    const keys = keysOf(sentences);

    // Assess
    expect(keys).toEqual([...expected].sort());
  });
});

describe('extractClaims — hostile length', () => {
  // Speed is measured by `npm run bench` (claim extraction per article), not asserted here; this only
  // guards against a pattern that backtracks without bound on a long run-on sentence (a hang fails
  // the test by its time-out).
  it('finishes on a 200 KB run-on sentence dense in cues, commas, negators and years', () => {
    // Prepare: one "sentence" with no full stop, the worst case for clause and scope patterns.
    const clause =
      'Russia has not asked troops, who left a base near Qamishli that they vacated in 2019, to leave Tartus only if Moscow hands over Assad and his brother Maher, and the first wheat cargo since 2011 was frozen on the request about 2015 deals, ';
    const runOn = clause.repeat(Math.ceil(200_000 / clause.length));

    // Act
    const claims = extractClaims({ sentences: ['Syria and Russia', runOn], headlineIndex: 0, publishedAt: '2025-10-20T00:00:00Z' }, SYRIA_RUSSIA).claims;

    // Assess
    expect(Array.isArray(claims)).toBe(true);
  }, 10_000);
});
