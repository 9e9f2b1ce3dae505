import { describe, expect, it } from 'vitest';
import { detectChanges } from '../../shared/digest/detect-changes';
import type { ArticleRecord } from '../../shared/model/article';
import type { Thread } from '../../shared/model/vocabulary';
import type { ThreadState } from '../../shared/digest/thread-state';
import { knownSubject, makeClaim, makeRecord, makeState, money, party } from './factories';
import { SYRIA_RUSSIA } from '../../shared/storyline/syria-russia';

const DAY = '2025-11-02';

interface ExpectedChange {
  thread: Thread;
  kind: string;
  subject: string;
  status: string;
  previousStatus: string | null;
  evidence: string[];
  singleSource?: boolean;
  summaryIncludes?: string[];
}

interface ExpectedSubject {
  key: string;
  status: string;
  since: string;
  singleSource: boolean;
}

interface Case {
  name: string;
  before: ThreadState | null;
  records: ArticleRecord[];
  changes: ExpectedChange[];
  /** Subjects whose state after the day is checked (others may exist). */
  after?: ExpectedSubject[];
  /** Subjects that must still be unknown after the day. */
  unknownAfter?: string[];
}

const tartusRetained = knownSubject('bases', 'tartus', 'retained', ['TASS']);
const financeSigned = knownSubject('investment', 'finance', 'signed', ['RT'], [money('$2.5 billion', 2.5e9, 'credit line')]);

