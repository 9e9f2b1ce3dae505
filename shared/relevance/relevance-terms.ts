/**
 * The words that tie a text to the storyline. Each side of the Syria–Russia relationship has core
 * terms (names no other story shares) and secondary ones (places and people that also appear in
 * unrelated stories, e.g. "Novak" in tennis, "Aleppo" in any Syria story), weighted half.
 */
export interface TermGroup {
  side: 'syria' | 'russia' | 'topic';
  weight: number;
  /** Alternatives of one term, matched as whole words, case-insensitively. */
  terms: readonly string[];
}

export const TERM_GROUPS: readonly TermGroup[] = [
  {
    side: 'syria',
    weight: 1,
    terms: [
      'Syria', 'Syrian', 'Syrians', 'Damascus', 'al-Sharaa', 'Sharaa', 'Shaibani', 'Shibani', 'Tartus',
      'Tartous', 'Hmeimim', 'Khmeimim', 'Latakia', 'Assad',
    ],
  },
  {
    side: 'syria',
    weight: 0.5,
    terms: ['Aleppo', 'Homs', 'Hama', 'Idlib', 'Deir ez-Zor', 'Quneitra', 'Daraa', 'Golan', 'Jableh', 'Palmyra', 'SANA'],
  },
  {
    side: 'russia',
    weight: 1,
    terms: [
      'Russia', 'Russian', 'Russians', 'Moscow', 'Kremlin', 'Putin', 'Lavrov', 'Peskov', 'Zakharova',
      'Bogdanov', 'Rosatom', 'Rosneft', 'Gazprom', 'Stroytransgaz', 'Goznak',
    ],
  },
  {
    side: 'russia',
    weight: 0.5,
    terms: ['Novak', 'Shoigu', 'Belousov', 'Yevkurov', 'Soviet', 'TASS', 'RIA Novosti', 'Novorossiysk', 'Sochi'],
  },
  {
    side: 'topic',
    weight: 1,
    terms: [
      'base', 'bases', 'airbase', 'naval', 'warship', 'warships', 'patrol', 'patrols', 'troops', 'lease',
      'extradition', 'extradite', 'extradited', 'handover', 'hand over', 'asylum', 'memorandum', 'MoU',
      'contract', 'concession', 'investment', 'reconstruction', 'credit line', 'loan', 'wheat', 'grain',
      'oil', 'gas', 'energy', 'port', 'railway', 'banknotes', 'agreement', 'deal',
    ],
  },
];

/** A whole-word, case-insensitive pattern for a list of terms (hyphens and spaces match as written). */
export function buildTermPattern(terms: readonly string[]): RegExp {
  const alternatives = [...terms]
    .sort((a, b) => b.length - a.length)
    .map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}
