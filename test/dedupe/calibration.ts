import { textSimilarity } from '../../shared/dedupe/similarity';
import { loadLabelledPairs, loadPairTexts, type LabelledPair } from './pair-fixtures';

/** A labelled pair with the similarity the dedupe index gives it. */
export interface ScoredPair extends LabelledPair {
  similarity: number;
}

/** Precision and recall for "duplicate" at one threshold. */
export interface ThresholdQuality {
  threshold: number;
  precision: number;
  recall: number;
  falsePositives: string[];
  falseNegatives: string[];
}

/** Scores every labelled pair with textSimilarity. */
export function scoreLabelledPairs(): ScoredPair[] {
  const texts = loadPairTexts();
  return loadLabelledPairs().map((pair) => {
    const left = texts.get(pair.a);
    const right = texts.get(pair.b);
    if (left === undefined || right === undefined) throw new Error(`unknown text in pair ${pair.a} / ${pair.b}`);
    return { ...pair, similarity: textSimilarity(left, right) };
  });
}

/** Precision and recall when pairs at or above `threshold` are called duplicates. */
export function measureThreshold(scored: ScoredPair[], threshold: number): ThresholdQuality {
  const called = scored.filter((pair) => pair.similarity >= threshold);
  const truePositives = called.filter((pair) => pair.duplicate).length;
  const positives = scored.filter((pair) => pair.duplicate).length;
  const name = (pair: ScoredPair) => `${pair.a}~${pair.b}`;
  return {
    threshold,
    precision: called.length === 0 ? 1 : truePositives / called.length,
    recall: positives === 0 ? 1 : truePositives / positives,
    falsePositives: called.filter((pair) => !pair.duplicate).map(name),
    falseNegatives: scored.filter((pair) => pair.duplicate && pair.similarity < threshold).map(name),
  };
}