const cases: Case[] = [
  {
    name: 'a new status for a known subject is a status change',
    before: makeState([tartusRetained]),
    records: [makeRecord('r1', 'Reuters', [makeClaim('bases', 'tartus', 'negotiating', 'Moscow and Damascus are negotiating the terms of Tartus.')])],
    changes: [{ thread: 'bases', kind: 'status_change', subject: 'tartus', status: 'negotiating', previousStatus: 'retained', evidence: ['r1'], singleSource: true, summaryIncludes: ['Tartus', 'retained → negotiating'] }],
    after: [{ key: 'bases/tartus', status: 'negotiating', since: DAY, singleSource: true }],
  },
  {
    name: 'a subject never seen before is a new claim',
    before: makeState([tartusRetained]),
    records: [makeRecord('r1', 'Reuters', [makeClaim('investment', 'port', 'signed', 'A port concession was signed.')])],
    changes: [{ thread: 'investment', kind: 'new_claim', subject: 'port', status: 'signed', previousStatus: null, evidence: ['r1'] }],
    after: [
      { key: 'investment/port', status: 'signed', since: DAY, singleSource: true },
      { key: 'bases/tartus', status: 'retained', since: '2025-10-16', singleSource: true },
    ],
  },
  {
    name: 'a new counterparty on an unchanged status is a new claim',
    before: makeState([financeSigned]),
    records: [makeRecord('r1', 'Kommersant', [makeClaim('investment', 'finance', 'signed', 'Gazprombank signed the loan.', { facts: [party('Gazprombank')] })])],
    changes: [{ thread: 'investment', kind: 'new_claim', subject: 'finance', status: 'signed', previousStatus: 'signed', evidence: ['r1'], singleSource: true, summaryIncludes: ['Gazprombank'] }],
    after: [{ key: 'investment/finance', status: 'signed', since: '2025-10-16', singleSource: false }],
  },
  {
    name: 'a revised figure on a later day is a new claim naming the earlier figure',
    before: makeState([financeSigned]),
    records: [makeRecord('r1', 'Kommersant', [makeClaim('investment', 'finance', 'signed', 'The credit line is $3 billion.', { facts: [money('$3 billion', 3e9, 'credit line')] })])],
    changes: [{ thread: 'investment', kind: 'new_claim', subject: 'finance', status: 'signed', previousStatus: 'signed', evidence: ['r1'], summaryIncludes: ['$3 billion', 'earlier $2.5 billion'] }],
  },
  {
    // The state model: proposed → signed → implemented only moves forward (round 4).
    name: 'a proposal after a signed deal is an earlier stage: no change, and the subject stays signed',
    before: makeState([financeSigned]),
    records: [makeRecord('r1', 'Interfax', [makeClaim('investment', 'finance', 'proposed', 'Moscow offered Damascus a second loan for the grid.')])],
    changes: [],
    after: [{ key: 'investment/finance', status: 'signed', since: '2025-10-16', singleSource: true }],
  },
  {
    name: 'a proposal after a signed deal with a figure not known before is another deal: a new claim, and the subject stays signed',
    before: makeState([financeSigned]),
    records: [
      makeRecord('r1', 'Interfax', [
        makeClaim('investment', 'finance', 'proposed', 'Moscow offered Damascus a second, $400 million loan for the grid.', { facts: [{ kind: 'money', text: '$400 million', value: 4e8, about: 'loan' }] }),
      ]),
    ],
    changes: [{ thread: 'investment', kind: 'new_claim', subject: 'finance', status: 'proposed', previousStatus: 'signed', evidence: ['r1'], singleSource: true, summaryIncludes: ['another deal proposed', 'still signed'] }],
    after: [{ key: 'investment/finance', status: 'signed', since: '2025-10-16', singleSource: true }],
  },
  {
    name: 'a cancellation after a signed deal is still a status change',
    before: makeState([financeSigned]),
    records: [makeRecord('r1', 'Interfax', [makeClaim('investment', 'finance', 'cancelled', 'Damascus revoked the loan agreement.')])],
    changes: [{ thread: 'investment', kind: 'status_change', subject: 'finance', status: 'cancelled', previousStatus: 'signed', evidence: ['r1'] }],
    after: [{ key: 'investment/finance', status: 'cancelled', since: DAY, singleSource: true }],
  },
  {
    name: 'the same status from a new source is a reaffirmation',
    before: makeState([tartusRetained]),
    records: [makeRecord('r1', 'Reuters', [makeClaim('bases', 'tartus', 'retained', 'Russian ships still use Tartus.')])],
    changes: [{ thread: 'bases', kind: 'reaffirmed', subject: 'tartus', status: 'retained', previousStatus: 'retained', evidence: ['r1'], singleSource: false, summaryIncludes: ['still retained', 'Reuters'] }],
    after: [{ key: 'bases/tartus', status: 'retained', since: '2025-10-16', singleSource: false }],
  },
  {
    name: 'a figure already known is no new claim',
    before: makeState([financeSigned]),
    records: [makeRecord('r1', 'Reuters', [makeClaim('investment', 'finance', 'signed', 'The $2.5bn credit line stands.', { facts: [money('$2.5bn', 2.5e9, 'Credit line')] })])],
    changes: [{ thread: 'investment', kind: 'reaffirmed', subject: 'finance', status: 'signed', previousStatus: 'signed', evidence: ['r1'] }],
  },
  {
    name: 'same-day sources with incompatible statuses are a conflict and the known status stays',
    before: makeState([knownSubject('extradition', 'assad', 'requested', ['SANA'])]),
    records: [
      makeRecord('r1', 'TASS', [makeClaim('extradition', 'assad', 'refused', 'The Kremlin refused to hand over Assad.')]),
      makeRecord('r2', 'Al Arabiya', [makeClaim('extradition', 'assad', 'agreed', 'Moscow agreed to hand over Assad.')], { publishedAt: '2025-11-02T11:00:00Z' }),
    ],
    changes: [{ thread: 'extradition', kind: 'conflict', subject: 'assad', status: 'requested', previousStatus: 'requested', evidence: ['r1', 'r2'], singleSource: true, summaryIncludes: ['refused (TASS)', 'agreed (Al Arabiya)'] }],
    after: [{ key: 'extradition/assad', status: 'requested', since: '2025-10-16', singleSource: true }],
  },
  {
    name: 'one article giving incompatible statuses is no conflict',
    before: makeState([knownSubject('bases', 'other', 'retained', ['SANA'])]),
    records: [
      makeRecord('r1', 'Reuters', [
        makeClaim('bases', 'other', 'reduced', 'Russia cut its ships at Qamishli.', { sentenceIndex: 2 }),
        makeClaim('bases', 'other', 'expanded', 'Russia added patrols in the south.', { sentenceIndex: 3 }),
      ]),
    ],
    changes: [{ thread: 'bases', kind: 'status_change', subject: 'other', status: 'reduced', previousStatus: 'retained', evidence: ['r1'] }],
  },
  {
    name: 'a drawdown one source reports and another source denies by saying the site works as before is a conflict',
    before: makeState([tartusRetained]),
    records: [
      makeRecord('r1', 'Reuters', [makeClaim('bases', 'tartus', 'reduced', 'Two Russian corvettes sailed out of Tartus, port officials said.')]),
      makeRecord('r2', 'RIA', [makeClaim('bases', 'tartus', 'retained', 'The Tartus facility is operating normally, the ministry said.')], { publishedAt: '2025-11-02T11:00:00Z' }),
    ],
    changes: [{ thread: 'bases', kind: 'conflict', subject: 'tartus', status: 'retained', previousStatus: 'retained', evidence: ['r2', 'r1'], summaryIncludes: ['retained (RIA)', 'reduced (Reuters)'] }],
    after: [{ key: 'bases/tartus', status: 'retained', since: '2025-10-16', singleSource: true }],
  },
  {
    name: 'one source that keeps a site while drawing it down is no conflict: the drawdown is the change',
    before: makeState([tartusRetained]),
    records: [
      makeRecord('r1', 'Reuters', [
        makeClaim('bases', 'tartus', 'reduced', 'Two corvettes sailed out of Tartus.', { sentenceIndex: 1 }),
        makeClaim('bases', 'tartus', 'retained', 'Russia keeps the Tartus facility.', { sentenceIndex: 2 }),
      ]),
      makeRecord('r2', 'RIA', [makeClaim('bases', 'tartus', 'retained', 'Russia keeps the Tartus facility, the ministry said.')], { publishedAt: '2025-11-02T11:00:00Z' }),
    ],
    changes: [{ thread: 'bases', kind: 'status_change', subject: 'tartus', status: 'reduced', previousStatus: 'retained', evidence: ['r1'] }],
  },
  {
    name: 'a conflict on an unknown subject takes the better supported side',
    before: null,
    records: [
      makeRecord('r1', 'TASS', [makeClaim('extradition', 'assad', 'refused', 'Russia refused.')]),
      makeRecord('r2', 'Reuters', [makeClaim('extradition', 'assad', 'agreed', 'Russia agreed.')]),
      makeRecord('r3', 'AFP', [makeClaim('extradition', 'assad', 'agreed', 'Russia has agreed, officials said.')]),
    ],
    changes: [{ thread: 'extradition', kind: 'conflict', subject: 'assad', status: 'agreed', previousStatus: null, evidence: ['r1', 'r2', 'r3'] }],
    after: [{ key: 'extradition/assad', status: 'agreed', since: DAY, singleSource: false }],
  },
  {
    name: 'different figures for the same thing on one day are a conflict, and neither is stored',
    before: makeState([knownSubject('investment', 'finance', 'proposed', ['RT'])]),
    records: [
      makeRecord('r1', 'TASS', [makeClaim('investment', 'finance', 'signed', 'A $2.5 billion credit line was signed.', { facts: [money('$2.5 billion', 2.5e9, 'credit line')] })]),
      makeRecord('r2', 'Reuters', [makeClaim('investment', 'finance', 'signed', 'A $3 billion credit line was signed.', { facts: [money('$3 billion', 3e9, 'credit line')] })]),
    ],
    changes: [
      { thread: 'investment', kind: 'status_change', subject: 'finance', status: 'signed', previousStatus: 'proposed', evidence: ['r1', 'r2'], singleSource: false },
      { thread: 'investment', kind: 'conflict', subject: 'finance', status: 'signed', previousStatus: 'proposed', evidence: ['r1', 'r2'], summaryIncludes: ['credit line', '$2.5 billion (TASS)', '$3 billion (Reuters)'] },
    ],
    after: [{ key: 'investment/finance', status: 'signed', since: DAY, singleSource: false }],
  },
  {
    name: 'a status change names the new facts it brings',
    before: makeState([knownSubject('investment', 'finance', 'proposed', ['RT'], [money('$2.5 billion', 2.5e9, 'credit line')])]),
    records: [makeRecord('r1', 'Kommersant', [makeClaim('investment', 'finance', 'signed', 'Gazprombank signed the $2.5bn credit line.', { facts: [money('$2.5bn', 2.5e9, 'credit line'), party('Gazprombank')] })])],
    changes: [{ thread: 'investment', kind: 'status_change', subject: 'finance', status: 'signed', previousStatus: 'proposed', evidence: ['r1'], summaryIncludes: ['proposed → signed — new: Gazprombank (1 source)'] }],
  },
  {
    name: 'conflict evidence is grouped by side, in vocabulary order',
    before: null,
    records: [
      makeRecord('a-early', 'Al Arabiya', [makeClaim('extradition', 'assad', 'agreed', 'Moscow agreed.')], { publishedAt: '2025-11-02T01:00:00Z' }),
      makeRecord('b-mid', 'TASS', [makeClaim('extradition', 'assad', 'refused', 'Moscow refused.')], { publishedAt: '2025-11-02T05:00:00Z' }),
      makeRecord('c-late', 'AFP', [makeClaim('extradition', 'assad', 'agreed', 'Agreed, AFP hears.')], { publishedAt: '2025-11-02T09:00:00Z' }),
    ],
    changes: [{ thread: 'extradition', kind: 'conflict', subject: 'assad', status: 'agreed', previousStatus: null, evidence: ['b-mid', 'a-early', 'c-late'], singleSource: true, summaryIncludes: ['refused (TASS) vs agreed (Al Arabiya, AFP)'] }],
  },
  {
    name: 'duplicates and irrelevant articles never count',
    before: makeState([tartusRetained]),
    records: [
      makeRecord('r1', 'Reuters', [makeClaim('bases', 'tartus', 'withdrawn', 'Russia left Tartus.')], { duplicateOf: { id: 'seed:001', url: 'seed:001.txt' } }),
      makeRecord('r2', 'Blog', [makeClaim('bases', 'hmeimim', 'expanded', 'More jets at Hmeimim.')], { relevant: false }),
    ],
    changes: [],
    after: [{ key: 'bases/tartus', status: 'retained', since: '2025-10-16', singleSource: true }],
    unknownAfter: ['bases/hmeimim'],
  },
  {
    name: 'known sentences with a different status neither change nor conflict',
    before: makeState([tartusRetained]),
    records: [makeRecord('r1', 'Reuters', [makeClaim('bases', 'tartus', 'withdrawn', 'Russia pulled out of Tartus.', { novel: false })])],
    changes: [],
    after: [{ key: 'bases/tartus', status: 'retained', since: '2025-10-16', singleSource: true }],
  },
  {
    name: 'known sentences on the current status corroborate it',
    before: makeState([tartusRetained]),
    records: [makeRecord('r1', 'Reuters', [makeClaim('bases', 'tartus', 'retained', 'Russia keeps Tartus.', { novel: false })])],
    changes: [{ thread: 'bases', kind: 'reaffirmed', subject: 'tartus', status: 'retained', previousStatus: 'retained', evidence: ['r1'], singleSource: false }],
  },
  {
    name: 'known sentences cannot introduce a subject',
    before: null,
    records: [makeRecord('r1', 'Reuters', [makeClaim('bases', 'hmeimim', 'retained', 'Hmeimim stays Russian.', { novel: false })])],
    changes: [],
    unknownAfter: ['bases/hmeimim'],
  },
  {
    name: 'two articles of one outlet are still a single source',
    before: null,
    records: [
      makeRecord('r1', 'TASS', [makeClaim('investment', 'energy', 'proposed', 'Russia offered to rebuild power plants.')], { url: 'https://tass.com/economy/1' }),
      makeRecord('r2', 'TASS', [makeClaim('investment', 'energy', 'proposed', 'Moscow is ready to help with energy.')], { url: 'https://www.tass.com/world/2' }),
    ],
    changes: [{ thread: 'investment', kind: 'new_claim', subject: 'energy', status: 'proposed', previousStatus: null, evidence: ['r1', 'r2'], singleSource: true, summaryIncludes: ['(1 source)'] }],
    after: [{ key: 'investment/energy', status: 'proposed', since: DAY, singleSource: true }],
  },
  {
    name: 'seeds with no named publisher are separate sources',
    before: null,
    records: [
      makeRecord('seed:002', 'Seed 002', [makeClaim('bases', 'tartus', 'negotiating', 'The future of Tartus was discussed.')], { url: 'seed:002.txt' }),
      makeRecord('seed:003', 'Seed 003', [makeClaim('bases', 'tartus', 'negotiating', 'Talks covered the Tartus base.')], { url: 'seed:003.txt' }),
    ],
    changes: [{ thread: 'bases', kind: 'new_claim', subject: 'tartus', status: 'negotiating', previousStatus: null, evidence: ['seed:002', 'seed:003'], singleSource: false, summaryIncludes: ['(2 sources)'] }],
  },
  {
    name: 'compatible statuses on one day: the furthest along becomes current',
    before: makeState([tartusRetained]),
    records: [
      makeRecord('r1', 'Reuters', [makeClaim('bases', 'tartus', 'retained', 'Russia still uses Tartus.')]),
      makeRecord('r2', 'AFP', [makeClaim('bases', 'tartus', 'negotiating', 'Talks on Tartus continue.')]),
    ],
    changes: [{ thread: 'bases', kind: 'status_change', subject: 'tartus', status: 'negotiating', previousStatus: 'retained', evidence: ['r2'] }],
  },
  {
    name: 'one article saying the same thing twice is one piece of evidence',
    before: null,
    records: [
      makeRecord('r1', 'Reuters', [
        makeClaim('bases', 'hmeimim', 'reduced', 'Russia flew equipment out of Hmeimim.', { sentenceIndex: 1 }),
        makeClaim('bases', 'hmeimim', 'reduced', 'Fewer aircraft remain at Hmeimim.', { sentenceIndex: 2 }),
      ]),
    ],
    changes: [{ thread: 'bases', kind: 'new_claim', subject: 'hmeimim', status: 'reduced', previousStatus: null, evidence: ['r1'] }],
  },
  {
    name: "a body sentence that says what the headline says is the article's news (a live blog's entry)",
    before: makeState([knownSubject('extradition', 'other', 'agreed', ['SANA'])]),
    records: [
      makeRecord('r1', 'Syria Now', [makeClaim('extradition', 'other', 'handed_over', 'The former prison official was handed over on the tarmac.', { sentenceIndex: 12, headlined: true })]),
    ],
    changes: [{ thread: 'extradition', kind: 'status_change', subject: 'other', status: 'handed_over', previousStatus: 'agreed', evidence: ['r1'] }],
  },
  {
    name: "another outlet's body sentence said today contests the news: conflicting reports, the known status kept",
    before: makeState([knownSubject('bases', 'hmeimim', 'retained', ['SANA'])]),
    records: [
      makeRecord('r1', 'Coastline Daily', [makeClaim('bases', 'hmeimim', 'reduced', 'Russia flew eight helicopters out of Hmeimim, officers said.', { sentenceIndex: 1 })]),
      makeRecord('r2', 'Eastern Wire', [makeClaim('bases', 'hmeimim', 'retained', 'The aviation group at Hmeimim carries out its tasks in full.', { sentenceIndex: 5 })]),
    ],
    changes: [{ thread: 'bases', kind: 'conflict', subject: 'hmeimim', status: 'retained', previousStatus: 'retained', evidence: ['r2', 'r1'] }],
    // The known status stands, now with the contesting outlet among its sources.
    after: [{ key: 'bases/hmeimim', status: 'retained', since: '2025-10-16', singleSource: false }],
  },
  {
    name: 'an outlet with news stands by it: its own body sentence, or a recap elsewhere, contests nothing',
    before: makeState([knownSubject('bases', 'hmeimim', 'retained', ['SANA'])]),
    records: [
      makeRecord('r1', 'Coastline Daily', [
        makeClaim('bases', 'hmeimim', 'reduced', 'Russia flew eight helicopters out of Hmeimim, officers said.', { sentenceIndex: 1 }),
        makeClaim('bases', 'hmeimim', 'retained', 'Russia has kept a contingent at Hmeimim since 2024.', { sentenceIndex: 9 }),
      ]),
      makeRecord('r2', 'Eastern Wire', [makeClaim('bases', 'hmeimim', 'retained', 'Last month the ministry said Hmeimim was operating normally.', { sentenceIndex: 6, recap: true })]),
    ],
    changes: [{ thread: 'bases', kind: 'status_change', subject: 'hmeimim', status: 'reduced', previousStatus: 'retained', evidence: ['r1'] }],
  },
  {
    name: "another outlet's lead denying the news the same day is a conflict, not a change: the known status kept",
    before: makeState([knownSubject('investment', 'energy', 'proposed', ['SANA'])]),
    records: [
      makeRecord('r1', 'Levant Wire', [makeClaim('investment', 'energy', 'signed', 'The ministry said it had signed the refinery contract with a Russian firm.', { sentenceIndex: 1 })]),
      makeRecord('r2', 'Caspian Business Daily', [], {
        mentions: [{ thread: 'investment', subject: 'energy', status: 'signed', reading: 'denied', quote: 'The Russian firm said the refinery contract has not yet been signed.', sentenceIndex: 1 }],
      }),
    ],
    changes: [{ thread: 'investment', kind: 'conflict', subject: 'energy', status: 'proposed', previousStatus: 'proposed', evidence: ['r1', 'r2'], summaryIncludes: ['signed (Levant Wire) vs not signed (Caspian Business Daily)'] }],
    after: [{ key: 'investment/energy', status: 'proposed', since: '2025-10-16', singleSource: true }],
  },
  {
    name: "a denial deep in another outlet's body, or in the news outlet's own piece, or of another status, contests nothing",
    before: makeState([knownSubject('investment', 'energy', 'proposed', ['SANA'])]),
    records: [
      makeRecord('r1', 'Levant Wire', [makeClaim('investment', 'energy', 'signed', 'The ministry said it had signed the refinery contract with a Russian firm.', { sentenceIndex: 1 })], {
        mentions: [{ thread: 'investment', subject: 'energy', status: 'signed', reading: 'denied', quote: 'The firm said the contract had not been signed.', sentenceIndex: 2 }],
      }),
      makeRecord('r2', 'Caspian Business Daily', [], {
        mentions: [
          { thread: 'investment', subject: 'energy', status: 'signed', reading: 'denied', quote: 'In 2024 the firm said a contract had not been signed.', sentenceIndex: 7 },
          { thread: 'investment', subject: 'energy', status: 'implemented', reading: 'denied', quote: 'Work on the refinery has not begun.', sentenceIndex: 1 },
        ],
      }),
    ],
    changes: [{ thread: 'investment', kind: 'status_change', subject: 'energy', status: 'signed', previousStatus: 'proposed', evidence: ['r1'] }],
  },
];

