/**
 * Rules shared by the index build, the page's prefetch script (src/client/prefetch.ts) and the
 * search page: which postings file holds a term, and which vocabularies a query consults. No
 * imports, so the prefetch script stays tiny.
 */
export type Script = 'han' | 'hangul' | 'latin';

/**
 * The postings file of a term, or the text fragment of a passage position: the index of the last
 * entry of `from` (sorted, from[0] ≤ any key) that is ≤ `key`.
 */
export function rangeShard<K extends string | number>(key: K, from: K[]): number {
  let lo = 0;
  let hi = from.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (from[mid] <= key) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Scripts whose vocabulary a query may consult (a superset: loading one too many is harmless). */
export function queryScripts(q: string): Script[] {
  const out: Script[] = [];
  if (/[\p{Script=Han}\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029]/u.test(q)) out.push('han');
  if (/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\uffa0-\uffdc]/.test(q)) out.push('hangul');
  if (/[^\p{Script=Han}\p{Script=Hangul}\s]/u.test(q)) out.push('latin');
  return out;
}
