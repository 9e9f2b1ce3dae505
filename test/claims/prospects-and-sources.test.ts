/**
 * Round 7 readings, each a class of wording rather than a sentence. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { isNews } from '../../shared/digest/day-evidence';
import { claimKeysOf, claimsOf, keyOf, type ClaimKey } from '../helpers/claim-keys';

type Key = ClaimKey;
const keysOf = claimKeysOf;

describe('a prospect asserts neither a position nor an event', () => {
  it.each<string>([
    'The foreign minister was expected to raise a formal request for the extradition of Bashar al-Assad at the meeting.',
    'Damascus is likely to negotiate a shorter lease for the Tartus naval base, one official predicted.',
    'Moscow could also try to negotiate a smaller presence at Hmeimim.',
    'The delegation might propose a new power plant in Homs.',
  ])('%s', (sentence) => {
    expect(keysOf([sentence])).toEqual([]);
  });

  it.each<[string, Key]>([
    // Permission is a position: the speaker says what Syria allows.
    ['Al-Sharaa said Russia may keep the Hmeimim air base under a new agreement.', 'bases/hmeimim/retained'],
    // What was expected and then happened is the event.
    ['As expected, Syria formally requested the extradition of Bashar al-Assad on Monday.', 'extradition/assad/requested'],
  ])('%s', (sentence, key) => {
    expect(keysOf([sentence])).toContain(key);
  });
});

describe('talks that ended without a deal call the deal off', () => {
  it.each<[string, Key]>([
    ['Damascus broke off negotiations with a Russian firm over the Homs refinery, the oil ministry said.', 'investment/energy/cancelled'],
    ['The grain terminal talks with Moscow collapsed last week, Tartus port officials said.', 'investment/port/cancelled'],
  ])('%s', (sentence, key) => {
    expect(keysOf([sentence])).toContain(key);
  });

  it('talks that ended with a deal are no cancellation', () => {
    expect(keysOf(['Talks with Russian investors on the Homs refinery ended with an agreement on Monday, the oil ministry said.'])).not.toContain('investment/energy/cancelled');
  });
});

describe('an aside: a claim on a thread the headline does not speak of', () => {
  const read = (headline: string, sentence: string) => claimsOf([sentence], '2026-03-10T00:00:00Z', headline);
  const sentence = 'Russia has cut the number of its warships at Tartus to two, port officials said, and a Russian firm signed a contract to rebuild the Homs power station.';

  it('is marked on the thread the headline leaves out, and only there', () => {
    const claims = read('Russia thins out its Tartus naval base', sentence);
    expect(claims.find((claim) => claim.thread === 'bases')?.aside).toBeUndefined();
    expect(claims.find((claim) => claim.thread === 'investment')?.aside).toBe(true);
  });

  it('is what the headline leaves out, whichever thread that is', () => {
    const claims = read('Russian firm to rebuild Homs power station under new contract', sentence);
    expect(claims.find((claim) => claim.thread === 'investment')?.aside).toBeUndefined();
    expect(claims.find((claim) => claim.thread === 'bases')?.aside).toBe(true);
  });

  it('never announces a change in the digest; a claim on the headline thread does', () => {
    const claims = read('Russia thins out its Tartus naval base', sentence);
    expect(claims.filter((claim) => isNews(claim, { extraction: 'readability' })).map((claim) => claim.thread)).toEqual(['bases']);
  });
});

describe('a place reached is a destination', () => {
  it('a convoy that left one site and reached another draws down the first, never the second', () => {
    const keys = keysOf(['A convoy of Russian trucks and armoured vehicles left Tartus on Monday night and reached Hmeimim before dawn, officials said.']);
    expect(keys).toContain('bases/tartus/reduced');
    expect(keys).not.toContain('bases/hmeimim/reduced');
  });
});

describe('a time that dates a noun after the cue, not the cue', () => {
  it('work begun under a contract signed last month is under way now', () => {
    const claims = claimsOf(['Russian engineers have begun work on the Homs power station under a contract signed last month, the ministry said on Monday.'], '2026-06-08T09:00:00Z');
    expect(claims.find((claim) => claim.status === 'implemented')).toMatchObject({ subject: 'energy' });
    expect(claims.find((claim) => claim.status === 'implemented')?.recap).toBeUndefined();
  });

  it('the signing itself, dated last month, is still a recap', () => {
    const claims = claimsOf(['Syria and a Russian firm signed a contract last month to rebuild the Homs power station, the ministry said.'], '2026-06-08T09:00:00Z');
    expect(claims.find((claim) => claim.status === 'signed')?.recap).toBe(true);
  });
});

describe('what a speaker said before declining to say more stands', () => {
  it('said, then declined to elaborate: the statement is a claim', () => {
    expect(keysOf(['Russia and the Tartus naval base', 'The governor said the future of the Tartus naval base was being discussed with Moscow and declined to elaborate.'])).toContain('bases/tartus/negotiating');
  });

  it('declined to comment on a report: the report is no claim', () => {
    expect(keysOf(['The ministry declined to comment on reports that Russia had withdrawn its ships from Tartus.'])).toEqual([]);
  });
});

describe('a relative clause before a passive verb does not date the verb', () => {
  it('a dock kept there for a decade and towed out this week is a drawdown now', () => {
    const claims = claimsOf(['The floating dock that the Russian Navy kept at Tartus for more than a decade was towed out of the harbour on Sunday, dockworkers said.'], '2026-07-02T08:40:00Z', 'Russia and Tartus');
    expect(claims.find((claim) => claim.subject === 'tartus' && claim.status === 'reduced')?.recap).toBeUndefined();
  });
});

describe('a reference with nothing nearer means the headline subject', () => {
  it('"the facility" far from any name is the site the headline names', () => {
    const sentences = [
      'At Tartus, a quiet Russian pier',
      'Fishermen mend their nets on the corniche in the morning sun.',
      'Lorries queue at the gate of the commercial harbour, as they have all summer.',
      'Shopkeepers on the main street say trade is slow this year.',
      'The governor said the facility’s future was being discussed by Moscow and Damascus.',
    ];
    const [headline, ...body] = sentences;
    expect(claimsOf(body, '2026-07-02T08:40:00Z', headline).map(keyOf)).toContain('bases/tartus/negotiating');
  });
});

describe('a person named in passing is who "him" means next', () => {
  it('a request for him after a sentence that only names him', () => {
    expect(keysOf(['Bashar al-Assad has lived in Moscow since December 2024.', 'Damascus asked Russia for him formally in December, the minister said.'])).toContain('extradition/assad/requested');
  });

});

describe('a starting point after the cue does not date the event', () => {
  it('the second delivery since the leaders met last month is this week\'s delivery', () => {
    const claims = claimsOf(['A bulk carrier with 27,000 tonnes of Russian wheat was unloaded at Latakia on Tuesday, the second delivery since al-Sharaa met Putin in Moscow last month.'], '2025-11-19T09:40:00Z', 'Russian wheat for Syria');
    const delivered = claims.find((claim) => claim.subject === 'trade' && claim.status === 'implemented');
    expect(delivered).toBeDefined();
    expect(delivered?.recap).toBeUndefined();
  });
});

describe('the fall of a person, in passing, does not make him a subject', () => {
  it('a handover of a former officer "since Assad was toppled" is about the officer only', () => {
    const keys = keysOf(['Russia on Tuesday handed over to Syria a former brigadier general accused of torture, the first such transfer since Bashar al-Assad was toppled.']);
    expect(keys).toContain('extradition/other/handed_over');
    expect(keys).not.toContain('extradition/assad/handed_over');
  });
});

describe('who a claim is attributed to', () => {
  const attributionOf = (sentence: string) => claimsOf([sentence], '2025-12-09T10:00:00Z', 'Russia and Tartus')[0]?.attribution;

  it('names a person or a body quoted by name', () => {
    expect(attributionOf('Russia will keep the Tartus naval base, Deputy Prime Minister Alexander Novak said on Tuesday.')).toBe('Alexander Novak');
    expect(attributionOf("MOSCOW, Dec 9 - Russia's Defence Ministry said on Tuesday that its naval base in Tartus was operating normally.")).toBe("Russia's Defence Ministry");
  });

  it('never takes things counted for a speaker ("Two Russian Navy corvettes")', () => {
    expect(attributionOf('TARTUS - Two Russian Navy corvettes sailed out of Tartus on Monday night, two Syrian port officials said on Tuesday.')).toBeUndefined();
  });
});

describe('"not yet" is pending, not the opposite', () => {
  it('a handover not yet agreed is no refusal', () => {
    expect(keysOf(['Syria asked Russia to extradite Bashar al-Assad in December.', 'Russia has not yet agreed to hand him over, the minister said.'])).not.toContain('extradition/assad/refused');
  });

  it('a handover not agreed is a refusal', () => {
    expect(keysOf(['Syria asked Russia to extradite Bashar al-Assad in December.', 'Russia has not agreed to hand him over, the minister said.'])).toContain('extradition/assad/refused');
  });
});
