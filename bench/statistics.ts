/** Summary statistics of timing samples (milliseconds). */
export interface Summary {
  median: number;
  p90: number;
  total: number;
  count: number;
}

/** The value at quantile `q` (0–1) of the samples, by the nearest-rank method. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((left, right) => left - right);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

/** Median, p90 and total of the samples, rounded to hundredths of a millisecond. */
export function summarise(samples: readonly number[]): Summary {
  const total = samples.reduce((sum, value) => sum + value, 0);
  return { median: round(quantile(samples, 0.5)), p90: round(quantile(samples, 0.9)), total: round(total), count: samples.length };
}

export function round(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
