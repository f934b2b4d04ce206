/** The median wait of /stats and how many waited at most that long, in words (stats.ts). */

export type WaitShare = 'all' | 'most' | 'half';

/** The share of `values` at most `limit`, in words; a median's is half at least. */
export function shareAtMost(values: number[], limit: number): WaitShare {
  const within = values.filter((v) => v <= limit).length;
  return within === values.length ? 'all' : within * 2 > values.length ? 'most' : 'half';
}

export function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
