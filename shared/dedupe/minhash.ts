import { combineHashes, createSeededRandom, hashString, mixBits } from './hashing';

/**
 * MinHash over hashed word shingles. Written here rather than taken from npm: the two packages
 * that offer it (`minhash` 0.0.9, unmaintained; `bloom-filters`, a large kit) draw their
 * permutations from Math.random, and a stored signature is only comparable with one computed
 * later when the permutations are fixed. The whole thing is ~60 lines and linear in text length.
 */

/** Permutations per signature: standard error of the Jaccard estimate is √(J(1−J)/128) ≤ 0.044. */
export const SIGNATURE_LENGTH = 128;

/** A document's fingerprint: its MinHash signature and how many distinct shingles it had. */
export interface Fingerprint {
  signature: Uint32Array;
  shingleCount: number;
}

/** Fixed multipliers (odd, so multiplication is a bijection mod 2³²) and offsets, one pair per permutation. */
function createPermutations(count: number, seed: number): { multipliers: Uint32Array; offsets: Uint32Array } {
  const random = createSeededRandom(seed);
  const multipliers = new Uint32Array(count);
  const offsets = new Uint32Array(count);
  for (let index = 0; index < count; index++) {
    multipliers[index] = (Math.floor(random() * 4_294_967_296) | 1) >>> 0;
    offsets[index] = Math.floor(random() * 4_294_967_296) >>> 0;
  }
  return { multipliers, offsets };
}

const PERMUTATION_CACHE = new Map<string, ReturnType<typeof createPermutations>>();

function getPermutations(count: number, seed: number): ReturnType<typeof createPermutations> {
  const key = `${count}:${seed}`;
  let permutations = PERMUTATION_CACHE.get(key);
  if (!permutations) {
    permutations = createPermutations(count, seed);
    PERMUTATION_CACHE.set(key, permutations);
  }
  return permutations;
}

/**
 * The distinct hashes of the `size`-word shingles of `tokens` (a text shorter than `size` words
 * is one shingle). Each token is hashed once and shingles are folded from token hashes: O(n·size).
 */
export function hashShingles(tokens: readonly string[], size: number): Set<number> {
  const shingles = new Set<number>();
  if (tokens.length === 0) return shingles;
  const tokenHashes = tokens.map(hashString);
  const last = Math.max(tokens.length - size, 0);
  for (let start = 0; start <= last; start++) {
    shingles.add(combineHashes(tokenHashes, start, Math.min(start + size, tokens.length)));
  }
  return shingles;
}

/** The MinHash signature of a set of 32-bit hashes under `length` fixed permutations. */
export function computeSignature(hashes: Iterable<number>, length = SIGNATURE_LENGTH, seed = 0x5172e9): Uint32Array {
  const { multipliers, offsets } = getPermutations(length, seed);
  const signature = new Uint32Array(length).fill(0xffffffff);
  for (const hash of hashes) {
    for (let index = 0; index < length; index++) {
      const permuted = mixBits(Math.imul(hash, multipliers[index] as number) + (offsets[index] as number));
      if (permuted < (signature[index] as number)) signature[index] = permuted;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity: the share of permutations whose minimum agrees. */
export function estimateJaccard(left: Uint32Array, right: Uint32Array): number {
  const length = Math.min(left.length, right.length);
  if (length === 0) return 0;
  let agreeing = 0;
  for (let index = 0; index < length; index++) if (left[index] === right[index]) agreeing++;
  return agreeing / length;
}
