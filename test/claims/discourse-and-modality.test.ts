import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../shared/claims/extract-claims';
import { SYRIA_RUSSIA } from '../../shared/storyline/syria-russia';
import { readSpeakerLine } from '../../shared/claims/speaker-lines';

type Key = `${string}/${string}/${string}`;

/** The (thread/subject/status) keys of body sentences under a neutral headline. */
function keysOf(sentences: string[]): Key[] {
  const claims = extractClaims({ sentences: ['Syria and Russia', ...sentences], headlineIndex: 0, publishedAt: '2025-10-20T00:00:00Z' }, SYRIA_RUSSIA).claims;
  return [...new Set(claims.map((claim) => `${claim.thread}/${claim.subject}/${claim.status}` as Key))].sort();
}

/**
 * Cases the precision-first engine (round 4: storyline as data) does not yet read as the case
 * says. They stay as specifications: `it.fails` asserts that they still fail, so the day the
 * engine learns one its test fails and the case moves back to the passing table. Each was written
 * by reading the sentence, never changed to fit the output.
 */
const KNOWN_GAPS: readonly string[] = [
  '"we" in a Russian official',
  'a habit is not an offer',
  'a date in a pluperfect relative clause',
  '"has not agreed to requests"',
  'a pronoun keeps the person in view',
  '"the arrangement" beside the presence'
];
const isKnownGap = (name: string) => KNOWN_GAPS.some((prefix) => name.startsWith(prefix));

describe('readSpeakerLine', () => {
  const CASES: Array<{ line: string; text: string; speaker: string | undefined; led: boolean; asks?: boolean; timed?: boolean }> = [
    { line: 'Lavrov: Our military is in Tartus.', text: 'Our military is in Tartus.', speaker: 'Lavrov', led: true },
    { line: 'Maria Zakharova: These are fabrications.', text: 'These are fabrications.', speaker: 'Maria Zakharova', led: true },
    { line: 'Q: Will the bases stay?', text: 'Will the bases stay?', speaker: undefined, led: true, asks: true },
    { line: 'QUESTION (State TV): Is the port deal off?', text: 'Is the port deal off?', speaker: undefined, led: true, asks: true },
    { line: '13:02 Russian television reports a convoy.', text: 'Russian television reports a convoy.', speaker: undefined, led: true, timed: true },
    { line: 'Russia said on Monday: the bases stay.', text: 'Russia said on Monday: the bases stay.', speaker: undefined, led: false },
  ];
  for (const { line, text, speaker, led, asks, timed } of CASES) {
    it(`reads "${line}"`, () => {
      // Act
      const read = readSpeakerLine(line);

      // Assess
      expect(read).toEqual({ text, led, ...(speaker ? { speaker } : {}), ...(asks ? { asks } : {}), ...(timed ? { timed } : {}) });
    });
  }
});

