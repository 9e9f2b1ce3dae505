import { describe, expect, it } from 'vitest';
import { compareWordSets, fingerprintSentence, NEAR_SENTENCE_THRESHOLD } from '../../shared/dedupe/sentence-fingerprint';

function similarity(left: string, right: string): number {
  const a = fingerprintSentence(left);
  const b = fingerprintSentence(right);
  if (!a || !b) throw new Error('sentence too short');
  return compareWordSets(a.words, b.words);
}

describe('near-sentence matching', () => {
  it.each([
    [
      'light rewording of a seed sentence',
      'The talks, which lasted more than two and a half hours, also centered on the future of Russia’s military presence in Syria, including the naval base in Tartus and the air base at Hmeimim.',
      'The meeting, which ran for about two and a half hours, also focused on the future of Russia’s military presence in Syria, including the naval base in Tartus and the air base at Hmeimim.',
      true,
    ],
    [
      'clauses moved around',
      'Putin met Syrian President Ahmad al-Sharaa in Moscow on Wednesday.',
      'On Wednesday in Moscow, Syrian President Ahmad al-Sharaa met Putin.',
      true,
    ],
    [
      'same actors, different fact',
      'Russia will keep its naval base at Tartus, the Syrian foreign minister said.',
      'Syria cancelled the Russian contract for the commercial port of Tartus.',
      false,
    ],
    [
      'same meeting, other sentence',
      'Putin congratulated al-Sharaa on Syria’s recent parliamentary elections.',
      'Putin welcomed al-Sharaa warmly in a televised greeting at the Kremlin.',
      false,
    ],
  ])('%s', (_name, left, right, near) => {
    expect(similarity(left, right) >= NEAR_SENTENCE_THRESHOLD).toBe(near);
  });

  it('keeps negations apart in the exact key', () => {
    const affirmed = fingerprintSentence('Russia will hand over Assad to Syria.');
    const denied = fingerprintSentence('Russia will not hand over Assad to Syria.');
    expect(affirmed?.exactKey).not.toBe(denied?.exactKey);
  });

  it('ignores case and punctuation in the exact key', () => {
    expect(fingerprintSentence('Moscow “will not” hand over Assad.')?.exactKey).toBe(
      fingerprintSentence('MOSCOW will not hand over Assad')?.exactKey,
    );
  });

  it.each(['Reuters', 'He said so.', '— Tags —'])('does not fingerprint %j (too short to carry a fact)', (sentence) => {
    expect(fingerprintSentence(sentence)).toBeNull();
  });
});
