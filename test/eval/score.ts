/** Set-matching precision, recall and F1, summed over articles (micro-averaged). */

export interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export function emptyTally(): Tally {
  return { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
}

/** Adds one article's predicted and gold key sets to a running tally. */
export function addSets(tally: Tally, predicted: Set<string>, gold: Set<string>): void {
  for (const key of predicted) {
    if (gold.has(key)) tally.truePositives += 1;
    else tally.falsePositives += 1;
  }
  for (const key of gold) if (!predicted.has(key)) tally.falseNegatives += 1;
}

/** Adds one yes/no decision to a tally (relevance, duplicate pairs). */
export function addDecision(tally: Tally, predicted: boolean, actual: boolean): void {
  if (predicted && actual) tally.truePositives += 1;
  else if (predicted) tally.falsePositives += 1;
  else if (actual) tally.falseNegatives += 1;
}

/** Precision and recall are 1 when there was nothing to find or nothing was claimed. */
export function scoreTally(tally: Tally): Scores {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = tally;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
