/**
 * Prints each labelled pair's similarity and precision/recall at candidate thresholds:
 * `npx tsx test/dedupe/print-calibration.ts`.
 */
import { DUPLICATE_THRESHOLD } from '../../shared/dedupe/similarity';
import { measureThreshold, scoreLabelledPairs } from './calibration';

const scored = scoreLabelledPairs();
for (const pair of [...scored].sort((left, right) => right.similarity - left.similarity)) {
  console.log(`${pair.similarity.toFixed(3)}  ${pair.duplicate ? 'DUP ' : '    '} ${pair.a} ~ ${pair.b}  (${pair.kind})`);
}
console.log('\nthreshold  precision  recall');
for (const threshold of [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, DUPLICATE_THRESHOLD]) {
  const quality = measureThreshold(scored, threshold);
  console.log(`${threshold.toFixed(2).padStart(9)}  ${quality.precision.toFixed(3).padStart(9)}  ${quality.recall.toFixed(3).padStart(6)}`);
}
