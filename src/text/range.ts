/**
 * Binary search over sorted range starts, shared by the ingest (which passage a position of a
 * concatenated text belongs to) and the search index (which postings file holds a term, which text
 * fragment holds a passage). No imports, so the page's prefetch script that bundles it stays tiny.
 */

/** The index of the last entry of `from` (sorted, from[0] ≤ any key) that is ≤ `key`. */
export function lastAtOrBelow<K extends string | number>(key: K, from: readonly K[]): number {
  let lo = 0;
  let hi = from.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (from[mid] <= key) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
