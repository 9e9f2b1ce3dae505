import { combineHashes } from './hashing';

/**
 * LSH banding of the 128-value MinHash signature: the first BAND_COUNT × ROWS_PER_BAND values are
 * cut into bands, and two texts become candidates when any band is identical. The chance of that
 * is 1 − (1 − J^r)^b, an S-curve whose midpoint is (1/b)^(1/r).
 *
 * b = 16, r = 2 puts the midpoint at J ≈ 0.25. It has to sit that low because the verifier scores
 * containment, not Jaccard: a copy truncated to 40 % of the original has containment ≈ 1 but
 * J ≈ 0.4 (the weakest positives in test/fixtures/pairs are truncated seeds at J = 0.41–0.49).
 * Candidate probability: J = 0.4 → 0.94, J = 0.5 → 0.99; independent reports of the same event
 * (J ≤ 0.05 on the calibration set) → ≤ 0.04, and those are then rejected by verification.
 * More bands would raise recall further but every band is one query per lookup and one stored item
 * per article (16 + 1 items per article; 100,000 articles ≈ 1.7 M items).
 */
export const BAND_COUNT = 16;
export const ROWS_PER_BAND = 2;

/** The bucket key of each band of `signature`: `<band>#<hash as 8 hex digits>`. */
export function computeBandKeys(signature: Uint32Array, bandCount = BAND_COUNT, rowsPerBand = ROWS_PER_BAND): string[] {
  if (signature.length < bandCount * rowsPerBand) {
    throw new RangeError(`signature of ${signature.length} values cannot fill ${bandCount} bands of ${rowsPerBand}`);
  }
  const keys: string[] = [];
  for (let band = 0; band < bandCount; band++) {
    const hash = combineHashes(signature, band * rowsPerBand, (band + 1) * rowsPerBand);
    keys.push(`${band}#${hash.toString(16).padStart(8, '0')}`);
  }
  return keys;
}