describe('detectChanges', () => {
  it('announces only from an article\'s lead: a claim deep in the text corroborates, a headline alone does not announce', () => {
    // Prepare: one article whose lead says nothing on Hmeimim; its sixth sentence and its headline do.
    const records = [
      makeRecord('r1', 'Reuters', [
        makeClaim('bases', 'hmeimim', 'reduced', 'Russia thins out Hmeimim', { sentenceIndex: 0 }),
        makeClaim('bases', 'hmeimim', 'reduced', 'Earlier, some aircraft had left Hmeimim.', { sentenceIndex: 6 }),
      ]),
    ];

    // Act
    const result = detectChanges({ storyline: SYRIA_RUSSIA, date: '2025-11-02', stateBefore: makeState([knownSubject('bases', 'hmeimim', 'retained', ['SANA'])]), records });

    // Assess
    expect(result.changes.bases).toEqual([]);
    expect(result.stateAfter.subjects.find((subject) => subject.subject === 'hmeimim')?.status).toBe('retained');
  });

  it.each(cases)('$name', ({ before, records, changes, after, unknownAfter }) => {
    // Act
    const result = detectChanges({ storyline: SYRIA_RUSSIA, date: DAY, stateBefore: before, records });

    // Assess
    const flat = (['bases', 'extradition', 'investment'] as const).flatMap((thread) =>
      (result.changes[thread] ?? []).map((change) => ({ thread, change })),
    );
    expect(flat.map(({ thread, change }) => ({
      thread,
      kind: change.kind,
      subject: change.subject,
      status: change.status,
      previousStatus: change.previousStatus,
      evidence: change.evidence.map((item) => item.articleId),
    }))).toEqual(changes.map(({ singleSource: _s, summaryIncludes: _i, ...expected }) => expected));
    changes.forEach((expected, index) => {
      const actual = flat[index]!.change;
      if (expected.singleSource !== undefined) expect(actual.singleSource).toBe(expected.singleSource);
      for (const words of expected.summaryIncludes ?? []) expect(actual.summary).toContain(words);
    });
    const state = new Map(result.stateAfter.subjects.map((record) => [`${record.thread}/${record.subject}`, record]));
    for (const expected of after ?? []) {
      expect(state.get(expected.key), expected.key).toMatchObject({ status: expected.status, since: expected.since, singleSource: expected.singleSource });
    }
    for (const key of unknownAfter ?? []) expect(state.has(key), key).toBe(false);
  });

  it('quotes the evidence and keeps attribution', () => {
    // Prepare
    const records = [makeRecord('r1', 'Reuters', [makeClaim('bases', 'tartus', 'negotiating', 'Talks go on, Lavrov said.', { attribution: 'Lavrov' })])];

    // Act
    const { changes } = detectChanges({ storyline: SYRIA_RUSSIA, date: DAY, stateBefore: makeState([tartusRetained]), records });

    // Assess
    expect(changes.bases![0]!.evidence[0]).toMatchObject({
      articleId: 'r1',
      url: 'https://reuters.example/r1',
      publisher: 'Reuters',
      quote: 'Talks go on, Lavrov said.',
      attribution: 'Lavrov',
    });
  });

  it('gives the same output whatever the order of the records', () => {
    // Prepare
    const records = cases.flatMap((entry) => entry.records).map((record, index) => ({ ...record, id: `${record.id}-${index}` }));
    const reversed = [...records].reverse();

    // Act
    const first = detectChanges({ storyline: SYRIA_RUSSIA, date: DAY, stateBefore: makeState([tartusRetained, financeSigned]), records });
    const second = detectChanges({ storyline: SYRIA_RUSSIA, date: DAY, stateBefore: makeState([tartusRetained, financeSigned]), records: reversed });

    // Assess
    expect(second).toEqual(first);
  });
});