// Round 3: transcripts, aspect, negated decisions, time expressions and clause attachment.
// Sentences written for this test, not taken from any gold batch; the expected keys are what a
// reader takes from them.
const CASES: Array<{ name: string; sentences: string[]; expected: Key[] }> = [
  { name: "a Russian speaker's lead is cut and the line read", sentences: ['Q: What about the bases?', 'Peskov: Our forces are at Hmeimim and continue to carry out their tasks.'], expected: ['bases/hmeimim/retained'] },
  { name: '"we" in a Russian official\'s turn is Russia', sentences: ['Zakharova: We are discussing with Damascus how our presence will look.'], expected: ['bases/other/negotiating'] },
  { name: 'a neutral lead is cut', sentences: ['Answer: The Tartus port contract was terminated last month.'], expected: ['investment/port/cancelled'] },
  { name: '"no decision has been taken to withdraw" asserts nothing', sentences: ['14:05 Russian state television reports that no decision has been taken to withdraw from Hmeimim.'], expected: [] },
  { name: 'a habit is not an offer', sentences: ['Every spring a Russian delegation promises to rebuild Syrian power stations.'], expected: [] },
  { name: 'a prescription is opinion', sentences: ['Damascus should demand that Russia cancel the Tartus port lease.'], expected: [] },
  { name: '"how … should be organised" is talks, not a prescription', sentences: ['Russian and Syrian officials are discussing how the Russian presence at Hmeimim should be organised.'], expected: ['bases/hmeimim/negotiating'] },
  { name: '"since the fall of Bashar al-Assad" is a time, not a subject', sentences: ['Russia has handed over two former officers to Damascus, the first transfer since the fall of Bashar al-Assad.'], expected: ['extradition/other/handed_over'] },
  { name: 'a signing in one clause, talks on a base in the next', sentences: ['Syria and Russia sign power plant memorandum as Hmeimim talks continue.'], expected: ['bases/hmeimim/negotiating', 'investment/energy/signed'] },
  { name: 'an economic agreement is not a basing agreement', sentences: ['Russia and Syria signed an economic agreement and discussed the naval base at Tartus.'], expected: ['bases/tartus/negotiating'] },
  { name: 'a date in a pluperfect relative clause dates that earlier event', sentences: ['Syria terminated the port contract that had been signed with Stroytransgaz in 2019.'], expected: ['investment/port/cancelled'] },
  { name: 'the topic of a question is no status', sentences: ['The Russian envoy declined to answer a question about the future of Hmeimim.'], expected: [] },
  { name: '"has not agreed to requests": requests exist, and are refused', sentences: ['Moscow has not agreed to Syrian requests to extradite former intelligence officers.'], expected: ['extradition/other/refused', 'extradition/other/requested'] },
  { name: 'offers received are offers', sentences: ['Syria has received offers from Russian firms to rebuild the Aleppo railway.'], expected: ['investment/transport/proposed'] },
  { name: 'a pronoun keeps the person in view through a transcript', sentences: ['Host: And Bashar al-Assad?', 'Guest: Will they send him back?', 'Guest: He lives in Moscow on humanitarian grounds.'], expected: ['extradition/assad/refused'] },
  { name: '"rather than leaving" negates the departure', sentences: ['Some Russian equipment was flown to Hmeimim, and Moscow is consolidating rather than leaving.'], expected: [] },
  { name: 'a relative clause dating a start is background, the main clause is news', sentences: ['Russia has pulled out of Qamishli airport, ending a deployment that began in 2019.'], expected: ['bases/other/withdrawn'] },
  { name: '"the arrangement" beside the presence is a basing one', sentences: ['Russian forces can stay at their bases under a new agreement being negotiated, but the arrangement will differ from the old one.'], expected: ['bases/other/negotiating', 'bases/other/retained'] },
  { name: '"wanted persons" are other figures', sentences: ['Moscow said it would examine the files of the wanted persons one by one.'], expected: ['extradition/other/under_consideration'] },
  { name: "an analyst's reading is analysis", sentences: ['"Russia is keeping a foothold at Tartus," said Lina Haddad, a security analyst.'], expected: [] },
  // Round 5: aspect, comparison and the questioner's turn (general rules; sentences written for this test).
  { name: 'a withdrawal only begun is a drawdown', sentences: ['Russian engineers have started withdrawing equipment from the Kuweires airbase.'], expected: ['bases/other/reduced'] },
  { name: 'a withdrawal in progress ("in the process of") is a drawdown', sentences: ['Russia is in the process of leaving its observation posts near Raqqa, a Syrian army officer said.'], expected: ['bases/other/reduced'] },
  { name: 'a completed withdrawal stays a withdrawal', sentences: ['The last Russian unit has withdrawn from the Kuweires airbase, a Syrian army officer said.'], expected: ['bases/other/withdrawn'] },
  { name: "a comparison's yardstick is not what the clause is about", sentences: ['Russia deployed a small unit to Qardaha, far fewer troops than at Hmeimim.'], expected: ['bases/other/expanded'] },
  { name: 'a clause naming a base only as a yardstick is not about bases in general', sentences: ['The new deployment is tiny compared with the naval facility at Tartus.'], expected: [] },
  { name: '"more than" a number is a quantity, not a comparison', sentences: ['Russia has deployed more than 20 additional aircraft to Hmeimim since March, officials said.'], expected: ['bases/hmeimim/expanded'] },
  { name: "a questioner's premise is no claim, and the answer is read", sentences: ['Question (Al-Watan): There are reports that Russian firms will build a grain terminal in Latakia.', 'Minister: We have nothing to add on that.'], expected: [] },
  { name: '"that contract" refers back as "the contract" does', sentences: ['A Russian firm held the concession for the commercial port of Tartus.', 'Damascus cancelled that contract last week, the ministry said.'], expected: ['investment/port/cancelled'] },
  { name: 'a clause led by "neither" is negated throughout', sentences: ['Neither the Kremlin readout nor the Syrian agency mentioned a signed credit line for Damascus.'], expected: [] },
  { name: 'forces regrouping at a base do not leave it', sentences: ['Russian units withdrew from Tiyas and regrouped at Hmeimim on Sunday.'], expected: ['bases/other/withdrawn'] },
];

describe('extractClaims — discourse and modality', () => {
  for (const { name, sentences, expected } of CASES) {
    (isKnownGap(name) ? it.fails : it)(name, () => {
      // Act
      const keys = keysOf(sentences);

      // Assess
      expect(keys).toEqual([...expected].sort());
    });
  }
});

describe('extractClaims — hostile transcript', () => {
  // A guard against unbounded backtracking in the round-3 patterns (speaker leads, negated
  // decisions, pluperfect relatives, embedded questions); a hang fails by the time-out.
  it('finishes on 20,000 speaker-led lines and a 100 KB run-on sentence', () => {
    // Prepare
    const line = 'Maria Zakharova Al-Sharaa Peskov: no decision has been taken that had been made how we should to reduce ';
    const sentences = ['Syria and Russia', ...Array.from({ length: 20_000 }, () => line), line.repeat(1_000)];

    // Act
    const claims = extractClaims({ sentences, headlineIndex: 0, publishedAt: '2025-10-20T00:00:00Z' }, SYRIA_RUSSIA).claims;

    // Assess
    expect(Array.isArray(claims)).toBe(true);
  }, 20_000);
});
