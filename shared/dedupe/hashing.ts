/**
 * 32-bit hashing for fingerprints. FNV-1a for strings (fast, no dependency, good enough spread for
 * shingles), and MurmurHash3's finaliser as the bijective mixer behind each MinHash permutation.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of `text`, as an unsigned 32-bit integer. */
export function hashString(text: string): number {
  let hash = FNV_OFFSET;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

/** MurmurHash3 fmix32: a bijection on 32-bit integers that spreads every input bit. */
export function mixBits(value: number): number {
  let hash = value >>> 0;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** Folds a list of 32-bit values into one (order-sensitive), e.g. the rows of an LSH band. */
export function combineHashes(values: ArrayLike<number>, from = 0, to = values.length): number {
  let hash = FNV_OFFSET;
  for (let index = from; index < to; index++) {
    hash = mixBits((hash ^ (values[index] as number)) + 0x9e3779b9);
  }
  return hash >>> 0;
}

/** A small seeded PRNG (mulberry32) so permutations, and the bench corpus, are reproducible. */
export function createSeededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}
